--TEST--
json_encode() errors: INF/NAN, malformed UTF-8, depth, recursion, resources, partial output
--FILE--
<?php
function show($result) {
    var_dump($result, json_last_error(), json_last_error_msg());
}
show(json_encode(INF));
show(json_encode([1, NAN, 2]));
show(json_encode([1, -INF], JSON_PARTIAL_OUTPUT_ON_ERROR));
show(json_encode("a\xffb"));
show(json_encode(["a\xffb", 'ok'], JSON_PARTIAL_OUTPUT_ON_ERROR));
show(json_encode(["k\xff" => 1], JSON_PARTIAL_OUTPUT_ON_ERROR));
show(json_encode("a\xffb\xc3", JSON_INVALID_UTF8_SUBSTITUTE));
show(json_encode("a\xffb\xc3", JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE));
show(json_encode("a\xffb\xe2\x82", JSON_INVALID_UTF8_IGNORE));
show(json_encode("\xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80"));
show(json_encode([[1]], 0, 1));
show(json_encode([[1]], JSON_PARTIAL_OUTPUT_ON_ERROR, 1));
show(json_encode([], 0, 0));
show(json_encode(1, 0, 0));
show(json_encode([1], 0, 1));
$a = [1];
$a[] = &$a;
show(json_encode($a));
show(json_encode($a, JSON_PARTIAL_OUTPUT_ON_ERROR));
unset($a[1]); // break the cycle
show(json_encode(STDIN));
show(json_encode(['r' => STDERR], JSON_PARTIAL_OUTPUT_ON_ERROR));
show(json_encode('fine'));
show(json_encode(NAN, JSON_THROW_ON_ERROR | JSON_PARTIAL_OUTPUT_ON_ERROR));
var_dump(JSON_ERROR_NONE, JSON_ERROR_DEPTH, JSON_ERROR_STATE_MISMATCH, JSON_ERROR_CTRL_CHAR, JSON_ERROR_SYNTAX, JSON_ERROR_UTF8,
         JSON_ERROR_RECURSION, JSON_ERROR_INF_OR_NAN, JSON_ERROR_UNSUPPORTED_TYPE, JSON_ERROR_INVALID_PROPERTY_NAME, JSON_ERROR_UTF16);
--EXPECT--
bool(false)
int(7)
string(34) "Inf and NaN cannot be JSON encoded"
bool(false)
int(7)
string(34) "Inf and NaN cannot be JSON encoded"
string(5) "[1,0]"
int(7)
string(34) "Inf and NaN cannot be JSON encoded"
bool(false)
int(5)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(11) "[null,"ok"]"
int(5)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(6) "{"":1}"
int(5)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(16) ""a\ufffdb\ufffd""
int(0)
string(8) "No error"
string(10) ""a�b�""
int(0)
string(8) "No error"
string(4) ""ab""
int(0)
string(8) "No error"
bool(false)
int(5)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
bool(false)
int(1)
string(28) "Maximum stack depth exceeded"
string(5) "[[1]]"
int(1)
string(28) "Maximum stack depth exceeded"
bool(false)
int(1)
string(28) "Maximum stack depth exceeded"
string(1) "1"
int(0)
string(8) "No error"
string(3) "[1]"
int(0)
string(8) "No error"
bool(false)
int(6)
string(18) "Recursion detected"
string(8) "[1,null]"
int(6)
string(18) "Recursion detected"
bool(false)
int(8)
string(21) "Type is not supported"
string(10) "{"r":null}"
int(8)
string(21) "Type is not supported"
string(6) ""fine""
int(0)
string(8) "No error"
string(1) "0"
int(7)
string(34) "Inf and NaN cannot be JSON encoded"
int(0)
int(1)
int(2)
int(3)
int(4)
int(5)
int(6)
int(7)
int(8)
int(9)
int(10)
