--TEST--
The sample script php-scripts/inventory.php prints what php prints
--FILE--
<?php
require __DIR__ . '/../../../../php-scripts/inventory.php';
--EXPECT--
gadget       3 x  19.99 =    59.97
gizmo        7 x   7.00 =    49.00
widget      12 x   3.50 =    42.00
doohickey   40 x   0.25 =    10.00
------------------------------------
total                         160.97
{"gadget":3,"gizmo":7,"widget":12,"doohickey":40}
