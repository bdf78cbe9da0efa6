--TEST--
The same label twice
--FILE--
<?php
a:
a:
--EXPECTF--
Fatal error: Label 'a' already defined in %s on line 3
--EXIT_STATUS--
255
