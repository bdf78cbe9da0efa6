--TEST--
set_error_handler/restore_error_handler, trigger_error levels, @, error_reporting(), ini_get/ini_set/ini_restore, error_get_last, ob_* with a callback
--FILE--
<?php
function handler($no, $str, $file, $line) {
    echo "handler: $no $str line $line er=", error_reporting(), "\n";
    return $no == E_USER_NOTICE ? false : true;
}
echo $undefined1;
$old = set_error_handler("handler");
var_dump($old);
echo $undefined2;
trigger_error("custom notice");
trigger_error("custom fatal", E_USER_ERROR);
echo "after user error\n";
echo @$undefined3, "|", @$arr["k"], "\n";
var_dump(error_reporting(E_ALL & ~E_WARNING));
echo $undefined4;
restore_error_handler();
echo $undefined5;
var_dump(ini_get("display_errors"), ini_set("display_errors", "0"), ini_get("display_errors"), ini_get("nope"), ini_set("nope", 1));
ini_restore("display_errors");
var_dump(error_get_last());
register_shutdown_function(function_exists("shut") ? "shut" : "printf", "shutdown %s %d\n", "with args", 42);
function shut() {}
ob_start("strrev_free");
function strrev_free($b) { $out = ""; for ($i = strlen($b) - 1; $i >= 0; $i--) $out .= $b[$i]; return $out; }
echo "reversed?\n";
ob_end_flush();
echo "\n";
ob_start();
echo "captured";
$c = ob_get_clean();
var_dump($c, ob_get_level());
trigger_error("bye", E_USER_ERROR);
--EXPECTF--

Warning: Undefined variable $undefined1 in %s on line 6
NULL
handler: 2 Undefined variable $undefined2 line 9 er=32767
handler: 1024 custom notice line 10 er=32767

Notice: custom notice in %s on line 10
handler: 256 custom fatal line 11 er=32767
after user error
handler: 2 Undefined variable $undefined3 line 13 er=4437
|handler: 2 Undefined variable $arr line 13 er=4437
handler: 2 Trying to access array offset on value of type null line 13 er=4437

int(32767)
handler: 2 Undefined variable $undefined4 line 15 er=32765
string(1) "1"
string(1) "1"
string(1) "0"
bool(false)
bool(false)
array(4) {
  ["type"]=>
  int(2)
  ["message"]=>
  string(30) "Undefined variable $undefined5"
  ["file"]=>
  string(%d) "%s"
  ["line"]=>
  int(17)
}

?desrever
string(8) "captured"
int(0)

Fatal error: bye in %s on line 32
--EXIT_STATUS--
255
