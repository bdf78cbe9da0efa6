--TEST--
Attributes on classes, functions, parameters, properties, constants, closures, with arguments
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
#[Attribute(Attribute::TARGET_ALL)]
final class Marker { public function __construct(public string $name = "") {} }
#[Marker("class"), Deprecated]
class C {
    #[Marker] public const X = 1;
    #[Marker(name: "prop")] public int $p = 0;
    #[Marker] public function m(#[SensitiveParameter] $secret) {}
}
$f = #[Marker] fn() => 1;
$g = #[Marker] static function () {};
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
