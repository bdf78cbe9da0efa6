--TEST--
Resources in var_dump, print_r, var_export and gettype, open and closed
--FILE--
<?php
$f = fopen("php://memory", "w+");
var_dump($f, gettype($f), is_resource($f));
print_r($f); echo "\n";
var_export($f); echo "\n";
var_dump([$f]);
fclose($f);
var_dump($f, gettype($f), is_resource($f));
var_dump(STDIN);
--EXPECT--
resource(5) of type (stream)
string(8) "resource"
bool(true)
Resource id #5
NULL
array(1) {
  [0]=>
  resource(5) of type (stream)
}
resource(5) of type (Unknown)
string(17) "resource (closed)"
bool(false)
resource(1) of type (stream)
