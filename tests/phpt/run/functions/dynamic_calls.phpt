--TEST--
Calls through a value: $f(), a string literal, an array element, unpacking into one, a non-callable value
--FILE--
<?php
function greet($who = "world") { return "hello $who"; }
$f = "greet";
echo $f(), " ", $f("you"), " ", "GREET"("caps"), "\n";
$g = "\\strlen";
echo $g("abcd"), "\n";
$table = ["len" => "strlen", "rep" => "str_repeat"];
echo $table["rep"]("ab", 3), " ", $table["len"]("xyz"), "\n";
function apply($fn, ...$args) { return $fn(...$args); }
echo apply("max", 3, 9, 2), "\n";
$h = 5;
$h();
--EXPECTF--
hello world hello you hello caps
4
ababab 3
9

Fatal error: Uncaught Error: Value of type int is not callable in %s:12
Stack trace:
#0 {main}
  thrown in %s on line 12
--EXIT_STATUS--
255
