--TEST--
Namespaces and imports: grouped use, function and const imports, aliases, relative names
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
namespace App\Models;

use Foo\Bar;
use Foo\{Baz, Qux as Q};
use function Foo\helper;
use const Foo\LIMIT;
use Foo\{function f2, const C2};

$a = new Bar();
$b = namespace\local();
$c = \strlen("x");
$d = Q::class;
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
