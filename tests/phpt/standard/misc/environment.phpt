--TEST--
getenv, putenv, php_sapi_name, phpversion, php_uname, extension_loaded, get_loaded_extensions, getmypid, gethostname
--ENV--
MINIPHP_TEST_VAR=hello
--FILE--
<?php
var_dump(getenv('MINIPHP_TEST_VAR'), getenv('MINIPHP_NOT_SET'));
$all = getenv();
var_dump(is_array($all), $all['MINIPHP_TEST_VAR']);
var_dump(putenv('MINIPHP_NEW=value'), getenv('MINIPHP_NEW'), getenv()['MINIPHP_NEW']);
var_dump(putenv('MINIPHP_NEW='), getenv('MINIPHP_NEW'));
var_dump(putenv('MINIPHP_NEW'), getenv('MINIPHP_NEW'));
var_dump(php_sapi_name(), phpversion() === PHP_VERSION, phpversion('standard') === PHP_VERSION, phpversion('JSON') === PHP_VERSION, phpversion('nope'));
var_dump(php_uname('s'), php_uname() === php_uname('a'), php_uname('x') === php_uname(), php_uname('n') === gethostname());
var_dump(is_string(php_uname('r')), is_string(php_uname('v')), is_string(php_uname('m')));
var_dump(extension_loaded('standard'), extension_loaded('Core'), extension_loaded('core'), extension_loaded('PCRE'), extension_loaded('json'), extension_loaded('nope'));
$loaded = get_loaded_extensions();
var_dump(in_list('Core', $loaded), in_list('standard', $loaded), in_list('pcre', $loaded), in_list('json', $loaded), $loaded[0], get_loaded_extensions(true));
function in_list($name, $list) { foreach ($list as $item) { if ($item === $name) return true; } return false; }
var_dump(is_int(getmypid()), getmypid() > 0, is_string(gethostname()));
$load = sys_getloadavg();
var_dump(count($load), is_float($load[0]));
putenv('=x');
--EXPECTF--
string(5) "hello"
bool(false)
bool(true)
string(5) "hello"
bool(true)
string(5) "value"
string(5) "value"
bool(true)
string(0) ""
bool(true)
bool(false)
string(3) "cli"
bool(true)
bool(true)
bool(true)
bool(false)
string(5) "Linux"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
string(4) "Core"
array(0) {
}
bool(true)
bool(true)
bool(true)
int(3)
bool(true)

Fatal error: Uncaught ValueError: putenv(): Argument #1 ($assignment) must have a valid syntax in %s:18
Stack trace:
#0 %a
  thrown in %s on line 18
--EXIT_STATUS--
255
