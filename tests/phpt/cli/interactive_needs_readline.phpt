--TEST--
-a without the readline extension
--CLI_ARGS--
-a
--FILE--
<?php
--EXPECT--
Interactive shell (-a) requires the readline extension.
--EXIT_STATUS--
1
