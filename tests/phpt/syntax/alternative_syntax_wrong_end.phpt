--TEST--
while: closed by endfor
--FILE--
<?php
while ($a):
    echo 1;
endfor;
--EXPECTF--
Parse error: syntax error, unexpected token "endfor" in %s on line 4
--EXIT_STATUS--
255
