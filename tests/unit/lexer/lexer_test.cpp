// Unit tests of the lexer: each scanner state, the flexible heredoc rules, numbers, interpolation, casts, line
// numbers, __halt_compiler, the parse errors and warnings of the parser mode, and the literal value helpers.
// The expected streams were checked against PHP 8.2's token_get_all(), and the error texts and lines against
// `php -n -l`.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "lexer/lexer.h"

using namespace miniphp;

namespace {

struct Lexed {
    std::shared_ptr<std::string> source; // the tokens point into it
    std::vector<Token> tokens;
    std::vector<LexerDiagnostic> diagnostics;
};

// Lexes the whole source (std::string keeps the NUL sentinel after its last byte). Token values may point
// into the lexer's storage, which ends with the lexer, so the tests look at texts and at values taken before.
Lexed lex(const std::string& text, LexerMode mode = LexerMode::Tokenize)
{
    Lexed result;
    result.source = std::make_shared<std::string>(text);
    const std::string& source = *result.source;
    static std::vector<std::unique_ptr<Lexer>> kept_alive; // values stay valid for the whole test run
    kept_alive.push_back(std::make_unique<Lexer>(source.data(), source.size(), mode));
    Lexer& lexer = *kept_alive.back();
    for (int guard = 0; guard < 100000; ++guard) {
        Token token = lexer.next();
        if (token.kind == TOKEN_END)
            break;
        result.tokens.push_back(token);
        if (token.kind == T_ERROR)
            break;
    }
    result.diagnostics = lexer.diagnostics();
    return result;
}

std::string kind_name(int kind)
{
    if (const char* name = token_name(kind))
        return name;
    return std::string(1, static_cast<char>(kind));
}

// "NAME text" for each token, whitespace tokens left out, to keep expectations short.
std::vector<std::string> summary(const std::string& source)
{
    std::vector<std::string> out;
    for (const Token& token : lex(source).tokens) {
        if (token.kind == T_WHITESPACE)
            continue;
        out.push_back(kind_name(token.kind) + " " + std::string(token.text, token.length));
    }
    return out;
}

std::vector<int> kinds(const std::string& source)
{
    std::vector<int> out;
    for (const Token& token : lex(source).tokens)
        if (token.kind != T_WHITESPACE)
            out.push_back(token.kind);
    return out;
}

const Token* find_kind(const Lexed& lexed, int kind, int nth = 0)
{
    for (const Token& token : lexed.tokens)
        if (token.kind == kind && nth-- == 0)
            return &token;
    return nullptr;
}

// The first parse error of the parser mode, as "MESSAGE @LINE", or "" when there is none.
std::string parse_error(const std::string& source)
{
    Lexed lexed = lex(source, LexerMode::Parse);
    for (const LexerDiagnostic& diagnostic : lexed.diagnostics)
        if (diagnostic.level == LexerDiagnostic::Level::ParseError) {
            EXPECT_FALSE(lexed.tokens.empty());
            if (!lexed.tokens.empty()) {
                EXPECT_EQ(lexed.tokens.back().kind, T_ERROR);
            }
            return diagnostic.message + " @" + std::to_string(diagnostic.line);
        }
    return "";
}

using Strings = std::vector<std::string>;

} // namespace

TEST(LexerInitial, InlineHtmlAndOpenTags)
{
    EXPECT_EQ(summary("a<?php echo 1 ?>b"),
              (Strings { "T_INLINE_HTML a", "T_OPEN_TAG <?php ", "T_ECHO echo", "T_LNUMBER 1", "T_CLOSE_TAG ?>",
                         "T_INLINE_HTML b" }));
    EXPECT_EQ(summary("<?= $a ?>"), (Strings { "T_OPEN_TAG_WITH_ECHO <?=", "T_VARIABLE $a", "T_CLOSE_TAG ?>" }));
    // Short open tags are on by default, as in `php -n`; `<?phpx` is `<?` then `phpx`.
    EXPECT_EQ(summary("<? 1"), (Strings { "T_OPEN_TAG <?", "T_LNUMBER 1" }));
    EXPECT_EQ(summary("<?phpx"), (Strings { "T_OPEN_TAG <?", "T_STRING phpx" }));
    EXPECT_EQ(summary("<?PHP\n1"), (Strings { "T_OPEN_TAG <?PHP\n", "T_LNUMBER 1" }));
    EXPECT_EQ(summary("<?php"), (Strings { "T_OPEN_TAG <?php" }));
    // `?>` takes one newline with it.
    EXPECT_EQ(summary("<?php ?>\n\nx"), (Strings { "T_OPEN_TAG <?php ", "T_CLOSE_TAG ?>\n", "T_INLINE_HTML \nx" }));
    EXPECT_EQ(summary("<?php ?>\r\nx"), (Strings { "T_OPEN_TAG <?php ", "T_CLOSE_TAG ?>\r\n", "T_INLINE_HTML x" }));
}

