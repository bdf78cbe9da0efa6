<?php
// PHP 8.1's deprecations on builtin parameters: null to a non-nullable scalar, a float losing its fraction.
echo strlen(null), "\n";
echo str_repeat("ab", 1.5), "\n";
echo str_repeat("ab", "2.5"), "\n";
echo abs(null), "\n";
echo implode(null, ["a", "b"]), "\n";
echo "done\n";
