<?php
echo "start\n";
$x = "some string value that is long";
echo match ($x) { "a" => 1 };
