--TEST--
json_encode() flags: slashes, unicode, hex escapes, numeric check, zero fraction, force object, pretty print, line terminators
--FILE--
<?php
$s = "<a href='x'>&\"/é\u{2028}";
var_dump(json_encode($s), json_encode($s, JSON_UNESCAPED_SLASHES), json_encode($s, JSON_UNESCAPED_UNICODE),
         json_encode($s, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS),
         json_encode($s, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT));
var_dump(json_encode(['12', '-3', '1.5', '1e3', '0x1A', 'abc', ' 1', '1 ', '', '.5', '9223372036854775808'], JSON_NUMERIC_CHECK));
var_dump(json_encode(['1.0' => '2.0'], JSON_NUMERIC_CHECK | JSON_PRESERVE_ZERO_FRACTION));
var_dump(json_encode([1.0, 2.50, -0.0, 1e25, 3], JSON_PRESERVE_ZERO_FRACTION));
var_dump(json_encode([], JSON_FORCE_OBJECT), json_encode([1, [2]], JSON_FORCE_OBJECT));
echo json_encode(['a' => 1, 'b' => [1, 2, []], 'c' => [], 'd' => ['x' => null, 'y' => ['z' => 'deep']], 'e' => 'é/'], JSON_PRETTY_PRINT), "\n";
echo json_encode([[]], JSON_PRETTY_PRINT | JSON_FORCE_OBJECT), "\n";
echo json_encode([1, [2, [3]]], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
echo json_encode('x', JSON_PRETTY_PRINT), "\n";
var_dump(JSON_HEX_TAG, JSON_HEX_AMP, JSON_HEX_APOS, JSON_HEX_QUOT, JSON_FORCE_OBJECT, JSON_NUMERIC_CHECK, JSON_UNESCAPED_SLASHES,
         JSON_PRETTY_PRINT, JSON_UNESCAPED_UNICODE, JSON_PARTIAL_OUTPUT_ON_ERROR, JSON_PRESERVE_ZERO_FRACTION,
         JSON_UNESCAPED_LINE_TERMINATORS, JSON_OBJECT_AS_ARRAY, JSON_BIGINT_AS_STRING, JSON_INVALID_UTF8_IGNORE,
         JSON_INVALID_UTF8_SUBSTITUTE, JSON_THROW_ON_ERROR);
--EXPECT--
string(31) ""<a href='x'>&\"\/\u00e9\u2028""
string(30) ""<a href='x'>&\"/\u00e9\u2028""
string(27) ""<a href='x'>&\"\/é\u2028""
string(24) ""<a href='x'>&\"\/é ""
string(60) ""\u003Ca href=\u0027x\u0027\u003E\u0026\u0022\/\u00e9\u2028""
string(62) "[12,-3,1.5,1000,"0x1A","abc",1,1,"",0.5,9.223372036854776e+18]"
string(11) "{"1.0":2.0}"
string(24) "[1.0,2.5,-0.0,1.0e+25,3]"
string(2) "{}"
string(19) "{"0":1,"1":{"0":2}}"
{
    "a": 1,
    "b": [
        1,
        2,
        []
    ],
    "c": [],
    "d": {
        "x": null,
        "y": {
            "z": "deep"
        }
    },
    "e": "\u00e9\/"
}
{
    "0": {}
}
[
    1,
    [
        2,
        [
            3
        ]
    ]
]
"x"
int(1)
int(2)
int(4)
int(8)
int(16)
int(32)
int(64)
int(128)
int(256)
int(512)
int(1024)
int(2048)
int(1)
int(2)
int(1048576)
int(2097152)
int(4194304)
