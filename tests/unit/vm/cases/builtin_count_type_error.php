<?php
echo count([1, 2]), "\n";
echo count(5);
