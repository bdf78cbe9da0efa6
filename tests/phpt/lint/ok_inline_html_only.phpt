--TEST--
-l on a file of inline HTML with no PHP tag
--CLI_ARGS--
-l {FILE}
--FILE--
<html>
<body>hello</body>
</html>
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
