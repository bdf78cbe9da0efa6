<?php
// Word frequencies of a text read from standard input (or a built-in sample): strings, hash tables, sorting,
// closures, classes and enums.
// Usage: php word_count.php < some.txt

declare(strict_types=1);

enum Order
{
    case ByCount;
    case Alphabetical;
}

final class WordCounter
{
    /** @var array<string, int> */
    private array $counts = [];

    public function add(string $text): void
    {
        foreach (preg_split('/[^a-z\']+/', strtolower($text), -1, PREG_SPLIT_NO_EMPTY) as $word) {
            $this->counts[$word] = ($this->counts[$word] ?? 0) + 1;
        }
    }

    /** @return array<string, int> */
    public function top(int $how_many, Order $order = Order::ByCount): array
    {
        $counts = $this->counts;
        match ($order) {
            Order::ByCount => uksort($counts, fn(string $a, string $b): int =>
                [$counts[$b], $a] <=> [$counts[$a], $b]),
            Order::Alphabetical => ksort($counts),
        };
        return array_slice($counts, 0, $how_many, true);
    }
}

$text = stream_isatty(STDIN) ? '' : stream_get_contents(STDIN);
if (trim((string) $text) === '') {
    $text = <<<TEXT
        It was the best of times, it was the worst of times, it was the age of wisdom,
        it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.
        TEXT;
}

$counter = new WordCounter();
$counter->add($text);
foreach ($counter->top(5) as $word => $count) {
    printf("%-10s %3d\n", $word, $count);
}
