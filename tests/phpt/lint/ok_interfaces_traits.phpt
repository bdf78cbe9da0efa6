--TEST--
Interfaces with constants, traits with abstract and static members, conflict resolution
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
interface A { const X = 1; public function a(): void; }
interface B extends A, Countable {}
trait T { public static $s; abstract public function t(); public function hello() { return static::class; } }
trait U { public function hello() {} }
class C { use T, U { T::hello insteadof U; U::hello as protected hi; } public function t() {} }
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
