--TEST--
str_word_count: an unknown format is a ValueError
--FILE--
<?php
str_word_count("abc", 3);
--EXPECTF--

Fatal error: Uncaught ValueError: str_word_count(): Argument #2 ($format) must be a valid format value in %s:%d
Stack trace:
%A  thrown in %s on line %d
