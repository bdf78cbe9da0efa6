<?php
// The type check an extension makes itself, for a variadic parameter.
counter_sum(1, 2, [3]);