TEST(LexerInitial, ShortTagsOff)
{
    std::string source = "a<? b <?php c";
    Lexer lexer(source.data(), source.size(), LexerMode::Tokenize);
    lexer.set_short_open_tag(false);
    Token html = lexer.next();
    EXPECT_EQ(html.kind, T_INLINE_HTML);
    EXPECT_EQ(std::string(html.text, html.length), "a<? b ");
    EXPECT_EQ(lexer.next().kind, T_OPEN_TAG);
}

TEST(LexerScripting, KeywordsAreCaseInsensitive)
{
    EXPECT_EQ(kinds("<?php FUNCTION Foo() { ReTuRn NULL; } Die;"),
              (std::vector<int> { T_OPEN_TAG, T_FUNCTION, T_STRING, '(', ')', '{', T_RETURN, T_STRING, ';', '}',
                                  T_EXIT, ';' }));
}

TEST(LexerScripting, Names)
{
    EXPECT_EQ(summary("<?php Foo\\Bar \\Baz namespace\\Qux namespace \\"),
              (Strings { "T_OPEN_TAG <?php ", "T_NAME_QUALIFIED Foo\\Bar", "T_NAME_FULLY_QUALIFIED \\Baz",
                         "T_NAME_RELATIVE namespace\\Qux", "T_NAMESPACE namespace", "T_NS_SEPARATOR \\" }));
    // Bytes from 0x80 are name characters.
    EXPECT_EQ(summary("<?php $\xc3\xa9t\xc3\xa9"), (Strings { "T_OPEN_TAG <?php ", "T_VARIABLE $\xc3\xa9t\xc3\xa9" }));
}

TEST(LexerScripting, ContextualKeywords)
{
    EXPECT_EQ(kinds("<?php enum Suit {}"), (std::vector<int> { T_OPEN_TAG, T_ENUM, T_STRING, '{', '}' }));
    EXPECT_EQ(kinds("<?php enum extends"), (std::vector<int> { T_OPEN_TAG, T_STRING, T_EXTENDS }));
    EXPECT_EQ(kinds("<?php enum(1)"), (std::vector<int> { T_OPEN_TAG, T_STRING, '(', T_LNUMBER, ')' }));
    EXPECT_EQ(kinds("<?php yield from $a; yield\n from; yield"),
              (std::vector<int> { T_OPEN_TAG, T_YIELD_FROM, T_VARIABLE, ';', T_YIELD_FROM, ';', T_YIELD }));
    EXPECT_EQ(kinds("<?php readonly fn"), (std::vector<int> { T_OPEN_TAG, T_READONLY, T_FN }));
}

TEST(LexerScripting, Ampersands)
{
    EXPECT_EQ(kinds("<?php &$a & $b &...$c & 1 &&"),
              (std::vector<int> { T_OPEN_TAG, T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG, T_VARIABLE,
                                  T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG, T_VARIABLE,
                                  T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG, T_ELLIPSIS, T_VARIABLE,
                                  T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG, T_LNUMBER, T_BOOLEAN_AND }));
}

