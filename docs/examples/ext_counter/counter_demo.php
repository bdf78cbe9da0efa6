<?php
// The worked example of docs/extending.md, first request: every function of the counter extension.

echo "-- functions\n";
echo counter_repeat("ab", 3, "-"), "\n";
var_dump(counter_repeat("ab", 0));
var_dump(counter_repeat(42, "2"));        // coercive typing: 42 becomes "42", "2" becomes 2
echo strlen(counter_repeat("x", 5000)), "\n"; // capped, with a warning
var_dump(counter_sum(1, 2, 3), counter_sum());

echo "-- arrays\n";
var_dump(counter_tally(["pear", "fig", "pear", 7, "7"]));
$prices = [3, 4, 5];
$with_total = counter_with_total($prices);
var_dump($prices, $with_total);

echo "-- references\n";
$n = 5;
var_dump(counter_bump($n), counter_bump($n, 10), $n);

echo "-- constants, ini, request state\n";
var_dump(COUNTER_VERSION, COUNTER_MAX_TIMES);
var_dump(counter_next(), counter_next());
ini_set("counter.step", "10");
var_dump(ini_get("counter.step"), counter_next());

echo "-- callbacks\n";
function is_big($value, $key)
{
    echo "  is_big($value, $key)\n";
    return $value > 3;
}
var_dump(counter_each([1, "x" => 5, 4], "is_big"));

echo "-- resources\n";
$a = counter_open(10, 5);
var_dump(gettype($a), counter_step($a), counter_step($a));
$b = counter_open();
$also_b = $b;
unset($b);          // $also_b still holds it
var_dump(counter_step($also_b));
unset($also_b);     // the last holder: the destructor runs now
$c = counter_open();
counter_close($c);  // the destructor runs now; $c holds a closed resource
$stats = counter_stats();
var_dump($stats["open"], $stats["destroyed"]);
// $a stays open: request end destroys it.
