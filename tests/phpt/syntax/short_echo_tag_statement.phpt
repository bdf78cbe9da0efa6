--TEST--
A short echo tag followed by a statement
--FILE--
<?= echo 1; ?>
--EXPECTF--
Parse error: syntax error, unexpected token "echo" in %s on line 1
--EXIT_STATUS--
255