TEST(LexerScripting, Casts)
{
    EXPECT_EQ(summary("<?php ( int )(integer)(\tbool\t)(float)(real)(string)(binary)(array)(object)(unset)( in t)"),
              (Strings { "T_OPEN_TAG <?php ", "T_INT_CAST ( int )", "T_INT_CAST (integer)", "T_BOOL_CAST (\tbool\t)",
                         "T_DOUBLE_CAST (float)", "T_DOUBLE_CAST (real)", "T_STRING_CAST (string)",
                         "T_STRING_CAST (binary)", "T_ARRAY_CAST (array)", "T_OBJECT_CAST (object)",
                         "T_UNSET_CAST (unset)", "( (", "T_STRING in", "T_STRING t", ") )" }));
    // A newline inside is not a cast.
    EXPECT_EQ(kinds("<?php (\nint)"), (std::vector<int> { T_OPEN_TAG, '(', T_STRING, ')' }));
}

TEST(LexerScripting, Operators)
{
    EXPECT_EQ(kinds("<?php ?-> -> :: ... ?? ??= ** **= <=> <> != !== === <<= >>= #[ "),
              (std::vector<int> { T_OPEN_TAG, T_NULLSAFE_OBJECT_OPERATOR, T_OBJECT_OPERATOR,
                                  T_PAAMAYIM_NEKUDOTAYIM, T_ELLIPSIS, T_COALESCE, T_COALESCE_EQUAL, T_POW,
                                  T_POW_EQUAL, T_SPACESHIP, T_IS_NOT_EQUAL, T_IS_NOT_EQUAL, T_IS_NOT_IDENTICAL,
                                  T_IS_IDENTICAL, T_SL_EQUAL, T_SR_EQUAL, T_ATTRIBUTE }));
}

TEST(LexerProperty, KeywordsAfterArrowAreNames)
{
    EXPECT_EQ(summary("<?php $a->class->list?->function"),
              (Strings { "T_OPEN_TAG <?php ", "T_VARIABLE $a", "T_OBJECT_OPERATOR ->", "T_STRING class",
                         "T_OBJECT_OPERATOR ->", "T_STRING list", "T_NULLSAFE_OBJECT_OPERATOR ?->",
                         "T_STRING function" }));
    // Whitespace and comments may come between the arrow and the name.
    EXPECT_EQ(kinds("<?php $a-> /* c */ class"),
              (std::vector<int> { T_OPEN_TAG, T_VARIABLE, T_OBJECT_OPERATOR, T_COMMENT, T_STRING }));
    EXPECT_EQ(kinds("<?php $a->{'x'}"),
              (std::vector<int> { T_OPEN_TAG, T_VARIABLE, T_OBJECT_OPERATOR, '{', T_CONSTANT_ENCAPSED_STRING, '}' }));
}

TEST(LexerComments, Kinds)
{
    EXPECT_EQ(summary("<?php # a\n// b ?>x"),
              (Strings { "T_OPEN_TAG <?php ", "T_COMMENT # a", "T_COMMENT // b ", "T_CLOSE_TAG ?>",
                         "T_INLINE_HTML x" }));
    EXPECT_EQ(summary("<?php /** d */ /**/ /* c */"),
              (Strings { "T_OPEN_TAG <?php ", "T_DOC_COMMENT /** d */", "T_COMMENT /**/", "T_COMMENT /* c */" }));
    // token_get_all() gives an unterminated comment up to the end of the file.
    EXPECT_EQ(summary("<?php /* open"), (Strings { "T_OPEN_TAG <?php ", "T_COMMENT /* open" }));
}

TEST(LexerNumbers, Kinds)
{
    EXPECT_EQ(summary("<?php 0x1F 0b101 0o17 017 1_000 1.5 .5 1. 1e3 9223372036854775807 9223372036854775808"),
              (Strings { "T_OPEN_TAG <?php ", "T_LNUMBER 0x1F", "T_LNUMBER 0b101", "T_LNUMBER 0o17", "T_LNUMBER 017",
                         "T_LNUMBER 1_000", "T_DNUMBER 1.5", "T_DNUMBER .5", "T_DNUMBER 1.", "T_DNUMBER 1e3",
                         "T_LNUMBER 9223372036854775807", "T_DNUMBER 9223372036854775808" }));
    EXPECT_EQ(summary("<?php 0x7FFFFFFFFFFFFFFF 0x8000000000000000 1__0 1_"),
              (Strings { "T_OPEN_TAG <?php ", "T_LNUMBER 0x7FFFFFFFFFFFFFFF", "T_DNUMBER 0x8000000000000000",
                         "T_LNUMBER 1", "T_STRING __0", "T_LNUMBER 1", "T_STRING _" }));
}

