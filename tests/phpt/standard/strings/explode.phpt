--TEST--
explode: limits, empty input, separators longer than one byte
--FILE--
<?php
var_dump(explode(",", "a,b,,c"));
var_dump(explode(", ", "one, two, three"));
var_dump(explode(",", "a,b,c", 2));
var_dump(explode(",", "a,b,c", 1));
var_dump(explode(",", "a,b,c", 0));
var_dump(explode(",", "a,b,c", -1));
var_dump(explode(",", "a,b,c", -3));
var_dump(explode(",", "abc", -1));
var_dump(explode(",", ""));
var_dump(explode(",", "", -1));
var_dump(explode(",", ",a,"));
var_dump(explode("ab", "xabyabz", 10));
echo implode("|", explode(" ", "the quick brown fox")), "\n";
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
  [2]=>
  string(5) "three"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b,c"
}
array(1) {
  [0]=>
  string(5) "a,b,c"
}
array(1) {
  [0]=>
  string(5) "a,b,c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(0) {
}
array(0) {
}
array(1) {
  [0]=>
  string(0) ""
}
array(0) {
}
array(3) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
}
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  string(1) "z"
}
the|quick|brown|fox
