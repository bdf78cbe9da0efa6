--TEST--
parse_str: nested keys, name mangling, decoding, PHP's limits
--FILE--
<?php
parse_str("a[b][c=1&x[]=1&x[]=2&y[ k]=3& z.w=4&__Host-a=1&q[a]b=2&n[5][]=6&5=7&e=&f&g==h&i=%41+b&j[=1", $r);
var_dump($r);
parse_str("first=value&arr[]=foo+bar&arr[]=baz", $output);
var_dump($output);
parse_str("", $e); var_dump($e);
parse_str("&&a=1&&", $e); var_dump($e);
parse_str("a=1&a=2&b[]=1&b=2&c=1&c[]=2&d[x][y][z]=deep&d[x][w]=1", $e); var_dump($e);
parse_str("k%5B%5D=1&k%5B%5D=2&%20sp=1&a.b=c&a%00b=z&m[a.b]=1&[x]=1&=v&w[][y]=1&w[][y]=2&t[1][=5&u[a][b=6", $e); var_dump($e);
parse_str("__Host.x=1&__Secure-y=2&__Host[-=3", $e); var_dump($e);
$s = str_repeat("a[", 70) . "=1&ok=1";
parse_str($s, $e); var_dump($e);
$s = "v=1" . str_repeat("&v[]=1", 1000);
parse_str($s, $e); var_dump(count($e["v"]));
--EXPECTF--
array(13) {
  ["a"]=>
  array(1) {
    ["b"]=>
    string(1) "1"
  }
  ["x"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  ["y"]=>
  array(1) {
    [" k"]=>
    string(1) "3"
  }
  ["z_w"]=>
  string(1) "4"
  ["__Host-a"]=>
  string(1) "1"
  ["q"]=>
  array(1) {
    ["a"]=>
    string(1) "2"
  }
  ["n"]=>
  array(1) {
    [5]=>
    array(1) {
      [0]=>
      string(1) "6"
    }
  }
  [5]=>
  string(1) "7"
  ["e"]=>
  string(0) ""
  ["f"]=>
  string(0) ""
  ["g"]=>
  string(2) "=h"
  ["i"]=>
  string(3) "A b"
  ["j_"]=>
  string(1) "1"
}
array(2) {
  ["first"]=>
  string(5) "value"
  ["arr"]=>
  array(2) {
    [0]=>
    string(7) "foo bar"
    [1]=>
    string(3) "baz"
  }
}
array(0) {
}
array(1) {
  ["a"]=>
  string(1) "1"
}
array(4) {
  ["a"]=>
  string(1) "2"
  ["b"]=>
  string(1) "2"
  ["c"]=>
  array(1) {
    [0]=>
    string(1) "2"
  }
  ["d"]=>
  array(1) {
    ["x"]=>
    array(2) {
      ["y"]=>
      array(1) {
        ["z"]=>
        string(4) "deep"
      }
      ["w"]=>
      string(1) "1"
    }
  }
}
array(8) {
  ["k"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  ["sp"]=>
  string(1) "1"
  ["a_b"]=>
  string(1) "c"
  ["a"]=>
  string(1) "z"
  ["m"]=>
  array(1) {
    ["a.b"]=>
    string(1) "1"
  }
  ["w"]=>
  array(2) {
    [0]=>
    array(1) {
      ["y"]=>
      string(1) "1"
    }
    [1]=>
    array(1) {
      ["y"]=>
      string(1) "2"
    }
  }
  ["t"]=>
  array(1) {
    [1]=>
    string(1) "5"
  }
  ["u"]=>
  array(1) {
    ["a"]=>
    string(1) "6"
  }
}
array(3) {
  ["__Host_x"]=>
  string(1) "1"
  ["__Secure-y"]=>
  string(1) "2"
  ["__Host_-"]=>
  string(1) "3"
}
array(2) {
  ["a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_a_"]=>
  string(1) "1"
  ["ok"]=>
  string(1) "1"
}

Warning: parse_str(): Input variables exceeded 1000. To increase the limit change max_input_vars in php.ini. in %s on line %d
int(999)
