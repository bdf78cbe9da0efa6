--TEST--
__COMPILER_HALT_OFFSET__ is the offset of the data after __halt_compiler(), read back with file_get_contents
--FILE--
<?php
$data = file_get_contents(__FILE__, false, null, __COMPILER_HALT_OFFSET__);
var_dump(__COMPILER_HALT_OFFSET__ > 0, $data);
__halt_compiler();raw bytes after the halt
--EXPECT--
bool(true)
string(25) "raw bytes after the halt
"
