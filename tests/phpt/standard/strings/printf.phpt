--TEST--
printf, vprintf, vsprintf: output and return values
--FILE--
<?php
$n = printf("%s=%05.1f\n", "pi", M_PI);
var_dump($n);
$n = vprintf("%2\$s-%1\$s\n", ["a", "b"]);
var_dump($n);
var_dump(vsprintf("%04d-%02d-%02d", explode("-", "1988-8-1")), vsprintf("%s", ["k" => "keyed"]), vsprintf("plain", []));
var_dump(printf(""));
--EXPECT--
pi=003.1
int(9)
b-a
int(4)
string(10) "1988-08-01"
string(5) "keyed"
string(5) "plain"
int(0)
