--TEST--
Short echo tags and a file that ends inside PHP code without a close tag
--CLI_ARGS--
-l {FILE}
--FILE--
<p><?= $a ?></p><p><?= $b, $c ?></p>
<?php
$d = 1;
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
