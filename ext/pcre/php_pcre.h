// The pcre module: PHP's preg_* functions on PCRE2 (8-bit code units), as PHP 8.2 built without php.ini
// has them. A host passes pcre_module_entry to zend_startup_modules (sapi/embed does).
#pragma once

#include "engine/api/php_api.h"

extern zend_module_entry pcre_module_entry;
