<?php
// A deliberate bug: counter_leak() allocates request memory and never frees it.
counter_leak(32);
echo "done\n";
