--TEST--
Variable variables: $$x and ${expr} read, written, compound-assigned, incremented, unset, isset/empty, in functions, global $$name
--FILE--
<?php
$name = "dyn";
$$name = "hello";
echo $dyn, " ", ${"d" . "yn"}, "\n";
${"with space"} = 1;
${"with space"}++;
${"with space"} .= "x";
var_dump(${"with space"}, isset($$name), isset(${"nope"}), empty($$name));
echo $$undefined_name_var;
echo ${"missing"};
function f() {
    $local = 5;
    $n = "local";
    $$n += 10;
    $m = "created";
    $$m = [1];
    ${$m}[] = 2;
    unset($$n);
    var_dump(isset($local), $created);
}
f();
$x = "a"; $$x = "b"; $$$x = "c"; echo $a, $b, "\n";
unset($$x);
var_dump(isset($b));
$g1 = "global one";
function g() { $which = "g1"; global $$which; echo $g1, "\n"; $g1 = "changed"; }
g(); echo $g1, "\n";
--EXPECTF--
hello hello
string(2) "2x"
bool(true)
bool(false)
bool(false)

Warning: Undefined variable $undefined_name_var in %s on line 9

Warning: Undefined variable $ in %s on line 9

Warning: Undefined variable $missing in %s on line 10
bool(false)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
bc
bool(true)
global one
changed
