--TEST--
similar_text (with percent) and levenshtein (with costs)
--FILE--
<?php
var_dump(similar_text("World", "Word"), similar_text("Hello", "World", $p), $p, similar_text("", "", $p), $p);
var_dump(similar_text("PHP IS GREAT", "WITH MYSQL", $p), $p, similar_text("bafoobar", "barfoo"));
var_dump(levenshtein("kitten", "sitting"), levenshtein("", "abc"), levenshtein("abc", ""), levenshtein("flaw", "lawn", 2, 3, 4), levenshtein("a", "b", 1, 5, 1));
var_dump(substr_compare("abcde", "bc", 1, 2), substr_compare("abcde", "de", -2, 2), substr_compare("abcde", "BC", 1, 2, true), substr_compare("abcde", "bc", 1, 3), substr_compare("abcde", "abc", 0), substr_compare("abcde", "x", 0, 0));
--EXPECT--
int(4)
int(1)
float(20)
int(0)
float(0)
int(3)
float(27.272727272727273)
int(5)
int(3)
int(3)
int(3)
int(6)
int(2)
int(0)
int(0)
int(0)
int(1)
int(1)
int(0)
