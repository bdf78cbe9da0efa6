<?php
$name = "World";
$n = 3;
$arr = ['a' => 'A', 1 => 'one', 'nested' => ['x' => 'X']];
echo "Hello $name! n=$n, {$n}rd\n";
echo "arr: $arr[a] $arr[1] {$arr['a']} {$arr['nested']['x']} ${name}\n";
$f = 1.0; $g = 0.5;
echo "float: $f $g\n";
$t = true; $nul = null;
echo "bool: [$t] null: [$nul]\n";
echo "only: $n", "\n";
$s = "$n";
echo $s === "3" ? "string" : "not string", "\n";
echo <<<EOT
Heredoc $name
  {$arr['a']} end
EOT;
echo "\n";
echo <<<'EOT'
Nowdoc $name
EOT;
echo "\n";
