--TEST--
http_build_query() with nested arrays, numeric prefixes, separators and both encodings
--FILE--
<?php
var_dump(http_build_query([]));
var_dump(http_build_query(['a' => 1, 'b' => 'x y', 'c' => true, 'd' => false, 'e' => null, 'f' => 1.5, 'g' => '~!']));
var_dump(http_build_query([1, 2, 'k' => 3]), http_build_query([1, 2, 'k' => 3], 'n_'));
var_dump(http_build_query(['a' => [1, 2, 'x' => ['y' => 'z']], 'b' => []]));
var_dump(http_build_query(['a' => [1, 2]], 'p', ';'), http_build_query(['a b' => 'c d~'], '', '&amp;', PHP_QUERY_RFC3986));
var_dump(http_build_query(['k' => 'v w'], '', null, PHP_QUERY_RFC1738), PHP_QUERY_RFC1738, PHP_QUERY_RFC3986);
--EXPECT--
string(0) ""
string(32) "a=1&b=x+y&c=1&d=0&f=1.5&g=%7E%21"
string(11) "0=1&1=2&k=3"
string(15) "n_0=1&n_1=2&k=3"
string(39) "a%5B0%5D=1&a%5B1%5D=2&a%5Bx%5D%5By%5D=z"
string(21) "a%5B0%5D=1;a%5B1%5D=2"
string(12) "a%20b=c%20d~"
string(5) "k=v+w"
int(1)
int(2)
