--TEST--
-l with a fatal error raised while compiling: reported, exit status 255
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
class A {
    static const X = 1;
}
--EXPECTF--
Fatal error: Cannot use 'static' as constant modifier in %s on line 3
Errors parsing %s
--EXIT_STATUS--
255
