--TEST--
$argv and $argc: the script's name first, then its arguments, visible through global
--ARGS--
first "second arg" --third
--FILE--
<?php
echo $argc, "\n";
echo basename_of($argv[0]), "\n";
function basename_of($path) { $parts = explode_free($path); return $parts[count($parts) - 1]; }
function explode_free($path) { $out = [""]; for ($i = 0; $i < strlen($path); $i++) { if ($path[$i] === "/") $out[] = ""; else $out[count($out) - 1] .= $path[$i]; } return $out; }
function rest() { global $argv; $copy = $argv; $copy[0] = "-"; return implode("|", $copy); }
echo rest(), "\n";
--EXPECT--
4
argv_argc.php
-|first|second arg|--third
