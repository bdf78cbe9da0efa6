// The state one parse shares between the Bison grammar's actions, the token feed and the error reporter.
//
// Private to the parser library: the grammar (php.y) includes it to build nodes, parser.cpp owns the lexer side
// (yylex) and the syntax-error wording. Nothing here outlives parse_php(): the nodes live in the caller's Arena,
// the diagnostics are moved into the ParseResult.
#pragma once

#include "lexer/lexer.h"
#include "parser/ast.h"
#include "parser/parser.h"

#include <cstdint>
#include <vector>

namespace miniphp {

// The text of a keyword token, kept so a keyword used as a name (`$x->list`, `function print()`) becomes one.
struct Word {
    const char* text;
    uint32_t length;
    uint32_t line;
};

struct ParserContext {
    Arena& arena;
    Lexer lexer;
    const char* source;
    size_t length;
    std::vector<ParseDiagnostic>& diagnostics;
    size_t lexer_diagnostics_seen = 0;

    // The token handed to the parser last: what a syntax error names as "unexpected".
    int last_kind = 0;
    const char* last_text = nullptr;
    size_t last_length = 0;
    uint32_t line = 1;       // the scanner's line after the last token, as PHP's CG(zend_lineno)
    uint32_t last_line = 1;  // the line the last token starts on

    Node* doc_comment = nullptr;  // the latest doc comment not yet claimed by a declaration
    uint32_t function_flags = 0;  // Generator once a yield is seen inside the current function body
    bool stop_lexing = false;     // after __halt_compiler();
    bool failed = false;
    // Brackets open at the last token, for the "Unclosed '{'" error when __halt_compiler() stops the input early.
    struct OpenBracket {
        char bracket;
        uint32_t line;
    };
    std::vector<OpenBracket> open_brackets;
    Node* root = nullptr;

    ParserContext(Arena& arena_, const char* source_, size_t length_, std::vector<ParseDiagnostic>& diagnostics_)
        : arena(arena_), lexer(source_, length_), source(source_), length(length_), diagnostics(diagnostics_)
    {
    }

    Node* take_doc_comment()
    {
        Node* comment = doc_comment;
        doc_comment = nullptr;
        return comment;
    }

    // Node building for the grammar actions. A node's line is its first child's, else the current line, the
    // way PHP numbers its AST nodes.
    Node* node(NodeKind kind, std::initializer_list<Node*> children, uint32_t flags = 0)
    {
        uint32_t at = line;
        if (children.size() && *children.begin())
            at = (*children.begin())->line;
        return make_node(arena, kind, at, children, flags);
    }
    Node* list(NodeKind kind) { return make_list(arena, kind, line); }
    Node* list(NodeKind kind, Node* first) { return make_list(arena, kind, first ? first->line : line, first); }
    Node* append(Node* list, Node* item)
    {
        list_append(arena, list, item);
        return list;
    }
    Node* word(const Word& word) { return make_text(arena, NodeKind::String, word.line, word.text, word.length); }
    // A keyword used as a name. `<?=` reads as `echo` but is no name: that is a parse error (null).
    Node* keyword_identifier(const Word& word);
    Node* string(const char* text, size_t length) { return make_text(arena, NodeKind::String, line, text, length); }

    // Declarations: name, doc, then the construct's own parts, with start and end lines.
    Node* declaration(NodeKind kind, uint32_t flags, uint32_t start_line, Node* doc, Node* name, Node* part0,
                      Node* part1, Node* part2, Node* part3)
    {
        Node* decl = make_node(arena, kind, start_line, { name, doc, part0, part1, part2, part3, nullptr }, flags);
        decl->end_line = line;
        return decl;
    }

    void fatal(const char* message);
    // Modifier lists, checked as PHP checks them while parsing: a repeated or contradictory modifier is a
    // compile error (fatal), reported at once. Return 0 after reporting one.
    uint32_t add_class_modifier(uint32_t flags, uint32_t flag);
    uint32_t add_member_modifier(uint32_t flags, uint32_t flag);
    // declare(encoding=...) is handled while parsing in PHP, because it may change how the rest is read. Without
    // zend.multibyte (the default) it is only a warning; a value that is not a literal is a compile error.
    bool check_encoding_declaration(Node* declares);
};

// Records PHP's "syntax error, unexpected ..." for the token the parser stopped at (parser.cpp).
void report_syntax_error(ParserContext& context, const char* unexpected, const char* const* expected, int count);

// Attributes go in the last child of the kinds that take them.
Node* attach_attributes(Node* target, Node* attributes);
// `Foo::class` is a ClassName, anything else after `::` a ClassConstant.
Node* class_constant_or_name(ParserContext& context, Node* class_name, Node* name);
// "$a[-1]" inside a string: the offset is negated as written.
Node* negate_offset(ParserContext& context, Node* offset);

} // namespace miniphp
