<?php
echo "Hello", ' ', "World", "\n";
echo 42, " ", -7, " ", 0, "\n";
echo 1.5, " ", 0.1 + 0.2, " ", 1e25, " ", -0.0, " ", 1/3, " ", 7.0, "\n";
echo true, "|", false, "|", null, "|\n";
print "print works\n";
$r = print "";
echo $r, "\n";
echo PHP_INT_MAX, " ", PHP_INT_MIN, " ", PHP_INT_SIZE, "\n";
echo 'single $quoted\n', "\n";
echo "tab\tnew\\line \x41\101\u{1F600}\n";
?>
Inline <b>HTML</b>
<?php echo "after html\n";
