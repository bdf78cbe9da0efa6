// Compiling declared types (parameters and return values) into a type mask and the name PHP's
// messages use for the type, with PHP's compile-time checks of the declaration.
//
// The name is built as zend_type_to_string orders it: class names as written, then callable, object,
// array, string, int, float, bool (or false/true), void, never, and null last, written "?T" when the
// type is a single other type. iterable is PHP 8.2's Traversable|array.
#include "engine/compiler/compiler_internal.h"

#include <cstring>
#include <strings.h>

#include "engine/operators/string_builder.h"

namespace miniphp::compiler {

namespace {

struct BuiltinTypeName {
    const char* name;
    uint32_t mask;
};

// The names PHP reserves for built-in types (any case). iterable adds the class Traversable.
constexpr BuiltinTypeName kBuiltinTypes[] = {
    {"int", MAY_BE_LONG},       {"float", MAY_BE_DOUBLE},     {"string", MAY_BE_STRING},
    {"bool", MAY_BE_BOOL},      {"false", MAY_BE_FALSE},      {"true", MAY_BE_TRUE},
    {"null", MAY_BE_NULL},      {"void", MAY_BE_VOID},        {"never", MAY_BE_NEVER},
    {"mixed", MAY_BE_ANY},      {"object", MAY_BE_OBJECT},    {"iterable", MAY_BE_ARRAY | MAY_BE_CLASS},
};

struct TypeBuilder {
    uint32_t mask = 0;
    smart_str classes {}; // "A|B" as written
    const char* first_duplicate = nullptr;
};

void add_class(TypeBuilder& type, const char* name, size_t length)
{
    if (type.classes.s)
        smart_str_appendc(&type.classes, '|');
    smart_str_appendl(&type.classes, name, length);
    type.mask |= MAY_BE_CLASS;
}

void add_single(TypeBuilder& type, const Node* node)
{
    uint32_t adds = 0;
    const char* builtin_name = nullptr;
    if (node->kind == NodeKind::BuiltinType) {
        switch (node->flags & 0xff) {
        case TypeArray: adds = MAY_BE_ARRAY; builtin_name = "array"; break;
        case TypeCallable: adds = MAY_BE_CALLABLE; builtin_name = "callable"; break;
        default: adds = MAY_BE_STATIC; builtin_name = "static"; break;
        }
    } else {
        std::string_view text = node->string();
        bool qualified = (node->flags & NameFullyQualified) || text.find('\\\\') != std::string_view::npos;
        if (!text.empty() && text[0] == '\\\\')
            text.remove_prefix(1);
        if (!qualified) {
            for (const BuiltinTypeName& builtin : kBuiltinTypes) {
                if (text.size() == std::strlen(builtin.name) && strncasecmp(text.data(), builtin.name, text.size()) == 0) {
                    adds = builtin.mask;
                    builtin_name = builtin.name;
                    break;
                }
            }
        }
        if (!builtin_name) {
            add_class(type, text.data(), text.size());
            return;
        }
        if (adds & MAY_BE_CLASS) // iterable
            add_class(type, "Traversable", 11);
    }
    uint32_t value_bits = adds & ~MAY_BE_CLASS;
    if (!type.first_duplicate && value_bits) {
        if ((type.mask & value_bits) == value_bits && std::strcmp(builtin_name, "iterable") != 0)
            type.first_duplicate = builtin_name;
        else if (value_bits == MAY_BE_BOOL && (type.mask & MAY_BE_BOOL))
            type.first_duplicate = (type.mask & MAY_BE_FALSE) ? "false" : "true";
    }
    type.mask |= adds;
}

void append_name(smart_str* out, const char* name)
{
    if (out->s && ZSTR_LEN(out->s))
        smart_str_appendc(out, '|');
    smart_str_appends(out, name);
}

} // namespace

bool compile_type(Compiler& compiler, const Node* node, TypeContext context, uint32_t* mask_out, zend_string** name_out,
                  bool add_null)
{
    if (!node) {
        *mask_out = 0;
        *name_out = nullptr;
        return false;
    }
    if (node->kind == NodeKind::IntersectionType)
        not_supported(compiler, node, "intersection types");
    TypeBuilder type;
    if (node->kind == NodeKind::UnionType) {
        for (uint32_t i = 0; i < node->count; ++i) {
            const Node* member = node->child(i);
            if (member->kind == NodeKind::IntersectionType)
                not_supported(compiler, member, "intersection types");
            add_single(type, member);
        }
    } else {
        add_single(type, node);
    }
    const bool nullable = (node->flags & TypeNullable) != 0;
    if (nullable && type.mask == MAY_BE_ANY)
        compile_error(compiler, node->line, messages::kMixedNullable);
    if (type.first_duplicate)
        compile_error(compiler, node->line, messages::kDuplicateType, type.first_duplicate);
    if (type.mask & MAY_BE_VOID) {
        if (context == TypeContext::Parameter)
            compile_error(compiler, node->line, messages::kVoidParameter);
        if (nullable || type.mask != MAY_BE_VOID)
            compile_error(compiler, node->line, messages::kVoidStandalone);
    }
    if (nullable || add_null)
        type.mask |= MAY_BE_NULL;

    // The name, in zend_type_to_string's order.
    smart_str name {};
    if (type.classes.s)
        smart_str_append(&name, type.classes.s);
    uint32_t mask = type.mask;
    if ((mask & MAY_BE_ANY) == MAY_BE_ANY) {
        append_name(&name, "mixed");
    } else {
        if (mask & MAY_BE_STATIC) append_name(&name, "static");
        if (mask & MAY_BE_CALLABLE) append_name(&name, "callable");
        if (mask & MAY_BE_OBJECT) append_name(&name, "object");
        if (mask & MAY_BE_ARRAY) append_name(&name, "array");
        if (mask & MAY_BE_STRING) append_name(&name, "string");
        if (mask & MAY_BE_LONG) append_name(&name, "int");
        if (mask & MAY_BE_DOUBLE) append_name(&name, "float");
        if ((mask & MAY_BE_BOOL) == MAY_BE_BOOL) append_name(&name, "bool");
        else if (mask & MAY_BE_FALSE) append_name(&name, "false");
        else if (mask & MAY_BE_TRUE) append_name(&name, "true");
        if (mask & MAY_BE_VOID) append_name(&name, "void");
        if (mask & MAY_BE_NEVER) append_name(&name, "never");
        if (mask & MAY_BE_NULL) {
            bool single = name.s && ZSTR_LEN(name.s) && !std::memchr(ZSTR_VAL(name.s), '|', ZSTR_LEN(name.s));
            if (single) {
                smart_str prefixed {};
                smart_str_appendc(&prefixed, '?');
                smart_str_append(&prefixed, name.s);
                smart_str_free(&name);
                name = prefixed;
            } else {
                append_name(&name, "null");
            }
        }
    }
    smart_str_free(&type.classes);
    *mask_out = mask;
    *name_out = zend_new_interned_string(smart_str_extract(&name));
    return true;
}

} // namespace miniphp::compiler
