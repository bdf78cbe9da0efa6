--TEST--
-f FILE followed by "--" and arguments that look like options
--CLI_ARGS--
-f {FILE} -- -l -X
--FILE--
<?php
$a = [;
--EXPECTF--
Parse error: syntax error, unexpected token ";", expecting "]" in %s on line 2
--EXIT_STATUS--
255
