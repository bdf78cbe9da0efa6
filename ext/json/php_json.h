// The json module: json_encode, json_decode, json_last_error and json_last_error_msg, as PHP 8.2 has
// them. A host passes json_module_entry to zend_startup_modules (sapi/embed does).
#pragma once

#include "engine/api/php_api.h"

extern zend_module_entry json_module_entry;
