// Reading a configuration value as PHP's ini-file syntax reads it (php.ini lines and `php -d name=value`).
//
// A value given as configuration is not taken literally: PHP's ini scanner turns On/Yes/True into "1" and
// Off/No/None/False/Null into "", evaluates expressions of constants and numbers joined by |, &, ^ and ~
// ("E_ALL & ~E_NOTICE" becomes "32759"), drops a ";" comment, and unquotes a "double-quoted" string.
// Values set by scripts (ini_set) skip all of this.
//
// FIXME: only the E_* constants are known (PHP also knows PHP_VERSION and every other constant defined
// at start-up), and ${VAR} environment references and parenthesised expressions are not read.
#pragma once

#include <cstddef>

namespace miniphp::ini {

// Writes the value PHP would store for `value` into `out` (NUL-terminated) and returns its length; a
// return of `out_size` or more means it did not fit and nothing useful was written.
size_t normalize_config_value(const char* value, size_t length, char* out, size_t out_size);

}
