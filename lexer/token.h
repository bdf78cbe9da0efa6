// Token kinds of the PHP 8.2 lexer.
//
// A token kind is an int: 0 is the end of input, 1..255 are single-character tokens (';', '{', ...) that stand
// for themselves as in PHP, and 258 onwards are the named tokens of lexer/tokens.def in that file's order. The
// Bison grammar's token numbers are generated from the same file (parser/make_grammar.py), so a kind read here
// is the number the parser expects.
#pragma once

namespace miniphp {

enum TokenKind : int {
    TOKEN_END = 0,
    TOKEN_BEFORE_FIRST_NAMED = 257,
#define MINIPHP_TOKEN(name, description) name,
#include "lexer/tokens.def"
#undef MINIPHP_TOKEN
    TOKEN_AFTER_LAST_NAMED,
};

// "T_VARIABLE" for a named kind, nullptr for a single character or the end.
const char* token_name(int kind);

// How a syntax error names the kind ("identifier", "'function'", ...), "" when PHP gives it no description.
const char* token_description(int kind);

} // namespace miniphp
