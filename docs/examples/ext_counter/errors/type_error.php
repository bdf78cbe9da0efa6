<?php
// A wrong argument type: PHP 8's TypeError, uncaught, so a fatal error.
echo "before\n";
counter_repeat([], 2);
echo "not reached\n";
