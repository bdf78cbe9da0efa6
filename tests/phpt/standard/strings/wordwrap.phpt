--TEST--
wordwrap: breaks, cutting long words, existing breaks
--FILE--
<?php
var_dump(wordwrap("The quick brown fox sat over the lazy dog", 15, "<br />\n"));
var_dump(wordwrap("A very long woooooooooooord.", 8, "\n", true));
var_dump(wordwrap("A very long woooooooooooooooooord. and something", 8));
var_dump(wordwrap("short", 10), wordwrap("", 5), wordwrap("a b c d e f", 1), wordwrap("abc def", 0, "\n"));
var_dump(wordwrap("line one\nline two is longer", 6), wordwrap("xx yy||zz aa", 4, "||"), wordwrap("abcdefghij", 3, "-", true));
--EXPECT--
string(53) "The quick brown<br />
fox sat over<br />
the lazy dog"
string(29) "A very
long
wooooooo
ooooord."
string(48) "A very
long
woooooooooooooooooord.
and
something"
string(5) "short"
string(0) ""
string(11) "a
b
c
d
e
f"
string(7) "abc
def"
string(27) "line
one
line
two is
longer"
string(14) "xx||yy||zz||aa"
string(13) "abc-def-ghi-j"
