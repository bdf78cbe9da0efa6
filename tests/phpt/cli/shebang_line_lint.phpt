--TEST--
-l skips a "#!" first line too
--CLI_ARGS--
-l {FILE}
--FILE--
#!/usr/bin/php
<?php
$x = 1;
--EXPECTF--
No syntax errors detected in %sshebang_line_lint.php
--EXIT_STATUS--
0
