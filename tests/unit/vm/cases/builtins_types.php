<?php
// gettype, is_*, intval/floatval/strval/boolval, count (ext/standard/type.cpp).
foreach ([1, 1.5, "s", [], null, false, true] as $v) {
    echo gettype($v), " ";
}
echo "\n";
var_dump(is_int(1), is_integer("1"), is_long(2), is_float(1.0), is_double(1), is_string(""), is_string(1));
var_dump(is_bool(0), is_bool(false), is_array([]), is_array("a"), is_null(null), is_null(0));
var_dump(is_numeric("1e3"), is_numeric(" 12"), is_numeric("12 "), is_numeric("abc"), is_numeric("0x1A"), is_numeric(1.5), is_numeric(null));
var_dump(is_scalar([]), is_scalar(1), is_scalar("x"), is_scalar(null), is_scalar(true));
var_dump(intval("12abc"), intval(3.9), intval(-3.9), intval("ff", 16), intval(true), intval([]), intval([0]), intval(null));
var_dump(floatval("1.5e3x"), floatval("abc"), doubleval(3), floatval(true));
var_dump(strval(1.0), strval(0.1 + 0.2), strval(true), strval(false), strval(null), strval(-42));
var_dump(boolval("0"), boolval([]), boolval([0]), boolval(0.0), boolval("a"));
var_dump(count([1, 2, [3, 4]]), count([1, 2, [3, 4]], 1), count([]), sizeof([1, [2, [3]]], 1));
