--TEST--
range(): infinite bounds
--FILE--
<?php
range(INF, 1);
--EXPECTF--
Fatal error: Uncaught ValueError: Invalid range supplied: start=inf end=1 in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
