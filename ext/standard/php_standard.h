// The standard module: its entry (what a host passes to zend_startup_modules) and the functions its
// files define, declared once here so basic_functions.cpp can list them.
#pragma once

#include "engine/api/php_api.h"

extern zend_module_entry standard_module_entry;

// var.cpp
PHP_FUNCTION(var_dump);
PHP_FUNCTION(print_r);
PHP_FUNCTION(var_export);
// type.cpp
PHP_FUNCTION(gettype);
PHP_FUNCTION(is_int);
PHP_FUNCTION(is_float);
PHP_FUNCTION(is_string);
PHP_FUNCTION(is_bool);
PHP_FUNCTION(is_array);
PHP_FUNCTION(is_null);
PHP_FUNCTION(is_numeric);
PHP_FUNCTION(is_scalar);
PHP_FUNCTION(intval);
PHP_FUNCTION(floatval);
PHP_FUNCTION(strval);
PHP_FUNCTION(boolval);
PHP_FUNCTION(count);
// string.cpp
PHP_FUNCTION(strlen);
PHP_FUNCTION(str_repeat);
PHP_FUNCTION(implode);
// math.cpp
PHP_FUNCTION(abs);
PHP_FUNCTION(max);
PHP_FUNCTION(min);
