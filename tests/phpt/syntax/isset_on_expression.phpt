--TEST--
isset() of an expression
--FILE--
<?php
isset(1 + 2);
--EXPECTF--
Fatal error: Cannot use isset() on the result of an expression (you can use "null !== expression" instead) in %s on line 2
--EXIT_STATUS--
255
