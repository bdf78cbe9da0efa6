--TEST--
preg_split(): limits, PREG_SPLIT_NO_EMPTY, PREG_SPLIT_DELIM_CAPTURE and PREG_SPLIT_OFFSET_CAPTURE
--FILE--
<?php
function show($pieces) { echo json_like($pieces), "\n"; }
function json_like($value) {
    if (!is_array($value)) return is_string($value) ? '"' . $value . '"' : var_export($value, true);
    $parts = [];
    foreach ($value as $k => $v) $parts[] = $k . ':' . json_like($v);
    return '[' . implode(', ', $parts) . ']';
}
show(preg_split('/[\s,]+/', "a, b  c,d"));
show(preg_split('/,/', ',a,,b,'));
show(preg_split('/,/', ',a,,b,', -1, PREG_SPLIT_NO_EMPTY));
show(preg_split('/x/', 'abc'));
show(preg_split('/x/', ''));
show(preg_split('/x/', '', -1, PREG_SPLIT_NO_EMPTY));

// Limits: -1 and 0 mean none; 1, and any other negative number, give the whole subject.
show(preg_split('/,/', 'a,b,c,d', 2));
show(preg_split('/,/', 'a,b,c,d', 3));
show(preg_split('/,/', 'a,b,c,d', 0));
show(preg_split('/,/', 'a,b,c,d', 1));
show(preg_split('/,/', 'a,b,c,d', -2));
show(preg_split('/,/', ',,a,b', 2, PREG_SPLIT_NO_EMPTY));

// Empty matches split between characters (whole characters in UTF-8 mode).
show(preg_split('//', 'abc'));
show(preg_split('//', 'abc', -1, PREG_SPLIT_NO_EMPTY));
show(preg_split('//u', 'aé€', -1, PREG_SPLIT_NO_EMPTY));
show(preg_split('//', 'abc', 2, PREG_SPLIT_NO_EMPTY));
show(preg_split('/x*/', 'axbc'));
show(preg_split('/\b/', 'hello world'));

// Delimiters, and their empty groups unless PREG_SPLIT_NO_EMPTY.
show(preg_split('/(-)|(\+)/', 'a-b+c', -1, PREG_SPLIT_DELIM_CAPTURE));
show(preg_split('/(-)|(\+)/', 'a-b+c', -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY));
show(preg_split('/(\d)/', 'a1b2c', 2, PREG_SPLIT_DELIM_CAPTURE));

// Offsets.
show(preg_split('/ /', 'ab cd  e', -1, PREG_SPLIT_OFFSET_CAPTURE));
show(preg_split('/( )/', 'ab cd  e', -1, PREG_SPLIT_OFFSET_CAPTURE | PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY));
show(preg_split('/x/', 'abc', -1, PREG_SPLIT_OFFSET_CAPTURE));

// A match error gives false.
var_dump(preg_split('/(?:\D+|<\d+>)*[!?]/', 'foobar foobar foobar'), preg_last_error() === PREG_BACKTRACK_LIMIT_ERROR);
var_dump(preg_split('/,/u', "a,\xff"), preg_last_error_msg());
--EXPECT--
[0:"a", 1:"b", 2:"c", 3:"d"]
[0:"", 1:"a", 2:"", 3:"b", 4:""]
[0:"a", 1:"b"]
[0:"abc"]
[0:""]
[]
[0:"a", 1:"b,c,d"]
[0:"a", 1:"b", 2:"c,d"]
[0:"a", 1:"b", 2:"c", 3:"d"]
[0:"a,b,c,d"]
[0:"a,b,c,d"]
[0:"a", 1:"b"]
[0:"", 1:"a", 2:"b", 3:"c", 4:""]
[0:"a", 1:"b", 2:"c"]
[0:"a", 1:"é", 2:"€"]
[0:"a", 1:"bc"]
[0:"", 1:"a", 2:"", 3:"b", 4:"c", 5:""]
[0:"", 1:"hello", 2:" ", 3:"world", 4:""]
[0:"a", 1:"-", 2:"b", 3:"", 4:"+", 5:"c"]
[0:"a", 1:"-", 2:"b", 3:"+", 4:"c"]
[0:"a", 1:"1", 2:"b2c"]
[0:[0:"ab", 1:0], 1:[0:"cd", 1:3], 2:[0:"", 1:6], 3:[0:"e", 1:7]]
[0:[0:"ab", 1:0], 1:[0:" ", 1:2], 2:[0:"cd", 1:3], 3:[0:" ", 1:5], 4:[0:" ", 1:6], 5:[0:"e", 1:7]]
[0:[0:"abc", 1:0]]
bool(false)
bool(true)
bool(false)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
