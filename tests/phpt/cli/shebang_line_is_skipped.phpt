--TEST--
A "#!" first line is skipped but still counted
--FILE--
#!/usr/bin/env php
<?php
echo 1
echo 2;
--EXPECTF--
Parse error: syntax error, unexpected token "echo", expecting "," or ";" in %s on line 4
--EXIT_STATUS--
255
