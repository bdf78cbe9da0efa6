--TEST--
Strings: escapes, interpolation forms, heredoc and nowdoc (indented closing markers)
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
$a = 'single $no {$no}\'';
$b = "tab\t nl\n \x41 \101 \u{1F600} $a {$a} {$obj->p->q} $arr[0] $arr[key] {$arr['k']} $obj->p $obj?->p";
$c = <<<EOT
    Name: {$a}
      indented $b
    EOT;
$d = <<<'EOT'
    raw $a {$b}
    EOT;
$e = <<<"EOT"
    $a
    EOT . "tail";
$f = `ls -l`;
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
