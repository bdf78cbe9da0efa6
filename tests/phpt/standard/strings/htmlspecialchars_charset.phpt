--TEST--
htmlspecialchars: an unknown charset warns and uses UTF-8
--FILE--
<?php
var_dump(htmlspecialchars("<\xff>", ENT_QUOTES, "klingon"));
--EXPECTF--

Warning: htmlspecialchars(): Charset "klingon" is not supported, assuming UTF-8 in %s on line %d
string(0) ""
