--TEST--
A private final constant
--FILE--
<?php
class A {
    private final const X = 1;
}
--EXPECTF--
Fatal error: Private constant A::X cannot be final as it is not visible to other classes in %s on line 3
--EXIT_STATUS--
255
