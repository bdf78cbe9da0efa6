<?php
// The smallest script: one line of output.
echo "Hello, world!\n";
