--TEST--
Enums: pure and backed, with interfaces, constants, methods and static methods
--CLI_ARGS--
-l {FILE}
--FILE--
<?php
enum Suit: string implements JsonSerializable {
    case Hearts = "H";
    case Spades = "S";
    const Wild = self::Spades;
    public function color(): string { return match ($this) { self::Hearts => "Red", self::Spades => "Black" }; }
    public static function fromChar(string $c): self { return self::from($c); }
    public function jsonSerialize(): mixed { return $this->name; }
}
enum Status { case Active; case Inactive; }
--EXPECTF--
No syntax errors detected in %s
--EXIT_STATUS--
0
