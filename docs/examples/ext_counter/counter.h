// The counter extension (docs/extending.md's worked example): its module entry, which is all a host needs
// to start it (sapi/embed: EngineConfig::modules).
#pragma once

#include "engine/api/php_api.h"

extern zend_module_entry counter_module_entry;
