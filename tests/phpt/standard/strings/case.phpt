--TEST--
strtolower, strtoupper, ucfirst, lcfirst, ucwords (ASCII only, custom delimiters)
--FILE--
<?php
var_dump(strtolower("HeLLo WÖRLD 123"), strtoupper("hello wörld"), strtolower(""), strtoupper("\xe4"));
var_dump(ucfirst("hello"), ucfirst(""), ucfirst("1abc"), ucfirst("Hello"), lcfirst("HELLO"), lcfirst(""));
var_dump(ucwords("hello world-foo bar_baz"), ucwords("hello world-foo bar_baz", " -"), ucwords("hello\tworld\nagain"));
var_dump(ucwords("a.b,c", "a..z"), ucwords(""), ucwords("HELLO"), ucwords("o'neil mc-donald", " '-"));
--EXPECT--
string(16) "hello wÖrld 123"
string(12) "HELLO WöRLD"
string(0) ""
string(1) "�"
string(5) "Hello"
string(0) ""
string(4) "1abc"
string(5) "Hello"
string(5) "hELLO"
string(0) ""
string(23) "Hello World-foo Bar_baz"
string(23) "Hello World-Foo Bar_baz"
string(17) "Hello	World
Again"
string(5) "A.b,c"
string(0) ""
string(5) "HELLO"
string(16) "O'Neil Mc-Donald"
