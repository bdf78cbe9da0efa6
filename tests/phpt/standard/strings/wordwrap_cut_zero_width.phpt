--TEST--
wordwrap: cutting with width 0 is a ValueError
--FILE--
<?php
wordwrap("abc def", 0, "\n", true);
--EXPECTF--

Fatal error: Uncaught ValueError: wordwrap(): Argument #4 ($cut_long_words) cannot be true when argument #2 ($width) is 0 in %s:%d
Stack trace:
%A  thrown in %s on line %d
