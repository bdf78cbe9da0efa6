--TEST--
Reserved words used as method, constant and property names
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
class K {
    const class_ = 1;
    const LIST = 2;
    public $function;
    public function list() {}
    public function new() {}
    public static function print() {}
    public function match() {}
}
$k->list(); $k->new(); K::print(); K::LIST; $k->function; $k->class;
enum E { case default; case Public; }
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
