// The AST arena, node constructors and the dump format described in ast.h.
//
// The arena hands out memory by bumping a pointer inside the current block; a request that does not fit opens a
// new block (64 KiB, or larger for a big request). Blocks are chained so reset() and the destructor return them
// all to the allocation hook in one walk. Lists grow by doubling into fresh arena memory: the old array is
// simply abandoned, which costs little because most lists are short and the whole arena dies with the parse.
#include "parser/ast.h"

#include "lexer/token.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace miniphp {

struct Block {
    Block* next;
    size_t size;
};

namespace {

constexpr size_t block_size = 64 * 1024;

void* malloc_block(size_t size, void*) { return std::malloc(size); }
void free_block(void* block, void*) { std::free(block); }

const char* const kind_names[] = {
#define MINIPHP_AST_KIND_NAME(name, layout) #name,
    MINIPHP_AST_KINDS(MINIPHP_AST_KIND_NAME)
#undef MINIPHP_AST_KIND_NAME
};

} // namespace

Arena::Arena() : m_allocator { malloc_block, free_block, nullptr } {}

Arena::Arena(ArenaAllocator allocator) : m_allocator(allocator) {}

Arena::~Arena() { reset(); }

void Arena::reset()
{
    Block* block = m_blocks;
    while (block) {
        Block* next = block->next;
        m_allocator.release(block, m_allocator.context);
        block = next;
    }
    m_blocks = nullptr;
    m_next = m_end = nullptr;
    m_reserved = 0;
}

void* Arena::allocate_slow(size_t size)
{
    size_t header = (sizeof(Block) + 15) & ~size_t(15);
    size_t wanted = size + header > block_size ? size + header : block_size;
    auto* block = static_cast<Block*>(m_allocator.allocate(wanted, m_allocator.context));
    if (!block) {
        std::fputs("miniphp: out of memory while parsing\n", stderr);
        std::abort();
    }
    block->next = m_blocks;
    block->size = wanted;
    m_blocks = block;
    m_reserved += wanted;
    char* start = reinterpret_cast<char*>(block) + header;
    // A big request gets a block of its own; keep filling the current one for the small ones that follow.
    if (wanted > block_size) 
        return start;
    m_next = start + size;
    m_end = reinterpret_cast<char*>(block) + wanted;
    return start;
}

