--TEST--
A braced namespace after an unbraced one
--FILE--
<?php
namespace A;
namespace B {
}
--EXPECTF--
Fatal error: Cannot mix bracketed namespace declarations with unbracketed namespace declarations in %s on line 3
--EXIT_STATUS--
255
