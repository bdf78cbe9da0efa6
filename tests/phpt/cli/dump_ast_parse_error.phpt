--TEST--
--dump-ast FILE reports a parse error as running the file would
--DIVERGENCE--
--dump-ast is miniphp's own option; php reports it as an unknown option.
--CLI_ARGS--
--dump-ast {FILE}
--FILE--
<?php
$x = ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
--EXIT_STATUS--
255
--EXPECTF_PHP--
Error in argument 2, char 2: no argument for option -
%A
--EXIT_STATUS_PHP--
1
