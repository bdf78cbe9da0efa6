--TEST--
sprintf: precision -1 is only for g, G, h and H
--FILE--
<?php
sprintf("%.*f", -1, 1.5);
--EXPECTF--

Fatal error: Uncaught ValueError: Precision -1 is only supported for %g, %G, %h and %H in %s:%d
Stack trace:
%A  thrown in %s on line %d
