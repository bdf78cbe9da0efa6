--TEST--
wordwrap with negative, zero and small widths; explode, chunk_split, str_split edge limits
--FILE--
<?php
foreach ([-5, -1, 0, 1, 2, 7] as $w) {
    foreach ([false, true] as $cut) {
        if ($w == 0 && $cut) continue;
        var_dump(wordwrap("The quick brown fox  jumped over\nthe lazy dog.", $w, "\n", $cut), wordwrap("abc defgh ij", $w, "<br>", $cut));
    }
}
var_dump(chunk_split("abcdefgh", 3, ""), str_split("abcdefgh", 100), substr_count("aaaa", "a", -1), str_pad("x", 5, "ab", STR_PAD_BOTH), explode("a", "aaa", -2), explode("a", "aaa", PHP_INT_MIN));
--EXPECT--
string(46) "The
quick
brown
fox

jumped
over
the
lazy
dog."
string(18) "abc<br>defgh<br>ij"
string(83) "
T
h
e

q
u
i
c
k

b
r
o
w
n

f
o
x


j
u
m
p
e
d

o
v
e
r

t
h
e

l
a
z
y

d
o
g
."
string(58) "<br>a<br>b<br>c<br><br>d<br>e<br>f<br>g<br>h<br><br>i<br>j"
string(46) "The
quick
brown
fox

jumped
over
the
lazy
dog."
string(18) "abc<br>defgh<br>ij"
string(83) "
T
h
e

q
u
i
c
k

b
r
o
w
n

f
o
x


j
u
m
p
e
d

o
v
e
r

t
h
e

l
a
z
y

d
o
g
."
string(58) "<br>a<br>b<br>c<br><br>d<br>e<br>f<br>g<br>h<br><br>i<br>j"
string(46) "The
quick
brown
fox

jumped
over
the
lazy
dog."
string(18) "abc<br>defgh<br>ij"
string(46) "The
quick
brown
fox
 jumped
over
the
lazy
dog."
string(18) "abc<br>defgh<br>ij"
string(75) "T
h
e
q
u
i
c
k
b
r
o
w
n
f
o
x
 
j
u
m
p
e
d
o
v
e
r
t
h
e
l
a
z
y
d
o
g
."
string(46) "a<br>b<br>c<br>d<br>e<br>f<br>g<br>h<br>i<br>j"
string(46) "The
quick
brown
fox
 jumped
over
the
lazy
dog."
string(18) "abc<br>defgh<br>ij"
string(58) "Th
e
qu
ic
k
br
ow
n
fo
x 
ju
mp
ed
ov
er
th
e
la
zy
do
g."
string(30) "ab<br>c<br>de<br>fg<br>h<br>ij"
string(46) "The
quick
brown
fox 
jumped
over
the
lazy
dog."
string(18) "abc<br>defgh<br>ij"
string(46) "The
quick
brown
fox 
jumped
over
the
lazy
dog."
string(18) "abc<br>defgh<br>ij"
string(8) "abcdefgh"
array(1) {
  [0]=>
  string(8) "abcdefgh"
}
int(1)
string(5) "abxab"
array(2) {
  [0]=>
  string(0) ""
  [1]=>
  string(0) ""
}
array(0) {
}
