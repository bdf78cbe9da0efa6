<?php
// Writes the expected-value tables in data/ from real PHP: run `php -n generate_cases.php` with PHP 8.2.
// Each line of a table is: operand sources (PHP literals), then the result as render() prints it, then
// the diagnostics PHP raised, tab-separated. The C++ tests parse the same literals, run miniphp's
// operators and print results the same way, so every expected value here is PHP's own output.
if (PHP_MAJOR_VERSION != 8 || PHP_MINOR_VERSION != 2) {
    fwrite(STDERR, "needs PHP 8.2\n");
    exit(1);
}

function esc(string $s): string {
    $out = '';
    for ($i = 0; $i < strlen($s); $i++) {
        $c = ord($s[$i]);
        $out .= ($c < 0x20 || $c >= 0x7f || $s[$i] === '\\' || $s[$i] === '"') ? sprintf('\\x%02x', $c) : $s[$i];
    }
    return $out;
}

function render($v): string {
    if (is_null($v)) return 'NULL';
    if (is_bool($v)) return $v ? 'bool(true)' : 'bool(false)';
    if (is_int($v)) return "int($v)";
    if (is_float($v)) { ob_start(); var_dump($v); return trim(ob_get_clean()); }
    if (is_string($v)) return 'string(' . strlen($v) . ') "' . esc($v) . '"';
    if (is_array($v)) {
        $parts = [];
        foreach ($v as $k => $x) $parts[] = (is_int($k) ? $k : '"' . esc($k) . '"') . '=>' . render($x);
        return 'array(' . implode(',', $parts) . ')';
    }
    return 'object';
}

$diag = [];
set_error_handler(function ($no, $str) use (&$diag) {
    $kind = [E_WARNING => 'W', E_NOTICE => 'N', E_DEPRECATED => 'D'][$no] ?? "E$no";
    $diag[] = "$kind:$str";
    return true;
});

function run(callable $f, array $args): string {
    global $diag;
    $diag = [];
    try {
        $out = render($f(...$args));
    } catch (Throwable $e) {
        $out = 'EXC ' . get_class($e) . ': ' . $e->getMessage();
    }
    return $out . ($diag ? "\t" . implode("\t", $diag) : '');
}

$arith_operands = ['null', 'true', 'false', '0', '7', '-3', '-1', 'PHP_INT_MAX', 'PHP_INT_MIN', '1.5', '-0.0', '0.1', '1e308',
    'INF', 'NAN', "''", "'12'", "'1.5e1'", "' 4 '", "'5 apples'", "'abc'", "'9223372036854775808'", "'1e1000'", '[]', '[1]',
    "['a' => 2]"];
$compare_operands = ['null', 'true', 'false', '0', '1', '-1', '10', 'PHP_INT_MAX', '0.0', '-0.0', '1.5', '10.0', 'INF', 'NAN',
    "''", "'0'", "'1'", "'10'", "'1e1'", "' 1'", "'1 '", "'1.0'", "'abc'", "'ABC'", "'1abc'", "'9223372036854775807'",
    "'9223372036854775808'", "'9223372036854775809'", "'12345678901234567890.5'", "'12345678901234567890.6'",
    "'1234567890123456789.5'", "'1234567890123456789.6'", "'123456789012345678901e0'", "'-0'", "'00'", '[]', '[1]', '[1, 2]', "['a' => 1]", '[0 => 1]', '[2]', "[1, 'x']"];
$bit_operands = ['null', 'true', '0', '6', '-1', '1.5', '3.0', '1e20', "''", "'12'", "'1.9'", "'abc'", "'AB'", "'5 apples'",
    "'ab\\xff'", '[]', '64', '65', '-2'];

