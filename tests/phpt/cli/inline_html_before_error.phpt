--TEST--
Inline HTML before a syntax error: php prints nothing of the file when it does not compile
--FILE--
<html>
<?php if ($a) { ?>
<p>
<?php } } ?>
--EXPECTF--
Parse error: Unmatched '}' in %s on line 4
--EXIT_STATUS--
255
