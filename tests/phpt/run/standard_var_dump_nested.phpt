--TEST--
var_dump, print_r and var_export of nested arrays with every scalar type
--FILE--
<?php
$data = ["int" => 42, "float" => 0.1 + 0.2, "list" => [1, [true, null]], "empty" => [], 7 => "seven"];
var_dump($data);
print_r($data);
echo var_export($data, true), "\n";
--EXPECT--
array(5) {
  ["int"]=>
  int(42)
  ["float"]=>
  float(0.30000000000000004)
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    array(2) {
      [0]=>
      bool(true)
      [1]=>
      NULL
    }
  }
  ["empty"]=>
  array(0) {
  }
  [7]=>
  string(5) "seven"
}
Array
(
    [int] => 42
    [float] => 0.3
    [list] => Array
        (
            [0] => 1
            [1] => Array
                (
                    [0] => 1
                    [1] => 
                )

        )

    [empty] => Array
        (
        )

    [7] => seven
)
array (
  'int' => 42,
  'float' => 0.30000000000000004,
  'list' => 
  array (
    0 => 1,
    1 => 
    array (
      0 => true,
      1 => NULL,
    ),
  ),
  'empty' => 
  array (
  ),
  7 => 'seven',
)
