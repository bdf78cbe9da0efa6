--TEST--
Number literals: decimal, hexadecimal, octal (old and 0o), binary, separators, floats, exponents
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
$a = [0, 42, -7, 0x1F, 0X1f, 017, 0o17, 0O17, 0b101, 0B101, 1_000_000, 0x7FFF_FFFF, 1.5, .5, 5., 1e10, 1E-10, 1_0.5_0, 9223372036854775807, 9223372036854775808];
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
