--TEST--
case in a class body
--FILE--
<?php
class A {
    case B;
}
--EXPECTF--
Fatal error: Case can only be used in enums in %s on line 3
--EXIT_STATUS--
255
