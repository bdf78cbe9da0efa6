--TEST--
nl2br, chr, ord
--FILE--
<?php
var_dump(nl2br("a\nb\r\nc\n\rd\re\n\nf"), nl2br("x\ny", false), nl2br("none"), nl2br(""));
var_dump(chr(65), bin2hex(chr(-1)), chr(256 + 66), bin2hex(chr(0)), ord("A"), ord(""), ord("\xff"), ord("abc"));
--EXPECT--
string(50) "a<br />
b<br />
c<br />
d<br />e<br />
<br />
f"
string(7) "x<br>
y"
string(4) "none"
string(0) ""
string(1) "A"
string(2) "ff"
string(1) "B"
string(2) "00"
int(65)
int(0)
int(255)
int(97)
