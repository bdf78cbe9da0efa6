--TEST--
yield as an operand needs no parentheses: this parses
--FILE--
<?php
function g() {
    $a = 1 + yield 2 + yield;
}
--EXPECT--

--EXIT_STATUS--
0
