--TEST--
A script's "#!" first line prints nothing, and lines are still counted from the top of the file
--FILE--
#!/usr/bin/env php
<?php
echo "line ", __LINE__, "\n";
echo $undefined;
--EXPECTF--
line 3

Warning: Undefined variable $undefined in %s on line 4
