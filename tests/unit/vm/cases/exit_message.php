<?php
echo "a";
function f() { exit("from function\n"); }
f();
echo "never";
