<?php
echo "x\n";
foreach ([1, 2] as $v) { if ($v == 2) exit(3); echo $v; }