TEST(LexerNumbers, IntegerValues)
{
    int64_t value = 0;
    EXPECT_TRUE(integer_literal_value("0x1F", value));
    EXPECT_EQ(value, 31);
    EXPECT_TRUE(integer_literal_value("0b1_01", value));
    EXPECT_EQ(value, 5);
    EXPECT_TRUE(integer_literal_value("0o17", value));
    EXPECT_EQ(value, 15);
    EXPECT_TRUE(integer_literal_value("017", value));
    EXPECT_EQ(value, 15);
    EXPECT_TRUE(integer_literal_value("1_000_000", value));
    EXPECT_EQ(value, 1000000);
    EXPECT_TRUE(integer_literal_value("9223372036854775807", value));
    EXPECT_EQ(value, INT64_MAX);
    EXPECT_FALSE(integer_literal_value("9223372036854775808", value));
    EXPECT_FALSE(integer_literal_value("0x8000000000000000", value));
    EXPECT_TRUE(integer_literal_value("0", value));
    EXPECT_EQ(value, 0);
}

TEST(LexerNumbers, FloatValues)
{
    EXPECT_DOUBLE_EQ(float_literal_value("1.5"), 1.5);
    EXPECT_DOUBLE_EQ(float_literal_value(".5"), 0.5);
    EXPECT_DOUBLE_EQ(float_literal_value("1_0.2_5e1"), 102.5);
    EXPECT_DOUBLE_EQ(float_literal_value("9223372036854775808"), 9223372036854775808.0);
    EXPECT_DOUBLE_EQ(float_literal_value("0x8000000000000000"), 9223372036854775808.0);
    EXPECT_DOUBLE_EQ(float_literal_value("0xE"), 14.0);
    EXPECT_DOUBLE_EQ(float_literal_value("0b" + std::string(64, '1')), 18446744073709551615.0);
    EXPECT_DOUBLE_EQ(float_literal_value("01777777777777777777777"), 18446744073709551615.0);
    EXPECT_EQ(float_literal_value("1e999"), HUGE_VAL);
}

TEST(LexerStrings, ConstantStringValues)
{
    Lexed lexed = lex("<?php 'it\\'s \\\\ \\n' \"a\\tb\\x41\\101\\u{1F600}\\$\\\"\\q\" 'plain' b'x'");
    const Token* single = find_kind(lexed, T_CONSTANT_ENCAPSED_STRING, 0);
    ASSERT_NE(single, nullptr);
    EXPECT_EQ(single->value, "it's \\ \\n");
    const Token* dq = find_kind(lexed, T_CONSTANT_ENCAPSED_STRING, 1);
    ASSERT_NE(dq, nullptr);
    EXPECT_EQ(dq->value, "a\tbAA\xf0\x9f\x98\x80$\"\\q");
    const Token* plain = find_kind(lexed, T_CONSTANT_ENCAPSED_STRING, 2);
    ASSERT_NE(plain, nullptr);
    EXPECT_EQ(plain->value, "plain");
    // Without escapes the value points into the source: no copy.
    EXPECT_EQ(plain->value.data(), plain->text + 1);
    const Token* binary = find_kind(lexed, T_CONSTANT_ENCAPSED_STRING, 3);
    ASSERT_NE(binary, nullptr);
    EXPECT_EQ(binary->value, "x");
}

