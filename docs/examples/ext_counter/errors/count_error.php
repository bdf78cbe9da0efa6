<?php
// Too few arguments: ArgumentCountError.
counter_repeat("ab");
