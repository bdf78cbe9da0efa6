--TEST--
exit() with an integer ends the script with that status; output before it is kept
--FILE--
<?php
function stop($code) {
    echo "stopping\n";
    exit($code);
}
stop(7);
echo "not reached\n";
--EXPECT--
stopping
--EXIT_STATUS--
7
