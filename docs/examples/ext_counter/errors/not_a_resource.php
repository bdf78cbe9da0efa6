<?php
// Not a resource at all: the "r" spec letter's TypeError.
counter_step(42);
