// The C++ side of the grammar's actions: the few node rewrites too long to sit inside php.y.
#include "parser/parser_context.h"

#include <cstring>

namespace miniphp {

void ParserContext::fatal(const char* message)
{
    diagnostics.push_back({ ParseDiagnostic::Level::FatalError, message, line });
    failed = true;
}

uint32_t ParserContext::add_class_modifier(uint32_t flags, uint32_t flag)
{
    uint32_t combined = flags | flag;
    const char* problem = nullptr;
    if (flags & flag & ModifierAbstract)
        problem = "Multiple abstract modifiers are not allowed";
    else if (flags & flag & ModifierFinal)
        problem = "Multiple final modifiers are not allowed";
    else if (flags & flag & ModifierReadonly)
        problem = "Multiple readonly modifiers are not allowed";
    else if ((combined & ModifierAbstract) && (combined & ModifierFinal))
        problem = "Cannot use the final modifier on an abstract class";
    if (!problem)
        return combined;
    fatal(problem);
    return 0;
}

uint32_t ParserContext::add_member_modifier(uint32_t flags, uint32_t flag)
{
    constexpr uint32_t visibility = ModifierPublic | ModifierProtected | ModifierPrivate;
    uint32_t combined = flags | flag;
    const char* problem = nullptr;
    if ((flags & visibility) && (flag & visibility))
        problem = "Multiple access type modifiers are not allowed";
    else if (flags & flag & ModifierAbstract)
        problem = "Multiple abstract modifiers are not allowed";
    else if (flags & flag & ModifierStatic)
        problem = "Multiple static modifiers are not allowed";
    else if (flags & flag & ModifierFinal)
        problem = "Multiple final modifiers are not allowed";
    else if (flags & flag & ModifierReadonly)
        problem = "Multiple readonly modifiers are not allowed";
    else if ((combined & ModifierAbstract) && (combined & ModifierFinal))
        problem = "Cannot use the final modifier on an abstract class member";
    if (!problem)
        return combined;
    fatal(problem);
    return 0;
}

bool ParserContext::check_encoding_declaration(Node* declares)
{
    for (uint32_t i = 0; i < declares->count; ++i) {
        Node* declare = declares->children[i];
        std::string_view name = declare->child(0)->string();
        bool is_encoding = name.size() == 8;
        for (size_t c = 0; is_encoding && c < 8; ++c)
            is_encoding = (name[c] | 0x20) == "encoding"[c];
        if (!is_encoding)
            continue;
        NodeKind kind = declare->child(1)->kind;
        if (kind != NodeKind::Integer && kind != NodeKind::Float && kind != NodeKind::String) {
            fatal("Encoding must be a literal");
            return false;
        }
        diagnostics.push_back({ ParseDiagnostic::Level::Warning,
                                "declare(encoding=...) ignored because Zend multibyte feature is turned off by "
                                "settings",
                                line });
    }
    return true;
}

Node* ParserContext::keyword_identifier(const Word& keyword)
{
    if (keyword.length && keyword.text[0] == '<') {
        diagnostics.push_back({ ParseDiagnostic::Level::ParseError, "Cannot use \"<?=\" as an identifier", line });
        failed = true;
        return nullptr;
    }
    return word(keyword);
}

Node* attach_attributes(Node* target, Node* attributes)
{
    // Every kind that takes attributes keeps them in its last child (see the layouts in ast.h).
    if (target && target->count)
        target->children[target->count - 1] = attributes;
    return target;
}

Node* class_constant_or_name(ParserContext& context, Node* class_name, Node* name)
{
    // `::class` is case-insensitive and resolves the class name itself, so it is a node of its own.
    if (name->kind == NodeKind::String && name->text.length == 5) {
        const char* text = name->text.data;
        static const char lower[] = "class";
        bool same = true;
        for (size_t i = 0; i < 5 && same; ++i)
            same = (text[i] | 0x20) == lower[i];
        if (same)
            return context.node(NodeKind::ClassName, { class_name });
    }
    return context.node(NodeKind::ClassConstant, { class_name, name });
}

Node* negate_offset(ParserContext& context, Node* offset)
{
    if (offset->kind == NodeKind::Integer) {
        if (offset->integer == 0)
            return context.string("-0", 2);  // "-0" is a string key, not the integer 0
        offset->integer = -offset->integer;
        return offset;
    }
    // A string offset (too long or with a leading zero) keeps its text with the sign in front.
    size_t length = offset->text.length + 1;
    char* text = static_cast<char*>(context.arena.allocate(length + 1));
    text[0] = '-';
    std::memcpy(text + 1, offset->text.data, offset->text.length + 1);
    offset->text.data = text;
    offset->text.length = length;
    return offset;
}

} // namespace miniphp
