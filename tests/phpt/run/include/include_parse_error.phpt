--TEST--
include of a file with a syntax error: PHP's parse error names the included file
--FILE--
<?php
echo "before\n";
include __DIR__ . "/fixtures/parse_error.inc";
echo "not reached\n";
--EXPECTF--
before

Parse error: syntax error, unexpected token "{", expecting variable in %sparse_error.inc on line 2
