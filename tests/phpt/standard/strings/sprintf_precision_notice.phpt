--TEST--
sprintf: a float precision above 53 is truncated with a notice
--FILE--
<?php
echo sprintf("%.55f", 0.1), "\n";
--EXPECTF--

Notice: sprintf(): Requested precision of 55 digits was truncated to PHP maximum of 53 digits in %s on line %d
0.10000000000000000555111512312578270211815834045410156
