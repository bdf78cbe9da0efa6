--TEST--
htmlentities and html_entity_decode: HTML 4.01 entities, document types, charsets
--FILE--
<?php
foreach ([ENT_HTML401, ENT_XML1, ENT_XHTML] as $d) {
    echo htmlentities("\"'<>& é€\xc2\xa0a!.\n©", ENT_QUOTES | $d), "|", htmlentities("é\xe9", ENT_QUOTES | $d, "ISO-8859-1"), "\n";
}
var_dump(htmlentities("café \xff"), htmlentities("&eacute; &bogus; &amp;", ENT_QUOTES, "UTF-8", false), htmlentities("Ω≤∞"), htmlentities("x", ENT_QUOTES, "cp1252"));
var_dump(html_entity_decode("&eacute;&euro;&nbsp;&#233;&#xe9;&amp;lt;&apos;&quot;&#39;&bogus;&#0;&#1;&#x80;&#xD800;&#65", ENT_QUOTES));
var_dump(html_entity_decode("&apos;&eacute;", ENT_QUOTES | ENT_XHTML), html_entity_decode("&apos;&eacute;&#x263A;", ENT_QUOTES | ENT_XML1), html_entity_decode("&eacute;&#x263A;&#233;&amp;", ENT_QUOTES, "ISO-8859-1"));
var_dump(html_entity_decode("&quot;&#39;", ENT_NOQUOTES), html_entity_decode("a&lt"), html_entity_decode("&a;"), html_entity_decode("x&#9;y&#13;z", ENT_QUOTES | ENT_HTML5), html_entity_decode("&#x1F600;&#128512;"), html_entity_decode("no entities"));
var_dump(html_entity_decode("&Omega;&le;&infin;&hearts;&#8364;"), html_entity_decode(htmlentities("<p>Ünïcödé & \"quotes\" 'single'</p>")));
--EXPECT--
&quot;&#039;&lt;&gt;&amp; &eacute;&euro;&nbsp;a!.
&copy;|&Atilde;&copy;&eacute;
&quot;&apos;&lt;&gt;&amp; é€ a!.
©|é�
&quot;&#039;&lt;&gt;&amp; &eacute;&euro;&nbsp;a!.
&copy;|&Atilde;&copy;&eacute;
string(15) "caf&eacute; �"
string(26) "&eacute; &amp;bogus; &amp;"
string(18) "&Omega;&le;&infin;"
string(1) "x"
string(56) "é€ éé&lt;&apos;"'&bogus;&#0;&#1;&#x80;&#xD800;&#65"
string(3) "'é"
string(12) "'&eacute;☺"
string(11) "�&#x263A;�&"
string(11) "&quot;&#39;"
string(4) "a&lt"
string(3) "&a;"
string(9) "x	y&#13;z"
string(8) "😀😀"
string(11) "no entities"
string(14) "Ω≤∞♥€"
string(38) "<p>Ünïcödé & "quotes" 'single'</p>"
