--TEST--
A namespace called namespace
--FILE--
<?php
namespace namespace;
--EXPECTF--
Fatal error: Cannot use 'namespace' as namespace name in %s on line 2
--EXIT_STATUS--
255
