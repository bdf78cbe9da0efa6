<?php
// strlen, str_repeat, implode, abs, max, min (ext/standard/string.cpp, math.cpp), with coercions.
var_dump(strlen("hello"), strlen(""), strlen(12345), strlen(1.5), strlen(true), strlen(false));
echo str_repeat("ab", 3), "|", str_repeat("x", 0), "|", str_repeat("", 5), "|", str_repeat("x", "3"), "|", str_repeat(7, 2), "\n";
echo implode(", ", [1, 2.5, true, null, "x", -0.0]), "|", implode([1, 2]), "|", join("-", ["a"]), "|", implode(", ", []), "|", implode(0, [1, 2]), "\n";
echo implode(" ", ["k" => "v", 3 => "w"]), "\n";
var_dump(abs(-5), abs(5), abs(-5.5), abs("-3"), abs("-3.5"), abs(PHP_INT_MIN), abs(false), abs(-0.0));
var_dump(max(1, 2, "3"), min([4, 2, 8]), max([1, "a" => 5]), min("apple", "banana"), max([1, 2], [1, 3]));
var_dump(max(1, 1.0), max(1.0, 1), min("10", 9), max("abc", 0), min([0, -0.0]), max(null, false));
