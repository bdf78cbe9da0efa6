--TEST--
The alternative syntax for control structures, mixed with inline HTML
--CLI_ARGS--
-l {FILE}
--FILE--
<?php if ($a): ?>
<p>a</p>
<?php elseif ($b): ?>
<p>b</p>
<?php else: ?>
<p>c</p>
<?php endif; ?>
<?php foreach ($items as $item): ?>
<li><?= $item ?></li>
<?php endforeach; ?>
<?php while (false): endwhile; for (;;): break; endfor; switch ($x): case 1: break; endswitch; declare(ticks=1): enddeclare;
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
