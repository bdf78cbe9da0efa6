--TEST--
A \u{} escape with a bad code point
--FILE--
<?php
$a = "\u{zz}";
--EXPECTF--
Parse error: Invalid UTF-8 codepoint escape sequence in %s on line 2
--EXIT_STATUS--
255
