<?php
// A value the function rejects: ValueError, raised by the extension.
counter_repeat("ab", -1);
