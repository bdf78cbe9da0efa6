--TEST--
htmlentities, html_entity_decode, get_html_translation_table with ENT_HTML5: names, pairs, charsets
--FILE--
<?php
function table_summary($table) {
    $keys = "";
    $values = "";
    foreach ($table as $key => $value) {
        $keys .= $key;
        $values .= $value;
    }
    return count($table) . " " . md5($keys) . " " . md5($values);
}
foreach (["UTF-8", "ISO-8859-1", "cp1252", "KOI8-R", "MacRoman", "ISO-8859-15", "BIG5"] as $cs) {
    echo $cs, " ", table_summary(get_html_translation_table(HTML_ENTITIES, ENT_QUOTES | ENT_HTML5, $cs)), " ", table_summary(get_html_translation_table(HTML_ENTITIES, ENT_NOQUOTES | ENT_HTML5, $cs)), "\n";
}
$text = "fj <\u{20D2} =\u{20E5} = ≂̸ ≂ é!.\t\n\"'& \u{1D504} \u{2AAC}\u{FE00} x";
var_dump(htmlentities($text, ENT_QUOTES | ENT_HTML5), htmlentities($text, ENT_NOQUOTES | ENT_HTML5), htmlentities("fj fJ f", ENT_HTML5, "cp1252"));
$encoded = htmlentities($text, ENT_QUOTES | ENT_HTML5);
var_dump(html_entity_decode($encoded, ENT_QUOTES | ENT_HTML5) === $text);
var_dump(html_entity_decode("&AMP; &NotEqualTilde; &fjlig; &nvlt; &Tab;&NewLine;&bne; &hellip; &apos; &Aopf; &bogus; &amp &lt;", ENT_QUOTES | ENT_HTML5));
var_dump(html_entity_decode("&NotEqualTilde; &eacute; &fjlig; &euro;", ENT_QUOTES | ENT_HTML5, "ISO-8859-1"), html_entity_decode("&euro;&fjlig;", ENT_QUOTES | ENT_HTML5, "cp1252"));
var_dump(htmlspecialchars("&AMP; &NotEqualTilde; &bogus; &Aopf;", ENT_QUOTES | ENT_HTML5, null, false), htmlentities("&AMP; é", ENT_QUOTES | ENT_HTML5, "UTF-8", false));
--EXPECT--
UTF-8 1511 318236a67225fee53e6c59f6b902ba91 d93ccbc90c716d03b9039a109478cba0 1509 7ae268a4e063294a0fb9282dcc9eb3e8 488e665b60be38afd5250ae46c3a30cf
ISO-8859-1 132 39b404cfcf24bf916b166ca6963dc5e9 c1cbc1127e758805bbb6b426519010ba 130 51b128724c75b223cd1de96cdb1e7a7b 16d5f44253b4b5c96f071239a0a7bc1a
cp1252 156 f7d3eb9339303ae7a1312fa4be1a9540 b78262b36c56208ec84e5594d5d82788 154 490eb76697f520d0fa8553b385cc5b9a 216a7a0041cbeed0433d72a8aacce369
KOI8-R 155 7ce0e0e834f4c7888dd6f8acb6537eec af047fae275500fe12e40adc72ef1c11 153 37d89de01a5cb4813baa1b1b6a55f289 b9bb2cfea8e380cb057b5b17825d994e
MacRoman 157 4b190f029f56496f4ee181a7af73a03c 47650de832616f4232640bcf2373fc49 155 45831993412f5d7691cf094704404039 f31fffd6d045fc11bc631b1eec8edf08
ISO-8859-15 129 6731cf3750b5f3073bcfe5d43d54c8ae 4507d4138a13a4a2b251377b7e0a3924 127 5dfb387a8ab5546eccca1ae576bb068e 002792bcfc1f3fbd3c5ce40797883e94
BIG5 5 ce6b6a060d7a3ba5083664237d57cd29 4a93ad8488203211061c4e4487ddc4bf 3 b8debd85dba99c1b03f539c47b89d2cd 19e498be7562e9f0e69610503de16950
string(114) "&fjlig; &nvlt; &bne; &equals; &nesim; &esim; &eacute;&excl;&period;&Tab;&NewLine;&quot;&apos;&amp; &Afr; &smtes; x"
string(104) "&fjlig; &nvlt; &bne; &equals; &nesim; &esim; &eacute;&excl;&period;&Tab;&NewLine;"'&amp; &Afr; &smtes; x"
string(12) "&fjlig; fJ f"
bool(true)
string(48) "& ≂̸ fj <⃒ 	
=⃥ … ' 𝔸 &bogus; &amp <"
string(32) "&NotEqualTilde; � &fjlig; &euro;"
string(8) "�&fjlig;"
string(40) "&AMP; &NotEqualTilde; &amp;bogus; &Aopf;"
string(14) "&AMP; &eacute;"
