--TEST--
try/catch with multiple types, catch without a variable, finally, throw as an expression
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
try {
    risky();
} catch (InvalidArgumentException | TypeError $e) {
    throw new RuntimeException("wrapped", 1, $e);
} catch (Exception) {
} finally {
    cleanup();
}
$v = $x ?? throw new LogicException();
$f = fn() => throw new Exception();
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
