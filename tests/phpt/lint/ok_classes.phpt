--TEST--
Classes: modifiers, constructor promotion, readonly, static, typed properties, abstract and final
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
abstract class Shape {
    public const SIDES = 0;
    final public const NAME = "shape";
    protected static int $count = 0;
    private ?array $cache = null;
    public function __construct(protected readonly float $x = 0.0, public int $y = 0) {}
    abstract public function area(): float;
    public static function make(): static { return new static(); }
    final protected function id(): int { return self::$count++; }
}
final class Square extends Shape implements Countable, JsonSerializable {
    public function area(): float { return $this->x ** 2; }
    public function count(): int { return 4; }
    public function jsonSerialize(): mixed { return parent::NAME; }
}
readonly class Point { public function __construct(public int $x, public int $y) {} }
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
