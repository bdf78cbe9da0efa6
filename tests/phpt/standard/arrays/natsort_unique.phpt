--TEST--
natsort, natcasesort, array_unique with its flags
--FILE--
<?php
function show($a) { $o = []; foreach ($a as $k => $v) { $o[] = var_export($k, true) . "=>" . var_export($v, true); } echo implode(", ", $o), "\n"; }
$nat = ["img12.png", "img10.png", "IMG2.png", "img1.png", "img 3.png", "img01.png", "img0.5.png", "x", "", "img2.png", "  img4", "img007", "img7", "1.010", "1.01", "a1b2", "a1b10", -5, 3.5];
$a = $nat; var_dump(natsort($a)); show($a);
$a = $nat; var_dump(natcasesort($a)); show($a);
$a = []; natsort($a); show($a);
$u = ["a" => "1", 1, 1.0, "01", true, "x", "X", null, "", 0, "0", 2, "2", "abc", "10", "1e1", 10.0];
show(array_unique($u));
foreach ([SORT_REGULAR, SORT_NUMERIC, SORT_STRING, SORT_LOCALE_STRING, SORT_NATURAL, SORT_STRING | SORT_FLAG_CASE] as $flag) {
    show(array_unique($u, $flag));
}
$big = [];
for ($i = 0; $i < 50; $i++) { $big["k$i"] = ["10", 9, "9a", "abc", 1.5, "1e1", 10][($i * 3) % 7]; }
show(array_unique($big, SORT_REGULAR));
show(array_unique([]));
show(array_unique([5 => "only"]));
show(array_unique([3 => "a", 1 => "a", 2 => "b"]));
--EXPECT--
bool(true)
8=>'', 17=>-5, 14=>'1.01', 13=>'1.010', 18=>3.5, 2=>'IMG2.png', 15=>'a1b2', 16=>'a1b10', 6=>'img0.5.png', 11=>'img007', 5=>'img01.png', 3=>'img1.png', 9=>'img2.png', 4=>'img 3.png', 10=>'  img4', 12=>'img7', 1=>'img10.png', 0=>'img12.png', 7=>'x'
bool(true)
8=>'', 17=>-5, 14=>'1.01', 13=>'1.010', 18=>3.5, 15=>'a1b2', 16=>'a1b10', 6=>'img0.5.png', 11=>'img007', 5=>'img01.png', 3=>'img1.png', 2=>'IMG2.png', 9=>'img2.png', 4=>'img 3.png', 10=>'  img4', 12=>'img7', 1=>'img10.png', 0=>'img12.png', 7=>'x'

'a'=>'1', 2=>'01', 4=>'x', 5=>'X', 6=>NULL, 8=>0, 10=>2, 12=>'abc', 13=>'10', 14=>'1e1'
'a'=>'1', 1=>1.0, 5=>'X', 6=>NULL, 8=>0, 10=>2, 12=>'abc', 13=>'10'
'a'=>'1', 4=>'x', 10=>2, 13=>'10'
'a'=>'1', 2=>'01', 4=>'x', 5=>'X', 6=>NULL, 8=>0, 10=>2, 12=>'abc', 13=>'10', 14=>'1e1'
'a'=>'1', 2=>'01', 4=>'x', 5=>'X', 6=>NULL, 8=>0, 10=>2, 12=>'abc', 13=>'10', 14=>'1e1'
'a'=>'1', 4=>'x', 5=>'X', 6=>NULL, 8=>0, 10=>2, 12=>'abc', 13=>'10', 14=>'1e1'
'a'=>'1', 2=>'01', 4=>'x', 6=>NULL, 8=>0, 10=>2, 12=>'abc', 13=>'10', 14=>'1e1'
'k0'=>'10', 'k1'=>'abc', 'k3'=>'9a', 'k5'=>9, 'k6'=>1.5

5=>'only'
3=>'a', 2=>'b'
