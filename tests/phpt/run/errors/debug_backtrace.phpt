--TEST--
debug_backtrace and debug_print_backtrace: frames, arguments, IGNORE_ARGS, limits, at the top level, through call_user_func
--FILE--
<?php
function f($a) {
    debug_print_backtrace();
    var_dump(debug_backtrace());
    var_dump(debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 1));
    debug_print_backtrace(0, 1);
}
function g() { f([1], "a long string that is cut"); }
g();
echo "--\n";
debug_print_backtrace();
var_dump(debug_backtrace());
call_user_func("g");
--EXPECTF--
#0 %s(8): f(Array, 'a long string t...')
#1 %s(9): g()
array(2) {
  [0]=>
  array(4) {
    ["file"]=>
    string(%d) "%s"
    ["line"]=>
    int(8)
    ["function"]=>
    string(1) "f"
    ["args"]=>
    array(2) {
      [0]=>
      array(1) {
        [0]=>
        int(1)
      }
      [1]=>
      string(25) "a long string that is cut"
    }
  }
  [1]=>
  array(4) {
    ["file"]=>
    string(%d) "%s"
    ["line"]=>
    int(9)
    ["function"]=>
    string(1) "g"
    ["args"]=>
    array(0) {
    }
  }
}
array(1) {
  [0]=>
  array(3) {
    ["file"]=>
    string(%d) "%s"
    ["line"]=>
    int(8)
    ["function"]=>
    string(1) "f"
  }
}
#0 %s(8): f(Array, 'a long string t...')
--
array(0) {
}
#0 %s(8): f(Array, 'a long string t...')
#1 %s(13): g()
array(2) {
  [0]=>
  array(4) {
    ["file"]=>
    string(%d) "%s"
    ["line"]=>
    int(8)
    ["function"]=>
    string(1) "f"
    ["args"]=>
    array(2) {
      [0]=>
      array(1) {
        [0]=>
        int(1)
      }
      [1]=>
      string(25) "a long string that is cut"
    }
  }
  [1]=>
  array(4) {
    ["file"]=>
    string(%d) "%s"
    ["line"]=>
    int(13)
    ["function"]=>
    string(1) "g"
    ["args"]=>
    array(0) {
    }
  }
}
array(1) {
  [0]=>
  array(3) {
    ["file"]=>
    string(%d) "%s"
    ["line"]=>
    int(8)
    ["function"]=>
    string(1) "f"
  }
}
#0 %s(8): f(Array, 'a long string t...')
