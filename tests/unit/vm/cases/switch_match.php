<?php
function sw($x) {
    switch ($x) {
        case 1:
            echo "one";
            break;
        case 2:
        case 3:
            echo "two-or-three";
            break;
        case "a":
            echo "letter a";
        case "b":
            echo " fell into b";
            break;
        default:
            echo "default";
    }
    echo "\n";
}
sw(1); sw(2); sw(3); sw("a"); sw("b"); sw(99); sw("1"); sw(true);
switch (5) { default: echo "only default\n"; }
switch (5) { case 4: echo "no"; }
for ($i = 0; $i < 3; $i++) {
    switch ($i) {
        case 1: continue 2;
        default: echo "i=$i ";
    }
    echo "after ";
}
echo "\n";
foreach ([1, 2, 3] as $v) {
    switch ($v . "") {
        case "2": break 2;
        default: echo "v$v ";
    }
}
echo "\n";
function m($x) {
    return match ($x) {
        1, 2 => "small",
        3 => "three",
        "3" => "string three",
        default => "other",
    };
}
echo m(1), " ", m(2), " ", m(3), " ", m("3"), " ", m(4.0), "\n";
$v = 7;
echo match (true) { $v < 5 => "lt5", $v < 10 => "lt10", default => "big" }, "\n";
echo match ($v) { 7 => "seven" }, "\n";