TEST(LexerStrings, Interpolation)
{
    EXPECT_EQ(summary("<?php \"a $b {$c} ${d} ${e[1]} $f[0] $g[-1] $h[x] $i[$j] $k->l $m?->n $o->\""),
              (Strings { "T_OPEN_TAG <?php ", "\" \"", "T_ENCAPSED_AND_WHITESPACE a ", "T_VARIABLE $b",
                         "T_ENCAPSED_AND_WHITESPACE  ", "T_CURLY_OPEN {", "T_VARIABLE $c", "} }",
                         "T_ENCAPSED_AND_WHITESPACE  ", "T_DOLLAR_OPEN_CURLY_BRACES ${", "T_STRING_VARNAME d", "} }",
                         "T_ENCAPSED_AND_WHITESPACE  ", "T_DOLLAR_OPEN_CURLY_BRACES ${", "T_STRING_VARNAME e",
                         "[ [", "T_LNUMBER 1", "] ]", "} }", "T_ENCAPSED_AND_WHITESPACE  ", "T_VARIABLE $f", "[ [",
                         "T_NUM_STRING 0", "] ]", "T_ENCAPSED_AND_WHITESPACE  ", "T_VARIABLE $g", "[ [", "- -",
                         "T_NUM_STRING 1", "] ]", "T_ENCAPSED_AND_WHITESPACE  ", "T_VARIABLE $h", "[ [",
                         "T_STRING x", "] ]", "T_ENCAPSED_AND_WHITESPACE  ", "T_VARIABLE $i", "[ [",
                         "T_VARIABLE $j", "] ]", "T_ENCAPSED_AND_WHITESPACE  ", "T_VARIABLE $k",
                         "T_OBJECT_OPERATOR ->", "T_STRING l", "T_ENCAPSED_AND_WHITESPACE  ", "T_VARIABLE $m",
                         "T_NULLSAFE_OBJECT_OPERATOR ?->", "T_STRING n", "T_ENCAPSED_AND_WHITESPACE  ",
                         "T_VARIABLE $o", "T_ENCAPSED_AND_WHITESPACE ->", "\" \"" }));
    // `${expr}` scans the expression in code.
    EXPECT_EQ(kinds("<?php \"${$a}\""),
              (std::vector<int> { T_OPEN_TAG, '"', T_DOLLAR_OPEN_CURLY_BRACES, T_VARIABLE, '}', '"' }));
    EXPECT_EQ(kinds("<?php `ls $a`"),
              (std::vector<int> { T_OPEN_TAG, '`', T_ENCAPSED_AND_WHITESPACE, T_VARIABLE, '`' }));
    // An invalid offset character ends the offset with an empty string token.
    Lexed lexed = lex("<?php \"$a[ ]\"");
    const Token* empty = find_kind(lexed, T_ENCAPSED_AND_WHITESPACE);
    ASSERT_NE(empty, nullptr);
    EXPECT_EQ(empty->length, 0u);
}

TEST(LexerStrings, EncapsedValuesAreDecoded)
{
    Lexed lexed = lex("<?php \"\\t$a\\n\"");
    const Token* first = find_kind(lexed, T_ENCAPSED_AND_WHITESPACE, 0);
    const Token* second = find_kind(lexed, T_ENCAPSED_AND_WHITESPACE, 1);
    ASSERT_NE(first, nullptr);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(first->value, "\t");
    EXPECT_EQ(second->value, "\n");
}

TEST(LexerStrings, UnterminatedStrings)
{
    EXPECT_EQ(summary("<?php 'abc"), (Strings { "T_OPEN_TAG <?php ", "T_ENCAPSED_AND_WHITESPACE 'abc" }));
    EXPECT_EQ(summary("<?php \"abc"), (Strings { "T_OPEN_TAG <?php ", "\" \"", "T_ENCAPSED_AND_WHITESPACE abc" }));
}

TEST(LexerHeredoc, FlexibleClosingMarkerIndentationIsRemoved)
{
    Lexed lexed = lex("<?php\n$x = <<<EOT\n    a\n      b $c\n    d\n    EOT;\n");
    const Token* start = find_kind(lexed, T_START_HEREDOC);
    ASSERT_NE(start, nullptr);
    EXPECT_EQ(std::string(start->text, start->length), "<<<EOT\n");
    const Token* body = find_kind(lexed, T_ENCAPSED_AND_WHITESPACE, 0);
    ASSERT_NE(body, nullptr);
    EXPECT_EQ(std::string(body->text, body->length), "    a\n      b ");
    EXPECT_EQ(body->value, "a\n  b ");
    const Token* tail = find_kind(lexed, T_ENCAPSED_AND_WHITESPACE, 1);
    ASSERT_NE(tail, nullptr);
    EXPECT_EQ(std::string(tail->text, tail->length), "\n    d\n");
    EXPECT_EQ(tail->value, "\nd");
    const Token* end = find_kind(lexed, T_END_HEREDOC);
    ASSERT_NE(end, nullptr);
    EXPECT_EQ(std::string(end->text, end->length), "    EOT");
    EXPECT_EQ(end->line, 6u);
}

