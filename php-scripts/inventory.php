<?php
// A small procedural report: parsing text with preg_match, sorting with a named comparison function,
// formatting with sprintf/number_format/str_pad, and JSON output. Runs the same under php and miniphp.
declare(strict_types=1);

const LINES = <<<TEXT
widget   12  3.50
gadget    3 19.99
doohickey 40  0.25
gizmo     7  7.00
TEXT;

function parse_item(string $line): ?array
{
    if (!preg_match('/^(\w+)\s+(\d+)\s+(\d+\.\d+)$/', $line, $match)) {
        return null;
    }
    return ['name' => $match[1], 'count' => (int) $match[2], 'price' => (float) $match[3]];
}

function by_value_desc(array $a, array $b): int
{
    return $b['count'] * $b['price'] <=> $a['count'] * $a['price'];
}

$items = array_values(array_filter(array_map('parse_item', explode("\n", LINES))));
usort($items, 'by_value_desc');

$total = 0.0;
foreach ($items as ['name' => $name, 'count' => $count, 'price' => $price]) {
    $value = $count * $price;
    $total += $value;
    printf("%s %3d x %6s = %8s\n", str_pad($name, 10), $count, number_format($price, 2), number_format($value, 2));
}
echo str_repeat('-', 36), "\n";
printf("%-24s %11s\n", 'total', number_format($total, 2));
echo json_encode(array_column($items, 'count', 'name')), "\n";
