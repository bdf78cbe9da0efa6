--TEST--
Several braced namespaces, one of them global
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
declare(strict_types=1);
namespace A {
    function f() {}
}
namespace B\C {
    class D {}
}
namespace {
    A\f();
}
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
