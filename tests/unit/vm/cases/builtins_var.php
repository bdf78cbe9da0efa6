<?php
// var_dump, print_r and var_export (ext/standard/var.cpp), every scalar type and nested arrays.
var_dump(1, -7, 1.5, 1.0, -0.0, 1e100, 0.1 + 0.2, -INF, NAN, "abc", "", true, false, null);
var_dump([1, "a" => [2, 3.0, []], 5 => "x"]);
print_r([1, "x" => ["y" => 2, "z" => []], "s" => "str", "f" => 2.50, "t" => true, "n" => null]);
echo "\n";
echo print_r(1.0, true), "|", print_r(false, true), "|", print_r("s", true), "\n";
$r = print_r([1], true);
echo strlen($r), "\n";
var_export([1, 'a\'b' => [true, null, 1.0, "x\0y", -0.0, 0.1], 'back\\slash' => "it's \\"]);
echo "\n";
var_export(PHP_INT_MIN);
echo "\n";
var_export(1e100);
echo "\n";
var_export([]);
echo "\n";
$e = var_export([1 => 'one'], true);
echo $e, "\n";
var_dump(print_r(5));
var_dump(var_export(5));
