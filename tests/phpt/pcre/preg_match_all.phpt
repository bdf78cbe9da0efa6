--TEST--
preg_match_all(): pattern and set order, offsets, names, marks and empty matches
--FILE--
<?php
// The default, PREG_PATTERN_ORDER: one array per group, unmatched groups padded with "".
var_dump(preg_match_all('/(\d)(x)?/', 'a1b2x3', $m), $m);
var_dump(preg_match_all('/z/', 'abc', $m), $m);
var_dump(preg_match_all('/(?<d>\d)(?<x>x)?/', '1 2x', $m, PREG_PATTERN_ORDER), $m);
preg_match_all('/(\d)(x)?/', '1 2x', $m, PREG_PATTERN_ORDER | PREG_UNMATCHED_AS_NULL);
var_dump($m);
preg_match_all('/(\d)(x)?/', '1 2x', $m, PREG_OFFSET_CAPTURE);
var_dump($m);

// PREG_SET_ORDER: one array per match, trailing unmatched groups left out.
var_dump(preg_match_all('/(?<d>\d)(x)?/', '1 2x', $m, PREG_SET_ORDER), $m);
preg_match_all('/(\d)(x)?/', '1 2x', $m, PREG_SET_ORDER | PREG_OFFSET_CAPTURE | PREG_UNMATCHED_AS_NULL);
var_dump($m);

// Without $matches, and from an offset.
var_dump(preg_match_all('/a/', 'banana'));
var_dump(preg_match_all('/a/', 'banana', $m, PREG_OFFSET_CAPTURE, 3), $m);
var_dump(preg_match_all('/a/', 'banana', $m, 0, -2), $m);
var_dump(preg_match_all('/a/', 'banana', $m, 0, 7), $m);

// Empty matches: each position once, then a non-empty match at the same place is tried first.
preg_match_all('/a*/', 'baaac', $m, PREG_OFFSET_CAPTURE);
var_dump($m);
preg_match_all('/|b/', 'abc', $m);
var_dump($m);
preg_match_all('/x*/', '', $m);
var_dump($m);
// In UTF-8 mode the search moves on by whole characters.
preg_match_all('//u', 'aé€', $m, PREG_OFFSET_CAPTURE);
var_dump($m);
preg_match_all('//', 'é', $m, PREG_OFFSET_CAPTURE);
var_dump($m);

// (*MARK) names are collected in "MARK" per match.
preg_match_all('/(*MARK:A)a|b|(*MARK:C)c/', 'abc', $m);
var_dump($m);
preg_match_all('/(*MARK:A)a|b/', 'ab', $m, PREG_SET_ORDER);
var_dump($m);

// Duplicate names: the group that matched keeps the name.
preg_match_all('/(?J)(?<n>a)|(?<n>b)/', 'ab', $m, PREG_SET_ORDER);
var_dump($m);
--EXPECT--
int(3)
array(3) {
  [0]=>
  array(3) {
    [0]=>
    string(1) "1"
    [1]=>
    string(2) "2x"
    [2]=>
    string(1) "3"
  }
  [1]=>
  array(3) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
    [2]=>
    string(1) "3"
  }
  [2]=>
  array(3) {
    [0]=>
    string(0) ""
    [1]=>
    string(1) "x"
    [2]=>
    string(0) ""
  }
}
int(0)
array(1) {
  [0]=>
  array(0) {
  }
}
int(2)
array(5) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(2) "2x"
  }
  ["d"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  ["x"]=>
  array(2) {
    [0]=>
    string(0) ""
    [1]=>
    string(1) "x"
  }
  [2]=>
  array(2) {
    [0]=>
    string(0) ""
    [1]=>
    string(1) "x"
  }
}
array(3) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(2) "2x"
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  [2]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    string(1) "x"
  }
}
array(3) {
  [0]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "1"
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(2) "2x"
      [1]=>
      int(2)
    }
  }
  [1]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "1"
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "2"
      [1]=>
      int(2)
    }
  }
  [2]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(-1)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "x"
      [1]=>
      int(3)
    }
  }
}
int(2)
array(2) {
  [0]=>
  array(3) {
    [0]=>
    string(1) "1"
    ["d"]=>
    string(1) "1"
    [1]=>
    string(1) "1"
  }
  [1]=>
  array(4) {
    [0]=>
    string(2) "2x"
    ["d"]=>
    string(1) "2"
    [1]=>
    string(1) "2"
    [2]=>
    string(1) "x"
  }
}
array(2) {
  [0]=>
  array(3) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "1"
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "1"
      [1]=>
      int(0)
    }
    [2]=>
    array(2) {
      [0]=>
      NULL
      [1]=>
      int(-1)
    }
  }
  [1]=>
  array(3) {
    [0]=>
    array(2) {
      [0]=>
      string(2) "2x"
      [1]=>
      int(2)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "2"
      [1]=>
      int(2)
    }
    [2]=>
    array(2) {
      [0]=>
      string(1) "x"
      [1]=>
      int(3)
    }
  }
}
int(3)
int(2)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "a"
      [1]=>
      int(3)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "a"
      [1]=>
      int(5)
    }
  }
}
int(1)
array(1) {
  [0]=>
  array(1) {
    [0]=>
    string(1) "a"
  }
}
bool(false)
array(0) {
}
array(1) {
  [0]=>
  array(4) {
    [0]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(3) "aaa"
      [1]=>
      int(1)
    }
    [2]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(4)
    }
    [3]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(5)
    }
  }
}
array(1) {
  [0]=>
  array(5) {
    [0]=>
    string(0) ""
    [1]=>
    string(0) ""
    [2]=>
    string(1) "b"
    [3]=>
    string(0) ""
    [4]=>
    string(0) ""
  }
}
array(1) {
  [0]=>
  array(1) {
    [0]=>
    string(0) ""
  }
}
array(1) {
  [0]=>
  array(4) {
    [0]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(1)
    }
    [2]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(3)
    }
    [3]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(6)
    }
  }
}
array(1) {
  [0]=>
  array(3) {
    [0]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(1)
    }
    [2]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(2)
    }
  }
}
array(2) {
  [0]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
    [2]=>
    string(1) "c"
  }
  ["MARK"]=>
  array(2) {
    [0]=>
    string(1) "A"
    [2]=>
    string(1) "C"
  }
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    ["MARK"]=>
    string(1) "A"
  }
  [1]=>
  array(1) {
    [0]=>
    string(1) "b"
  }
}
array(2) {
  [0]=>
  array(3) {
    [0]=>
    string(1) "a"
    ["n"]=>
    string(1) "a"
    [1]=>
    string(1) "a"
  }
  [1]=>
  array(4) {
    [0]=>
    string(1) "b"
    ["n"]=>
    string(1) "b"
    [1]=>
    string(0) ""
    [2]=>
    string(1) "b"
  }
}
