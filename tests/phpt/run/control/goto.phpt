--TEST--
goto: backwards, forwards, out of nested foreach loops (iterators freed), out of switch, in functions
--FILE--
<?php
$i = 0;
start:
$i++;
if ($i < 3) goto start;
echo "i=$i\n";
foreach ([1, 2, 3] as $v) {
    foreach (["a", "b"] as $w) {
        if ($v == 2 && $w == "b") goto done;
        echo "$v$w ";
    }
}
done:
echo "\n";
function f($n) {
    switch ($n) {
        case 1: goto one;
        default: goto other;
    }
    one: return "one";
    other: return "other";
}
echo f(1), f(2), "\n";
goto end;
echo "skipped\n";
end:
echo "end\n";
--EXPECTF--
i=3
1a 1b 2a 
oneother
end
