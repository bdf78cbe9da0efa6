--TEST--
define(), const, defined(), constant(): request constants, redefinition warnings, run-time defaults
--FILE--
<?php
var_dump(defined("GREETING"));
var_dump(define("GREETING", "hello"), GREETING, defined("GREETING"), constant("GREETING"));
var_dump(define("GREETING", "again"));
const LIMIT = 3, DOUBLE_LIMIT = LIMIT * 2;
const LIMIT = 4;
echo LIMIT, " ", DOUBLE_LIMIT, "\n";
define("LIST_OF", [1, [2, 3]]);
echo LIST_OF[1][0], " ", count(LIST_OF), "\n";
function pad($text, $width = DOUBLE_LIMIT + 1) { return str_repeat(".", $width - strlen($text)) . $text; }
echo pad("ab"), " ", pad("ab", 4), "\n";
define("late", 1);
function uses_late($x = late) { return $x; }
echo uses_late(), uses_late(5), "\n";
var_dump(define("lower", 1, true));
var_dump(constant("TRUE"), constant("null"), true, NULL);
echo E_ALL, " ", E_USER_DEPRECATED, " ", PHP_INT_SIZE, " ", PHP_EOL;
var_dump(PHP_FLOAT_EPSILON, PHP_OS, DIRECTORY_SEPARATOR, M_UNDEFINED_HERE);
--EXPECTF--
bool(false)
bool(true)
string(5) "hello"
bool(true)
string(5) "hello"

Warning: Constant GREETING already defined in %s on line 4
bool(false)

Warning: Constant LIMIT already defined in %s on line 6
3 6
2 2
.....ab ..ab
15

Warning: define(): Argument #3 ($case_insensitive) is ignored since declaration of case-insensitive constants is no longer supported in %s on line 15
bool(true)
bool(true)
NULL
bool(true)
NULL
32767 16384 8 

Fatal error: Uncaught Error: Undefined constant "M_UNDEFINED_HERE" in %s:18
Stack trace:
#0 {main}
  thrown in %s on line 18