TEST(LexerHeredoc, NowdocAndQuotedLabels)
{
    Lexed lexed = lex("<?php <<<'N'\n  raw $x \\n\n  N;\n<<<\"Q\"\n\\tq\nQ;\n");
    const Token* nowdoc = find_kind(lexed, T_ENCAPSED_AND_WHITESPACE, 0);
    ASSERT_NE(nowdoc, nullptr);
    EXPECT_EQ(nowdoc->value, "raw $x \\n");
    const Token* quoted = find_kind(lexed, T_ENCAPSED_AND_WHITESPACE, 1);
    ASSERT_NE(quoted, nullptr);
    EXPECT_EQ(quoted->value, "\tq");
}

TEST(LexerHeredoc, EmptyBodyAndLabelPrefixes)
{
    EXPECT_EQ(summary("<?php <<<EOT\nEOT;"),
              (Strings { "T_OPEN_TAG <?php ", "T_START_HEREDOC <<<EOT\n", "T_END_HEREDOC EOT", "; ;" }));
    // A line that only starts with the label is body text.
    Lexed lexed = lex("<?php <<<EOT\nEOTX\nEOT;");
    const Token* body = find_kind(lexed, T_ENCAPSED_AND_WHITESPACE);
    ASSERT_NE(body, nullptr);
    EXPECT_EQ(body->value, "EOTX");
}

TEST(LexerHeredoc, NestedHeredocInInterpolation)
{
    EXPECT_EQ(kinds("<?php <<<A\n  {$x(<<<B\n    b\n    B)}\n  A;"),
              (std::vector<int> { T_OPEN_TAG, T_START_HEREDOC, T_ENCAPSED_AND_WHITESPACE, T_CURLY_OPEN, T_VARIABLE,
                                  '(', T_START_HEREDOC, T_ENCAPSED_AND_WHITESPACE, T_END_HEREDOC, ')', '}',
                                  T_ENCAPSED_AND_WHITESPACE, T_END_HEREDOC, ';' }));
}

TEST(LexerLines, LinesFollowNewlines)
{
    Lexed lexed = lex("<?php\n$a\r\n$b\r$c /* x\ny */ $d\n'\n' $e <<<X\nq\nX;\n$f");
    std::vector<uint32_t> variable_lines;
    for (const Token& token : lexed.tokens)
        if (token.kind == T_VARIABLE)
            variable_lines.push_back(token.line);
    EXPECT_EQ(variable_lines, (std::vector<uint32_t> { 2, 3, 4, 5, 7, 10 }));
    const Token* end = find_kind(lexed, T_END_HEREDOC);
    ASSERT_NE(end, nullptr);
    EXPECT_EQ(end->line, 9u);
}

TEST(LexerHaltCompiler, RestIsInlineHtml)
{
    Lexed lexed = lex("<?php __halt_compiler ( ) ; \x01 data <?php\nmore");
    ASSERT_FALSE(lexed.tokens.empty());
    const Token& last = lexed.tokens.back();
    EXPECT_EQ(last.kind, T_INLINE_HTML);
    EXPECT_EQ(std::string(last.text, last.length), " \x01 data <?php\nmore");
    // Nothing after the three tokens: no inline HTML token.
    Lexed bare = lex("<?php __halt_compiler();");
    EXPECT_EQ(bare.tokens.back().kind, ';');
}

TEST(LexerBadCharacters, ControlBytes)
{
    EXPECT_EQ(kinds(std::string("<?php \x01 \x00 $a", 12)),
              (std::vector<int> { T_OPEN_TAG, T_BAD_CHARACTER, T_BAD_CHARACTER, T_VARIABLE }));
}

