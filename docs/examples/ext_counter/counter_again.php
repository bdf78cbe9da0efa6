<?php
// Second request on the same engine: request state starts again, engine state carries on.
var_dump(counter_next());      // 1 again, and counter.step is back to its default
var_dump(counter_stats());     // the handle left open by the first request was destroyed at its end
