--TEST--
-v names miniphp
--DIVERGENCE--
miniphp reports its own name and version, not PHP's.
--CLI_ARGS--
-v
--FILE--
<?php
--EXPECTF--
miniphp %d.%d.%d (cli) (built: %s) (NTS)
%A
--EXPECTF_PHP--
PHP 8.2.%d (cli) (built: %s) (%s)
%A