TEST(LexerEnd, EndIsReturnedRepeatedly)
{
    std::string source = "<?php 1";
    Lexer lexer(source.data(), source.size());
    lexer.next();
    lexer.next();
    EXPECT_EQ(lexer.next().kind, TOKEN_END);
    EXPECT_EQ(lexer.next().kind, TOKEN_END);
}

TEST(LexerErrors, ParseErrorsHavePhpTextAndLine)
{
    EXPECT_EQ(parse_error("<?php\n$a = 1;\n$b = 019;\n"), "Invalid numeric literal @3");
    EXPECT_EQ(parse_error("<?php\n$a = \"x\n\\u{zz}\";\n"), "Invalid UTF-8 codepoint escape sequence @3");
    EXPECT_EQ(parse_error("<?php\n$a = \"x\\u{110000}\";\n"),
              "Invalid UTF-8 codepoint escape sequence: Codepoint too large @2");
    EXPECT_EQ(parse_error("<?php\n$a = \"$x\n\\u{}\";\n"), "Invalid UTF-8 codepoint escape sequence @3");
    EXPECT_EQ(parse_error("<?php\n$a = 1;\n/* abc\n\n"), "Unterminated comment starting line 3 @3");
    EXPECT_EQ(parse_error("<?php\n$a = (real) 1;\n"), "The (real) cast has been removed, use (float) instead @2");
}

TEST(LexerErrors, Nesting)
{
    EXPECT_EQ(parse_error("<?php\nfoo(1];\n"), "Unclosed '(' does not match ']' @2");
    EXPECT_EQ(parse_error("<?php\nfoo(\n1];\n"), "Unclosed '(' on line 2 does not match ']' @3");
    EXPECT_EQ(parse_error("<?php\n}\n"), "Unmatched '}' @2");
    EXPECT_EQ(parse_error("<?php\nfunction f() {\n\n"), "Unclosed '{' on line 2 @4");
    EXPECT_EQ(parse_error("<?php\n\"{$a\n"), "Unclosed '{' on line 2 @3");
    EXPECT_EQ(parse_error("<?php #[A] [()] {\"{$a[1]}\"}"), "");
}

TEST(LexerErrors, HeredocIndentation)
{
    EXPECT_EQ(parse_error("<?php\n$a = <<<EOT\n  a\n b\n  EOT;\n"),
              "Invalid body indentation level (expecting an indentation level of at least 2) @4");
    EXPECT_EQ(parse_error("<?php\n$a = <<<EOT\n  a\n\t b\n \tEOT;\n"),
              "Invalid indentation - tabs and spaces cannot be mixed @3");
    EXPECT_EQ(parse_error("<?php\n$a = <<<EOT\n \ta\n  EOT;\n"),
              "Invalid indentation - tabs and spaces cannot be mixed @3");
    EXPECT_EQ(parse_error("<?php\n$a = <<<'EOT'\n  a\n b\n  EOT;\n"),
              "Invalid body indentation level (expecting an indentation level of at least 2) @4");
    EXPECT_EQ(parse_error("<?php\n$a = <<<EOT\n \tEOT;\n"), "Invalid indentation - tabs and spaces cannot be mixed @3");
    EXPECT_EQ(parse_error("<?php\n$a = <<<EOT\n  a {$x} b\n c\n  EOT;\n"),
              "Invalid body indentation level (expecting an indentation level of at least 2) @4");
    // PHP reports this one "in [no active file] on line 0".
    EXPECT_EQ(parse_error("<?php\n$a = <<<EOT\n$x\n  EOT;\n"),
              "Invalid body indentation level (expecting an indentation level of at least 2) @0");
    EXPECT_EQ(parse_error("<?php\n$a = <<<EOT\n  a\n  EOT . <<<EOT\n b\n EOT;\n"), "");
}

TEST(LexerErrors, TokenizeModeKeepsGoing)
{
    Lexed lexed = lex("<?php 019; /* x", LexerMode::Tokenize);
    EXPECT_EQ(kinds("<?php 019; /* x"), (std::vector<int> { T_OPEN_TAG, T_LNUMBER, ';', T_COMMENT }));
    EXPECT_TRUE(lexed.diagnostics.empty());
}