const char* Arena::copy_string(const char* text, size_t length)
{
    char* copy = static_cast<char*>(allocate(length + 1));
    if (length)
        std::memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

const char* node_kind_name(NodeKind kind) { return kind_names[static_cast<size_t>(kind)]; }

const char* binary_operator_symbol(uint32_t op)
{
    static const char* const symbols[] = { "?", "+", "-", "*", "/", "%", "**", ".", "<<", ">>", "&", "|", "^",
                                           "xor", "===", "!==", "==", "!=", "<", "<=", "<=>" };
    return op < sizeof(symbols) / sizeof(symbols[0]) ? symbols[op] : "?";
}

static Node* new_node(Arena& arena, NodeKind kind, uint32_t line, uint32_t flags)
{
    auto* node = static_cast<Node*>(arena.allocate(sizeof(Node)));
    node->kind = kind;
    node->flags = flags;
    node->line = line;
    node->end_line = 0;
    node->count = 0;
    node->capacity = 0;
    node->children = nullptr;
    node->integer = 0;
    return node;
}

Node* make_node(Arena& arena, NodeKind kind, uint32_t line, std::initializer_list<Node*> children, uint32_t flags)
{
    Node* node = new_node(arena, kind, line, flags);
    if (children.size()) {
        node->children = static_cast<Node**>(arena.allocate(children.size() * sizeof(Node*)));
        for (Node* child : children)
            node->children[node->count++] = child;
        node->capacity = node->count;
    }
    return node;
}

Node* make_list(Arena& arena, NodeKind kind, uint32_t line) { return new_node(arena, kind, line, 0); }

Node* make_list(Arena& arena, NodeKind kind, uint32_t line, Node* first)
{
    Node* list = new_node(arena, kind, line, 0);
    list_append(arena, list, first);
    return list;
}

void list_append(Arena& arena, Node* list, Node* item)
{
    if (list->count == list->capacity) {
        uint32_t capacity = list->capacity ? list->capacity * 2 : 4;
        auto** children = static_cast<Node**>(arena.allocate(capacity * sizeof(Node*)));
        if (list->count)
            std::memcpy(children, list->children, list->count * sizeof(Node*));
        list->children = children;
        list->capacity = capacity;
    }
    list->children[list->count++] = item;
}

Node* make_integer(Arena& arena, uint32_t line, int64_t value)
{
    Node* node = new_node(arena, NodeKind::Integer, line, 0);
    node->integer = value;
    return node;
}

Node* make_float(Arena& arena, uint32_t line, double value)
{
    Node* node = new_node(arena, NodeKind::Float, line, 0);
    node->number = value;
    return node;
}

Node* make_text(Arena& arena, NodeKind kind, uint32_t line, const char* text, size_t length, uint32_t flags)
{
    Node* node = new_node(arena, kind, line, flags);
    node->text.data = arena.copy_string(text, length);
    node->text.length = length;
    return node;
}

static void dump_quoted(std::string_view text, std::string& out)
{
    out += '"';
    for (unsigned char c : text) {
        switch (c) {
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
                out += buffer;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
}

// The flags in words: an operator or cast for the kinds whose flags are one value, else the names of the bits.
static void describe_flags(const Node* node, std::string& out)
{
    uint32_t flags = node->flags;
    switch (node->kind) {
    case NodeKind::BinaryOperation:
    case NodeKind::AssignOperation:
        out += binary_operator_symbol(flags);
        return;
    case NodeKind::UnaryOperation:
        out += flags == UnaryNot ? "!" : "~";
        return;
    case NodeKind::Cast: {
        static const char* const casts[] = { "?", "int", "float", "string", "array", "object", "bool", "unset" };
        out += flags < 8 ? casts[flags] : "?";
        return;
    }
    case NodeKind::IncludeOrEval: {
        static const char* const kinds[] = { "?", "include", "include_once", "require", "require_once", "eval" };
        out += flags < 6 ? kinds[flags] : "?";
        return;
    }
    case NodeKind::MagicConst: {
        std::string_view description = token_description(static_cast<int>(flags));
        if (description.size() > 2)
            description = description.substr(1, description.size() - 2);  // '__LINE__' -> __LINE__
        out += description;
        return;
    }
    case NodeKind::UseList:
    case NodeKind::UseElement:
        out += flags == UseFunction ? "function" : flags == UseConst ? "const" : "class";
        return;
    case NodeKind::BuiltinType: {
        uint32_t type = flags & ~uint32_t(TypeNullable);
        out += type == TypeArray ? "array" : type == TypeCallable ? "callable" : "static";
        if (flags & TypeNullable)
            out += ",nullable";
        return;
    }
    default:
        break;
    }
    static const char* const bit_names[32] = {
        "public", "protected", "private", "static", "abstract", "final", "readonly", "returns-ref",
        "by-ref", "variadic", "interface", "trait", "enum", "anonymous", "nullable", "generator",
        "not-fq", "fq", "relative", "parenthesized", "array()", "[]", "list()", "{}-offset",
        "${name}", "${expr}", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
    };
    bool first = true;
    for (unsigned bit = 0; bit < 32; ++bit) {
        if (!(flags & (1u << bit)))
            continue;
        if (!first)
            out += ',';
        first = false;
        if (bit_names[bit]) {
            out += bit_names[bit];
        } else {
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "bit%u", bit);
            out += buffer;
        }
    }
}

static void dump_node(const Node* node, int depth, std::string& out)
{
    out.append(static_cast<size_t>(depth) * 2, ' ');
    if (!node) {
        out += "-\n";
        return;
    }
    out += node_kind_name(node->kind);
    char buffer[64];
    switch (node->kind) {
    case NodeKind::Integer:
        std::snprintf(buffer, sizeof buffer, " %lld", static_cast<long long>(node->integer));
        out += buffer;
        break;
    case NodeKind::Float:
        std::snprintf(buffer, sizeof buffer, " %.17G", node->number);
        out += buffer;
        break;
    case NodeKind::String:
    case NodeKind::Name:
        out += ' ';
        dump_quoted(node->string(), out);
        break;
    default:
        break;
    }
    if (node->flags) {
        out += " [";
        describe_flags(node, out);
        out += ']';
    }
    std::snprintf(buffer, sizeof buffer, " @%u", node->line);
    out += buffer;
    if (node->end_line) {
        std::snprintf(buffer, sizeof buffer, "..%u", node->end_line);
        out += buffer;
    }
    out += '\n';
    switch (node->kind) {
    case NodeKind::Integer:
    case NodeKind::Float:
    case NodeKind::String:
    case NodeKind::Name:
    case NodeKind::MagicConst:
    case NodeKind::BuiltinType:
        return;
    default:
        break;
    }
    for (uint32_t i = 0; i < node->count; ++i)
        dump_node(node->children[i], depth + 1, out);
}

void dump_ast(const Node* root, std::string& out) { dump_node(root, 0, out); }

} // namespace miniphp
