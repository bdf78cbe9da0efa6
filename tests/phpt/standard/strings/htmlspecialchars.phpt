--TEST--
htmlspecialchars and htmlspecialchars_decode: flags, document types, invalid UTF-8
--FILE--
<?php
foreach ([ENT_HTML401, ENT_XML1, ENT_XHTML, ENT_HTML5] as $d) {
    echo htmlspecialchars("a\"b'c<>&", ENT_QUOTES | $d), "\n";
}
var_dump(htmlspecialchars("<a href='x'>T&amp;C</a>"), htmlspecialchars("x'\"", ENT_NOQUOTES), htmlspecialchars("x'\"", ENT_COMPAT));
var_dump(htmlspecialchars("a\xff b"), htmlspecialchars("a\xff b", ENT_COMPAT), htmlspecialchars("a\xff b", ENT_IGNORE));
var_dump(htmlspecialchars("&amp; &foo; &#65; &#x41; &nbsp; &apos; &#xZZ; &#1114112; &", ENT_QUOTES, null, false));
var_dump(htmlspecialchars("&apos; &nbsp;", ENT_XML1, null, false), htmlspecialchars("&apos; &nbsp;", ENT_XHTML, null, false));
var_dump(htmlspecialchars("é\xe9<", ENT_QUOTES, "ISO-8859-1"), htmlspecialchars("\x01\x7f\xc2\x80 ok", ENT_QUOTES | ENT_DISALLOWED));
var_dump(htmlspecialchars("\xe2\x82", ENT_SUBSTITUTE), htmlspecialchars("\xe2\x82\xac\xf0\x9f\x98\x80\xed\xa0\x80\xc0\xaf\xf4\x90\x80\x80", ENT_SUBSTITUTE));
var_dump(htmlspecialchars_decode("&lt;p&gt; &amp;amp; &quot; &#039; &#39; &#x27; &apos; &#60; &#x3C; &#65; &nbsp;"));
var_dump(htmlspecialchars_decode("&quot; &#039; &apos; &#34;", ENT_NOQUOTES), htmlspecialchars_decode("&apos; &#39;", ENT_QUOTES | ENT_XML1));
--EXPECT--
a&quot;b&#039;c&lt;&gt;&amp;
a&quot;b&apos;c&lt;&gt;&amp;
a&quot;b&apos;c&lt;&gt;&amp;
a&quot;b&apos;c&lt;&gt;&amp;
string(49) "&lt;a href=&#039;x&#039;&gt;T&amp;amp;C&lt;/a&gt;"
string(3) "x'""
string(8) "x'&quot;"
string(6) "a� b"
string(0) ""
string(3) "a b"
string(78) "&amp; &amp;foo; &#65; &#x41; &nbsp; &amp;apos; &amp;#xZZ; &amp;#1114112; &amp;"
string(17) "&apos; &amp;nbsp;"
string(13) "&apos; &nbsp;"
string(7) "é�&lt;"
string(12) "��� ok"
string(3) "�"
string(19) "€😀����"
string(41) "<p> &amp; " ' ' ' &apos; < < &#65; &nbsp;"
string(26) "&quot; &#039; &apos; &#34;"
string(3) "' '"
