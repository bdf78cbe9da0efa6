<?php
// A builtin's TypeError with PHP's message (strlen is compiled to an opcode by php, so its trace is {main}).
echo "before\n";
echo strlen([1]);
echo "not reached\n";
