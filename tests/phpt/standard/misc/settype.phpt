--TEST--
settype() with every type name PHP accepts
--FILE--
<?php
foreach (['integer', 'int', 'INT', 'float', 'double', 'string', 'boolean', 'bool', 'array', 'null', 'NULL'] as $type) {
    foreach (['12abc', 1.9, true, null, [1, 2], 0] as $value) {
        $copy = $value;
        $result = settype($copy, $type);
        echo "$type: ", var_export($value, true), ' -> ', var_export($copy, true), ' ', var_export($result, true), "\n";
    }
}
$s = 5;
$ref = &$s;
settype($ref, 'string');
var_dump($s);
settype($s, 'mixed');
--EXPECTF--
integer: '12abc' -> 12 true
integer: 1.9 -> 1 true
integer: true -> 1 true
integer: NULL -> 0 true
integer: array (
  0 => 1,
  1 => 2,
) -> 1 true
integer: 0 -> 0 true
int: '12abc' -> 12 true
int: 1.9 -> 1 true
int: true -> 1 true
int: NULL -> 0 true
int: array (
  0 => 1,
  1 => 2,
) -> 1 true
int: 0 -> 0 true
INT: '12abc' -> 12 true
INT: 1.9 -> 1 true
INT: true -> 1 true
INT: NULL -> 0 true
INT: array (
  0 => 1,
  1 => 2,
) -> 1 true
INT: 0 -> 0 true
float: '12abc' -> 12.0 true
float: 1.9 -> 1.9 true
float: true -> 1.0 true
float: NULL -> 0.0 true
float: array (
  0 => 1,
  1 => 2,
) -> 1.0 true
float: 0 -> 0.0 true
double: '12abc' -> 12.0 true
double: 1.9 -> 1.9 true
double: true -> 1.0 true
double: NULL -> 0.0 true
double: array (
  0 => 1,
  1 => 2,
) -> 1.0 true
double: 0 -> 0.0 true
string: '12abc' -> '12abc' true
string: 1.9 -> '1.9' true
string: true -> '1' true
string: NULL -> '' true

Warning: Array to string conversion in %s on line 5
string: array (
  0 => 1,
  1 => 2,
) -> 'Array' true
string: 0 -> '0' true
boolean: '12abc' -> true true
boolean: 1.9 -> true true
boolean: true -> true true
boolean: NULL -> false true
boolean: array (
  0 => 1,
  1 => 2,
) -> true true
boolean: 0 -> false true
bool: '12abc' -> true true
bool: 1.9 -> true true
bool: true -> true true
bool: NULL -> false true
bool: array (
  0 => 1,
  1 => 2,
) -> true true
bool: 0 -> false true
array: '12abc' -> array (
  0 => '12abc',
) true
array: 1.9 -> array (
  0 => 1.9,
) true
array: true -> array (
  0 => true,
) true
array: NULL -> array (
) true
array: array (
  0 => 1,
  1 => 2,
) -> array (
  0 => 1,
  1 => 2,
) true
array: 0 -> array (
  0 => 0,
) true
null: '12abc' -> NULL true
null: 1.9 -> NULL true
null: true -> NULL true
null: NULL -> NULL true
null: array (
  0 => 1,
  1 => 2,
) -> NULL true
null: 0 -> NULL true
NULL: '12abc' -> NULL true
NULL: 1.9 -> NULL true
NULL: true -> NULL true
NULL: NULL -> NULL true
NULL: array (
  0 => 1,
  1 => 2,
) -> NULL true
NULL: 0 -> NULL true
string(1) "5"

Fatal error: Uncaught ValueError: settype(): Argument #2 ($type) must be a valid type in %s:13
Stack trace:
#0 %a
  thrown in %s on line 13
--EXIT_STATUS--
255
