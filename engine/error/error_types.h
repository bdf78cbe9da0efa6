// PHP's error levels, under PHP's names and with PHP's values, so `error_reporting` masks written for
// PHP mean the same here. Extension code uses these names directly, so they are macros, as in PHP, and
// usable in `#if`.
#pragma once

#define E_ERROR (1 << 0)
#define E_WARNING (1 << 1)
#define E_PARSE (1 << 2)
#define E_NOTICE (1 << 3)
#define E_CORE_ERROR (1 << 4)
#define E_CORE_WARNING (1 << 5)
#define E_COMPILE_ERROR (1 << 6)
#define E_COMPILE_WARNING (1 << 7)
#define E_USER_ERROR (1 << 8)
#define E_USER_WARNING (1 << 9)
#define E_USER_NOTICE (1 << 10)
#define E_STRICT (1 << 11)
#define E_RECOVERABLE_ERROR (1 << 12)
#define E_DEPRECATED (1 << 13)
#define E_USER_DEPRECATED (1 << 14)

#define E_ALL                                                                                           \
    (E_ERROR | E_WARNING | E_PARSE | E_NOTICE | E_CORE_ERROR | E_CORE_WARNING | E_COMPILE_ERROR          \
     | E_COMPILE_WARNING | E_USER_ERROR | E_USER_WARNING | E_USER_NOTICE | E_RECOVERABLE_ERROR           \
     | E_DEPRECATED | E_USER_DEPRECATED | E_STRICT)

// The levels that end the request: raising one records the failure and bails out.
#define E_FATAL_ERRORS (E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_RECOVERABLE_ERROR | E_PARSE)
