--TEST--
str_word_count: formats 0, 1 and 2, extra word characters
--FILE--
<?php
var_dump(str_word_count("Hello fri3nd, you're looking good today!"));
var_dump(str_word_count("Hello fri3nd, you're", 1), str_word_count("Hello fri3nd, -you're-", 2, "3"));
var_dump(str_word_count(""), str_word_count("", 1), str_word_count("'quoted' - dash-es-", 1), str_word_count("a..z", 1, "."));
--EXPECT--
int(7)
array(4) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(3) "fri"
  [2]=>
  string(2) "nd"
  [3]=>
  string(6) "you're"
}
array(3) {
  [0]=>
  string(5) "Hello"
  [6]=>
  string(6) "fri3nd"
  [14]=>
  string(7) "-you're"
}
int(0)
array(0) {
}
array(3) {
  [0]=>
  string(7) "quoted'"
  [1]=>
  string(1) "-"
  [2]=>
  string(7) "dash-es"
}
array(1) {
  [0]=>
  string(4) "a..z"
}
