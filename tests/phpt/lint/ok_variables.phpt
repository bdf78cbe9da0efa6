--TEST--
Variable forms: variable variables, dynamic members, static calls, nullsafe chains, new in initializers
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
$$name = 1;
${"dyn" . $i} = 2;
$obj->{$prop} = 3;
$obj->$prop->$other = 4;
$x = $obj?->a?->b();
$y = Foo::{$method}();
$z = Foo::$static[0];
$w = $class::CONSTANT;
$v = (new Foo)->bar()[0]->baz;
$u = new class(1) extends Foo implements Bar { public function __construct(public int $a) { parent::__construct(); } };
function withDefault(Logger $l = new NullLogger()) {}
global $g1, $g2;
static $s1 = 1, $s2;
unset($a[0], $b->c);
isset($a, $b[1]) && empty($c);
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
