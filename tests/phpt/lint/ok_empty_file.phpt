--TEST--
-l on an empty file
--CLI_ARGS--
-l {FILE}
--FILE--

--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