$binary = [
    'add' => [fn($a, $b) => $a + $b, $arith_operands],
    'sub' => [fn($a, $b) => $a - $b, $arith_operands],
    'mul' => [fn($a, $b) => $a * $b, $arith_operands],
    'div' => [fn($a, $b) => $a / $b, $arith_operands],
    'mod' => [fn($a, $b) => $a % $b, $arith_operands],
    'pow' => [fn($a, $b) => $a ** $b, $arith_operands],
    'concat' => [fn($a, $b) => $a . $b, $arith_operands],
    'intdiv' => [fn($a, $b) => intdiv($a, $b), $arith_operands],
    'or' => [fn($a, $b) => $a | $b, $bit_operands],
    'and' => [fn($a, $b) => $a & $b, $bit_operands],
    'xor' => [fn($a, $b) => $a ^ $b, $bit_operands],
    'shl' => [fn($a, $b) => $a << $b, $bit_operands],
    'shr' => [fn($a, $b) => $a >> $b, $bit_operands],
    'bool_xor' => [fn($a, $b) => $a xor $b, $bit_operands],
    'equal' => [fn($a, $b) => $a == $b, $compare_operands],
    'identical' => [fn($a, $b) => $a === $b, $compare_operands],
    'smaller' => [fn($a, $b) => $a < $b, $compare_operands],
    'smaller_or_equal' => [fn($a, $b) => $a <= $b, $compare_operands],
    'spaceship' => [fn($a, $b) => $a <=> $b, $compare_operands],
];

$dir = __DIR__ . '/data';
foreach ($binary as $name => [$f, $operands]) {
    $lines = [];
    foreach ($operands as $a) {
        foreach ($operands as $b) {
            $lines[] = "$a\t$b\t" . run($f, [eval("return $a;"), eval("return $b;")]);
        }
    }
    file_put_contents("$dir/$name.tsv", implode("\n", $lines) . "\n");
}

// Unary operations and casts, one operand each.
$unary_operands = array_values(array_unique(array_merge($arith_operands, $compare_operands, $bit_operands, [
    "'a'", "'z'", "'Az'", "'zz'", "'Zz'", "'a9'", "'9z'", "'Zz9'", "'a!'", "'!z'", "'-'", "'0x1A'", "'1e2'", "'-1'",
    "' abc'", "'abc '", "\"\\t\\n 42 \"", "'+5'", "'.5'", "'5.'", "'1e'", "'1e+'", "'-.5e-1x'", "'1e400'", "'-1e400'",
    "'99999999999999999999'", "'-9223372036854775808'", "'-9223372036854775808 '", "'-9223372036854775808x'", "'-9223372036854775809'", "' 0x1A'", "'1.9'", "'-1.9e0'",
    '1e19', '-1e19', '1.8446744073709552E+19', '-1.5', '0.5', '1e15', '123456789012345678', '-0.5', "'0.0'",
    "[0]", "[[]]",
])));
$unary = [
    'increment' => function ($a) { $a++; return $a; },
    'decrement' => function ($a) { $a--; return $a; },
    'bitwise_not' => fn($a) => ~$a,
    'boolean_not' => fn($a) => !$a,
    'negate' => fn($a) => -$a,
    'to_int' => fn($a) => (int)$a,
    'to_float' => fn($a) => (float)$a,
    'to_string' => fn($a) => (string)$a,
    'to_bool' => fn($a) => (bool)$a,
    'to_array' => fn($a) => (array)$a,
];
foreach ($unary as $name => $f) {
    $lines = [];
    foreach ($unary_operands as $a)
        $lines[] = "$a\t" . run($f, [eval("return $a;")]);
    file_put_contents("$dir/$name.tsv", implode("\n", $lines) . "\n");
}

// Float formatting: the double's bits in hex, then (string) at precision 14, 17, 1, 5, 0, -1 and 40,
// then var_export and var_dump (serialize_precision -1), then var_export at serialize_precision 17.
mt_srand(20261123);
$doubles = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, 0.125, 100.0, 1e14, 1e15, 1e16, 1e17,
    1e20, 1e21, 1e25, 1e100, 1e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e-4, 1e-5, 0.0001234,
    0.00001234, 123456789012345.0, 1234567890123456.0, 12345678901234567.0, 123456789012345678.0, 9007199254740993.0,
    9.223372036854776E+18, -9.223372036854776E+18, 3.14159265358979, M_PI, M_E, -1.5e-7, 99999999999999.99,
    999999999999999.9, 0.99999999999999, 0.999999999999999, 1.0000000000000002, 4.35, 0.3, 1e22, 1e23, 123.456,
    -123.456, 7.0E-10, 1.25e-5, 6.02214076e23, INF, -INF, NAN, 2.0 ** 53, 2.0 ** 63, 2.0 ** 64, 1.5e300 * 1.5e300];
