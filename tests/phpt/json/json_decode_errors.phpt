--TEST--
json_decode() errors: syntax, state mismatch, control characters, UTF-8, UTF-16 surrogates, depth
--FILE--
<?php
foreach (['', ' ', 'TRUE', 'nul', 'truex', '01', '1.', '.5', '-', '+1', '1e', '0x1', '[1}', '{"a":1]', '[}', '{]', '[1,]', '[,1]', '{"a":1,}',
          '{"a"}', '{a:1}', '{"a" 1}', '{1:1}', '["a":1]', '[1 2]', '"\x"', '"\u12"', '"\u12G4"', "\"a\x01\"", "\"tab\there\"",
          "\x01", "[\x00]", "\"\xff\"", "[\xff]", "\"\xc3\"", "\xc3\xa9", '"\ud83d"', '"\ude00"', '"\ud83d\u0041"', '[1] x',
          '"unterminated', '[1', '{"a":', '{"a":1', "\"a\"\x00"] as $json) {
    echo json_encode($json, JSON_INVALID_UTF8_SUBSTITUTE), ' => ';
    var_dump(json_decode($json, true));
    echo json_last_error(), ' ', json_last_error_msg(), "\n";
}
foreach (['1', '[]', '[1]', '[[1]]', '{"a":{"b":1}}', '[[[]]]'] as $json) {
    foreach ([1, 2, 3] as $depth) {
        echo "$json depth $depth: ", json_encode(json_decode($json, true, $depth)), ' ', json_last_error(), "\n";
    }
}
var_dump(json_decode('[1]', true), json_last_error());
json_decode('[1]', true, 0);
--EXPECTF--
"" => NULL
4 Syntax error
" " => NULL
4 Syntax error
"TRUE" => NULL
4 Syntax error
"nul" => NULL
4 Syntax error
"truex" => NULL
4 Syntax error
"01" => NULL
4 Syntax error
"1." => NULL
4 Syntax error
".5" => NULL
4 Syntax error
"-" => NULL
4 Syntax error
"+1" => NULL
4 Syntax error
"1e" => NULL
4 Syntax error
"0x1" => NULL
4 Syntax error
"[1}" => NULL
2 State mismatch (invalid or malformed JSON)
"{\"a\":1]" => NULL
2 State mismatch (invalid or malformed JSON)
"[}" => NULL
2 State mismatch (invalid or malformed JSON)
"{]" => NULL
2 State mismatch (invalid or malformed JSON)
"[1,]" => NULL
4 Syntax error
"[,1]" => NULL
4 Syntax error
"{\"a\":1,}" => NULL
4 Syntax error
"{\"a\"}" => NULL
4 Syntax error
"{a:1}" => NULL
4 Syntax error
"{\"a\" 1}" => NULL
4 Syntax error
"{1:1}" => NULL
4 Syntax error
"[\"a\":1]" => NULL
4 Syntax error
"[1 2]" => NULL
4 Syntax error
"\"\\x\"" => NULL
4 Syntax error
"\"\\u12\"" => NULL
4 Syntax error
"\"\\u12G4\"" => NULL
4 Syntax error
"\"a\u0001\"" => NULL
3 Control character error, possibly incorrectly encoded
"\"tab\there\"" => NULL
3 Control character error, possibly incorrectly encoded
"\u0001" => NULL
3 Control character error, possibly incorrectly encoded
"[\u0000]" => NULL
3 Control character error, possibly incorrectly encoded
"\"\ufffd\"" => NULL
5 Malformed UTF-8 characters, possibly incorrectly encoded
"[\ufffd]" => NULL
5 Malformed UTF-8 characters, possibly incorrectly encoded
"\"\ufffd\"" => NULL
5 Malformed UTF-8 characters, possibly incorrectly encoded
"\u00e9" => NULL
4 Syntax error
"\"\\ud83d\"" => NULL
10 Single unpaired UTF-16 surrogate in unicode escape
"\"\\ude00\"" => NULL
10 Single unpaired UTF-16 surrogate in unicode escape
"\"\\ud83d\\u0041\"" => NULL
10 Single unpaired UTF-16 surrogate in unicode escape
"[1] x" => NULL
4 Syntax error
"\"unterminated" => NULL
3 Control character error, possibly incorrectly encoded
"[1" => NULL
4 Syntax error
"{\"a\":" => NULL
4 Syntax error
"{\"a\":1" => NULL
4 Syntax error
"\"a\"\u0000" => NULL
3 Control character error, possibly incorrectly encoded
1 depth 1: 1 0
1 depth 2: 1 0
1 depth 3: 1 0
[] depth 1: null 0
[] depth 2: [] 0
[] depth 3: [] 0
[1] depth 1: null 0
[1] depth 2: [1] 0
[1] depth 3: [1] 0
[[1]] depth 1: null 0
[[1]] depth 2: null 0
[[1]] depth 3: [[1]] 0
{"a":{"b":1}} depth 1: null 0
{"a":{"b":1}} depth 2: null 0
{"a":{"b":1}} depth 3: {"a":{"b":1}} 0
[[[]]] depth 1: null 0
[[[]]] depth 2: null 0
[[[]]] depth 3: null 0
array(1) {
  [0]=>
  int(1)
}
int(0)

Fatal error: Uncaught ValueError: json_decode(): Argument #3 ($depth) must be greater than 0 in %s:16
Stack trace:
#0 %a
  thrown in %s on line 16
--EXIT_STATUS--
255
