<?php
echo "before\n";
nosuchfunction(1, 2);
echo "after\n";
