<?php
// A closed resource is no longer a valid counter.
$counter = counter_open();
counter_close($counter);
counter_step($counter);
