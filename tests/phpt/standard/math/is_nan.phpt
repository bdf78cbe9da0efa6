--TEST--
is_nan, is_finite, is_infinite
--FILE--
<?php
var_dump(is_nan(NAN), is_nan(1.0), is_nan(INF), is_finite(INF), is_finite(1), is_finite(NAN), is_infinite(-INF), is_infinite(NAN), is_infinite(1e308 * 10));
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