for ($i = 0; $i < 120; $i++) {
    $exp = mt_rand(-30, 30);
    $doubles[] = (mt_rand() / mt_getrandmax()) * (10 ** $exp) * (mt_rand(0, 1) ? 1 : -1);
}
for ($i = 0; $i < 1400; $i++)
    $doubles[] = unpack('e', pack('P', mt_rand() | (mt_rand(0, 0x7fe) << 52)))[1];
$lines = [];
foreach ($doubles as $d) {
    $bits = bin2hex(strrev(pack('e', $d)));
    $row = [$bits];
    foreach ([14, 17, 1, 5, 0, -1, 40] as $p) {
        ini_set('precision', $p);
        $row[] = (string)$d;
    }
    ini_set('precision', 14);
    $row[] = var_export($d, true);
    ob_start();
    var_dump($d);
    $row[] = trim(ob_get_clean());
    ini_set('serialize_precision', 17);
    $row[] = var_export($d, true);
    ini_set('serialize_precision', -1);
    $lines[] = implode("\t", $row);
}
file_put_contents("$dir/float_format.tsv", implode("\n", $lines) . "\n");

// Random operands for the arithmetic, shift and comparison operators: integers of every size (so the
// overflow paths run), floats written with 17 digits (exact), and numeric strings of both.
function random_operand(): string {
    switch (mt_rand(0, 5)) {
        case 0: return (string)mt_rand(-100, 100);
        case 1: return (string)(mt_rand(-PHP_INT_MAX, PHP_INT_MAX) >> mt_rand(0, 62));
        case 2: return var_export((mt_rand() / mt_getrandmax() - 0.5) * (10 ** mt_rand(-20, 25)), true);
        case 3: return "'" . mt_rand(-1000000, 1000000) . "'";
        case 4: return "'" . sprintf('%.6e', (mt_rand() / mt_getrandmax() - 0.5) * 1000) . "'";
        default: return (string)mt_rand(0, 70);
    }
}
ini_set('serialize_precision', 17);
mt_srand(4242);
$random_ops = ['add' => fn($a, $b) => $a + $b, 'sub' => fn($a, $b) => $a - $b, 'mul' => fn($a, $b) => $a * $b,
    'div' => fn($a, $b) => $a / $b, 'mod' => fn($a, $b) => $a % $b, 'pow' => fn($a, $b) => $a ** $b,
    'shl' => fn($a, $b) => $a << $b, 'shr' => fn($a, $b) => $a >> $b, 'spaceship' => fn($a, $b) => $a <=> $b,
    'concat' => fn($a, $b) => $a . $b];
$lines = [];
for ($i = 0; $i < 1800; $i++) {
    $name = array_keys($random_ops)[$i % count($random_ops)];
    $a = random_operand();
    $b = random_operand();
    ini_set('serialize_precision', -1);
    $lines[] = "$name\t$a\t$b\t" . run($random_ops[$name], [eval("return $a;"), eval("return $b;")]);
    ini_set('serialize_precision', 17);
}
ini_set('serialize_precision', -1);
file_put_contents("$dir/random_arithmetic.tsv", implode("\n", $lines) . "\n");

// Random short strings over the bytes numeric strings are made of: (int), (float), is_numeric() and
// `$s + 0` (warnings and TypeErrors included). Each cell is PHP's result with its diagnostics joined
// by " | ".
mt_srand(777);
$alphabet = ['0', '1', '5', '9', '0', '7', '.', 'e', 'E', '+', '-', ' ', "\t", "\n", "\v", "\f", 'x', 'a'];
$escapes = ["\t" => '\\t', "\n" => '\\n', "\v" => '\\v', "\f" => '\\f'];
$seen = [];
$lines = [];
while (count($lines) < 1500) {
    $length = mt_rand(0, 8);
    $text = '';
    for ($i = 0; $i < $length; $i++)
        $text .= $alphabet[mt_rand(0, count($alphabet) - 1)];
    if (isset($seen[$text]))
        continue;
    $seen[$text] = true;
    $source = '"' . strtr($text, $escapes) . '"';
    $cells = [$source];
    foreach ([fn($s) => (int)$s, fn($s) => (float)$s, fn($s) => is_numeric($s), fn($s) => $s + 0] as $f)
        $cells[] = str_replace("\t", ' | ', run($f, [$text]));
    $lines[] = implode("\t", $cells);
}
file_put_contents("$dir/numeric_strings.tsv", implode("\n", $lines) . "\n");
