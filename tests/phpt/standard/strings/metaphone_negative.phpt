--TEST--
metaphone: a negative limit is a ValueError
--FILE--
<?php
metaphone("word", -1);
--EXPECTF--

Fatal error: Uncaught ValueError: metaphone(): Argument #2 ($max_phonemes) must be greater than or equal to 0 in %s:%d
Stack trace:
%A  thrown in %s on line %d
