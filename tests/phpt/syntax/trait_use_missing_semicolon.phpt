--TEST--
A trait use without its semicolon
--FILE--
<?php
class A {
    use T
    public $x;
}
--EXPECTF--
Parse error: syntax error, unexpected token "public", expecting "," or ";" or "{" in %s on line 4
--EXIT_STATUS--
255
