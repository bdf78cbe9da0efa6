<?php
// Prints the tokens of a PHP file as token_get_all() sees them, in miniphp's --tokens format (docs/tokens.md):
// one token per line, LINE TAB NAME TAB TEXT, with the text's backslashes, control bytes and bytes >= 0x7f
// escaped. Single-character tokens come without a line from token_get_all(), so the line is tracked here by
// counting newlines the way PHP does ("\r\n" once, a lone "\r" once).
//
// Usage: php -n -d extension=tokenizer tests/tools/php_tokens.php FILE
//        php -n -d extension=tokenizer tests/tools/php_tokens.php --batch FILE...
// The batch form prints a line "\x01FILE" before each file's tokens, for tools that compare many files.
// Warnings that token_get_all() raises (octal escape overflow) must not mix with the tokens.
ini_set('display_errors', 'stderr');
if ($argc < 2) {
    fwrite(STDERR, "usage: php_tokens.php [--batch] FILE...\n");
    exit(2);
}

function escape_token_text(string $text): string
{
    $out = '';
    $length = strlen($text);
    for ($i = 0; $i < $length; $i++) {
        $c = $text[$i];
        $o = ord($c);
        if ($c === '\\') {
            $out .= '\\\\';
        } elseif ($c === "\n") {
            $out .= '\\n';
        } elseif ($c === "\r") {
            $out .= '\\r';
        } elseif ($c === "\t") {
            $out .= '\\t';
        } elseif ($o < 0x20 || $o >= 0x7f) {
            $out .= sprintf('\\x%02x', $o);
        } else {
            $out .= $c;
        }
    }
    return $out;
}

function print_tokens(string $source): string
{
    $line = 1;
    $out = '';
    foreach (token_get_all($source) as $token) {
        if (is_array($token)) {
            [$kind, $text, $line] = $token;
            $name = token_name($kind);
        } else {
            $text = $token;
            $name = escape_token_text($token);
        }
        $out .= $line . "\t" . $name . "\t" . escape_token_text($text) . "\n";
        $line += preg_match_all('/\r\n|\r|\n/', $text);
    }
    return $out;
}

if ($argv[1] === '--batch') {
    foreach (array_slice($argv, 2) as $path) {
        $source = file_get_contents($path);
        echo "\x01", $path, "\n";
        if ($source !== false) {
            echo print_tokens($source);
        }
    }
    exit(0);
}
$source = file_get_contents($argv[1]);
if ($source === false) {
    exit(2);
}
echo print_tokens($source);