TEST(LexerWarnings, OctalEscapeOverflow)
{
    Lexed lexed = lex("<?php\n$a = \"\n\\400\";\n", LexerMode::Parse);
    ASSERT_EQ(lexed.diagnostics.size(), 1u);
    EXPECT_EQ(lexed.diagnostics[0].level, LexerDiagnostic::Level::Warning);
    EXPECT_EQ(lexed.diagnostics[0].message, "Octal escape sequence overflow \\400 is greater than \\377");
    EXPECT_EQ(lexed.diagnostics[0].line, 3u);
    const Token* string = find_kind(lexed, T_CONSTANT_ENCAPSED_STRING);
    ASSERT_NE(string, nullptr);
    EXPECT_EQ(string->value, std::string("\n\x00", 2));
}

TEST(LexerPrint, TokensFormat)
{
    std::string source = "<?php echo \"a\\t$b\xff\";";
    std::string out;
    print_tokens(source.data(), source.size(), out);
    EXPECT_EQ(out,
              "1\tT_OPEN_TAG\t<?php \n"
              "1\tT_ECHO\techo\n"
              "1\tT_WHITESPACE\t \n"
              "1\t\"\t\"\n"
              "1\tT_ENCAPSED_AND_WHITESPACE\ta\\\\t\n"
              "1\tT_VARIABLE\t$b\\xff\n"
              "1\t\"\t\"\n"
              "1\t;\t;\n");
}

TEST(LexerStrings, OnlyTheFirstPropertyIsInterpolated)
{
    EXPECT_EQ(summary("<?php \"$a->b->c $a[0x1] $a[01]\""),
              (Strings { "T_OPEN_TAG <?php ", "\" \"", "T_VARIABLE $a", "T_OBJECT_OPERATOR ->", "T_STRING b",
                         "T_ENCAPSED_AND_WHITESPACE ->c ", "T_VARIABLE $a", "[ [", "T_NUM_STRING 0x1", "] ]",
                         "T_ENCAPSED_AND_WHITESPACE  ", "T_VARIABLE $a", "[ [", "T_NUM_STRING 01", "] ]", "\" \"" }));
}

TEST(LexerProperty, HashAfterArrowIsAComment)
{
    EXPECT_EQ(summary("<?php $a->#[x]\nb"),
              (Strings { "T_OPEN_TAG <?php ", "T_VARIABLE $a", "T_OBJECT_OPERATOR ->", "T_COMMENT #[x]",
                         "T_STRING b" }));
}

TEST(LexerHeredoc, WindowsNewlines)
{
    Lexed lexed = lex("<?php <<<EOT\r\n  a\r\n  b\r\n  EOT;");
    const Token* body = find_kind(lexed, T_ENCAPSED_AND_WHITESPACE);
    ASSERT_NE(body, nullptr);
    EXPECT_EQ(std::string(body->text, body->length), "  a\r\n  b\r\n");
    EXPECT_EQ(body->value, "a\r\nb");
    const Token* end = find_kind(lexed, T_END_HEREDOC);
    ASSERT_NE(end, nullptr);
    EXPECT_EQ(end->line, 4u);
}

TEST(LexerHeredoc, UnterminatedBodyRunsToTheEnd)
{
    EXPECT_EQ(summary("<?php <<<EOT\nabc"),
              (Strings { "T_OPEN_TAG <?php ", "T_START_HEREDOC <<<EOT\n", "T_ENCAPSED_AND_WHITESPACE abc" }));
}

TEST(LexerHaltCompiler, CloseTagAsThirdToken)
{
    Lexed lexed = lex("<?php __halt_compiler() ?>\nx\ny");
    ASSERT_FALSE(lexed.tokens.empty());
    const Token& last = lexed.tokens.back();
    EXPECT_EQ(last.kind, T_INLINE_HTML);
    EXPECT_EQ(std::string(last.text, last.length), "x\ny");
    EXPECT_EQ(last.line, 1u); // the line of the third token, as token_get_all() reports it
}

TEST(LexerErrors, UnclosedBracketAfterHaltCompiler)
{
    EXPECT_EQ(parse_error("<?php\nnamespace foo {\n    __halt_compiler();\n\n?>\n"), "Unclosed '{' on line 2 @3");
}
