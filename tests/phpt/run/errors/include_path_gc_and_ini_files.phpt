--TEST--
get/set_include_path, php_ini_loaded_file/scanned_files under -n, gc_enable/disable/status
--FILE--
<?php
var_dump(get_include_path(), set_include_path("/tmp"), get_include_path(), php_ini_loaded_file(), php_ini_scanned_files(), gc_status());
gc_disable(); var_dump(gc_enabled()); gc_enable(); var_dump(gc_enabled(), gc_collect_cycles());
var_dump(ini_get("include_path"));
--EXPECTF--
string(16) ".:/usr/share/php"
string(16) ".:/usr/share/php"
string(4) "/tmp"
bool(false)
bool(false)
array(4) {
  ["runs"]=>
  int(0)
  ["collected"]=>
  int(0)
  ["threshold"]=>
  int(10001)
  ["roots"]=>
  int(0)
}
bool(false)
bool(true)
int(0)
string(4) "/tmp"
