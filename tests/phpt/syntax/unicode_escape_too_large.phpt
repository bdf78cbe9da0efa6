--TEST--
A \u{} escape beyond U+10FFFF
--FILE--
<?php
$a = "\u{110000}";
--EXPECTF--
Parse error: Invalid UTF-8 codepoint escape sequence: Codepoint too large in %s on line 2
--EXIT_STATUS--
255
