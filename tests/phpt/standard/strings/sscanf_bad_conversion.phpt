--TEST--
sscanf: an unknown conversion is a ValueError
--FILE--
<?php
sscanf("1", "%y");
--EXPECTF--

Fatal error: Uncaught ValueError: Bad scan conversion character "y" in %s:%d
Stack trace:
%A  thrown in %s on line %d
