// Dumping values: var_dump, print_r, var_export (https://www.php.net/manual/en/ref.var.php), with PHP's
// exact layouts (ext/standard/var.c and Zend's print_r). Written bottom-up: each function's helpers
// come before it.
//
// Arrays are walked recursively; an array that contains itself (through a reference) is detected with
// the array's GC_PROTECTED flag, set while the walk is inside it, as PHP does. Immutable arrays (the
// empty array, literals) cannot contain themselves and are never flagged.
// FIXME(classes): objects.
#include "ext/standard/php_standard.h"
#include "ext/standard/standard_messages.h"

#include <cinttypes>

namespace {

bool enter_array(HashTable* ht)
{
    if (GC_FLAGS(ht) & GC_IMMUTABLE)
        return true;
    if (GC_IS_RECURSIVE(ht))
        return false;
    GC_PROTECT_RECURSION(ht);
    return true;
}

void leave_array(HashTable* ht)
{
    if (!(GC_FLAGS(ht) & GC_IMMUTABLE))
        GC_UNPROTECT_RECURSION(ht);
}

void append_spaces(smart_str* buffer, int count)
{
    for (int i = 0; i < count; ++i)
        smart_str_appendc(buffer, ' ');
}

// --- var_dump --------------------------------------------------------------------------------------------

// One value at nesting `level` (1 at top): indented by level-1 spaces, elements by level+1.
void var_dump_value(smart_str* out, zval* value, int level)
{
    if (level > 1)
        append_spaces(out, level - 1);
    // A reference someone else also holds is marked with "&", as PHP marks it.
    if (Z_ISREF_P(value)) {
        if (Z_REFCOUNT_P(value) > 1)
            smart_str_appendc(out, '&');
        value = Z_REFVAL_P(value);
    }
    switch (Z_TYPE_P(value)) {
    case IS_NULL: smart_str_appends(out, "NULL\n"); return;
    case IS_FALSE: smart_str_appends(out, "bool(false)\n"); return;
    case IS_TRUE: smart_str_appends(out, "bool(true)\n"); return;
    case IS_LONG: smart_str_append_printf(out, "int(%" PRId64 ")\n", Z_LVAL_P(value)); return;
    case IS_DOUBLE: {
        char digits[MINIPHP_DOUBLE_MAX_LENGTH];
        size_t length = miniphp::format_double_g(digits, Z_DVAL_P(value), miniphp::current_serialize_precision());
        smart_str_appends(out, "float(");
        smart_str_appendl(out, digits, length);
        smart_str_appends(out, ")\n");
        return;
    }
    case IS_STRING:
        smart_str_append_printf(out, "string(%zu) \"", Z_STRLEN_P(value));
        smart_str_append(out, Z_STR_P(value));
        smart_str_appends(out, "\"\n");
        return;
    case IS_ARRAY: {
        HashTable* ht = Z_ARRVAL_P(value);
        if (!enter_array(ht)) {
            smart_str_appends(out, "*RECURSION*\n");
            return;
        }
        smart_str_append_printf(out, "array(%u) {\n", zend_hash_num_elements(ht));
        zend_hash_for_each(ht, [&](zend_ulong index, zend_string* key, zval* element) {
            append_spaces(out, level + 1);
            if (key) {
                smart_str_appends(out, "[\"");
                smart_str_append(out, key);
                smart_str_appends(out, "\"]=>\n");
            } else {
                smart_str_append_printf(out, "[%" PRId64 "]=>\n", static_cast<zend_long>(index));
            }
            var_dump_value(out, element, level + 2);
        });
        leave_array(ht);
        if (level > 1)
            append_spaces(out, level - 1);
        smart_str_appends(out, "}\n");
        return;
    }
    case IS_RESOURCE: {
        // A closed resource has lost its type: PHP says "Unknown".
        const char* type = zend_rsrc_list_get_rsrc_type(Z_RES_P(value));
        smart_str_append_printf(out, "resource(%" PRId64 ") of type (%s)\n", static_cast<int64_t>(Z_RES_HANDLE_P(value)),
                                type ? type : "Unknown");
        return;
    }
    default: smart_str_appends(out, "NULL\n"); return; // FIXME(classes): objects
    }
}

// --- print_r -------------------------------------------------------------------------------------------

void print_r_value(smart_str* out, zval* value, int indent);

void print_r_array(smart_str* out, HashTable* ht, int indent)
{
    append_spaces(out, indent);
    smart_str_appends(out, "(\n");
    zend_hash_for_each(ht, [&](zend_ulong index, zend_string* key, zval* element) {
        append_spaces(out, indent + 4);
        smart_str_appendc(out, '[');
        if (key)
            smart_str_append(out, key);
        else
            smart_str_append_long(out, static_cast<zend_long>(index));
        smart_str_appends(out, "] => ");
        print_r_value(out, element, indent + 8);
        smart_str_appendc(out, '\n');
    });
    append_spaces(out, indent);
    smart_str_appends(out, ")\n");
}

void print_r_value(smart_str* out, zval* value, int indent)
{
    ZVAL_DEREF(value);
    if (Z_TYPE_P(value) == IS_ARRAY) {
        HashTable* ht = Z_ARRVAL_P(value);
        smart_str_appends(out, "Array\n");
        if (!enter_array(ht)) {
            smart_str_appends(out, " *RECURSION*");
            return;
        }
        print_r_array(out, ht, indent);
        leave_array(ht);
        return;
    }
    zend_string* text = zval_get_string(value);
    smart_str_append(out, text);
    zend_string_release(text);
}

// --- var_export ----------------------------------------------------------------------------------------

// A single-quoted PHP string literal: ' and \ escaped; NUL bytes leave the quotes as "\0".
void export_string(smart_str* out, const char* text, size_t length, bool nul_as_expression)
{
    smart_str_appendc(out, '\'');
    for (size_t i = 0; i < length; ++i) {
        char c = text[i];
        if (c == '\'' || c == '\\')
            smart_str_appendc(out, '\\');
        if (c == '\0' && nul_as_expression) {
            smart_str_appends(out, "' . \"\\0\" . '");
            continue;
        }
        smart_str_appendc(out, c);
    }
    smart_str_appendc(out, '\'');
}

void var_export_value(smart_str* out, zval* value, int level)
{
    ZVAL_DEREF(value);
    switch (Z_TYPE_P(value)) {
    case IS_NULL: smart_str_appends(out, "NULL"); return;
    case IS_FALSE: smart_str_appends(out, "false"); return;
    case IS_TRUE: smart_str_appends(out, "true"); return;
    case IS_LONG:
        // The literal -9223372036854775808 would be a float, so PHP writes the smallest int as an expression.
        if (Z_LVAL_P(value) == ZEND_LONG_MIN) {
            smart_str_appends(out, "-9223372036854775807-1");
            return;
        }
        smart_str_append_long(out, Z_LVAL_P(value));
        return;
    case IS_DOUBLE:
        smart_str_append_double(out, Z_DVAL_P(value), miniphp::current_serialize_precision(), true);
        return;
    case IS_STRING: export_string(out, Z_STRVAL_P(value), Z_STRLEN_P(value), true); return;
    case IS_ARRAY: {
        HashTable* ht = Z_ARRVAL_P(value);
        if (!enter_array(ht)) {
            zend_error(E_WARNING, "%s", standard_messages::kVarExportCircular);
            smart_str_appends(out, "NULL");
            return;
        }
        if (level > 1) {
            smart_str_appendc(out, '\n');
            append_spaces(out, level - 1);
        }
        smart_str_appends(out, "array (\n");
        zend_hash_for_each(ht, [&](zend_ulong index, zend_string* key, zval* element) {
            append_spaces(out, level + 1);
            if (key)
                export_string(out, ZSTR_VAL(key), ZSTR_LEN(key), false);
            else
                smart_str_append_long(out, static_cast<zend_long>(index));
            smart_str_appends(out, " => ");
            var_export_value(out, element, level + 2);
            smart_str_appends(out, ",\n");
        });
        leave_array(ht);
        if (level > 1)
            append_spaces(out, level - 1);
        smart_str_appendc(out, ')');
        return;
    }
    default: smart_str_appends(out, "NULL"); return; // resources export as NULL, as in PHP; FIXME(classes): objects
    }
}

void print_or_return(smart_str* out, bool return_output, zval* return_value)
{
    zend_string* text = out->s ? smart_str_extract(out) : ZSTR_EMPTY_ALLOC();
    if (return_output) {
        ZVAL_STR(return_value, text);
        return;
    }
    PHPWRITE(ZSTR_VAL(text), ZSTR_LEN(text));
    zend_string_release(text);
}

} // namespace

// var_dump(mixed $value, mixed ...$values): void
// https://www.php.net/manual/en/function.var-dump.php
PHP_FUNCTION(var_dump)
{
    zval* args;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z+", &args, &count) == FAILURE)
        RETURN_THROWS();
    for (uint32_t i = 0; i < count; ++i) {
        smart_str out {};
        var_dump_value(&out, &args[i], 1);
        print_or_return(&out, false, return_value);
    }
}

// print_r(mixed $value, bool $return = false): string|true
// https://www.php.net/manual/en/function.print-r.php
PHP_FUNCTION(print_r)
{
    zval* value;
    bool return_output = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z|b", &value, &return_output) == FAILURE)
        RETURN_THROWS();
    smart_str out {};
    print_r_value(&out, value, 0);
    print_or_return(&out, return_output, return_value);
    if (!return_output)
        RETURN_TRUE;
}

// var_export(mixed $value, bool $return = false): ?string
// https://www.php.net/manual/en/function.var-export.php
PHP_FUNCTION(var_export)
{
    zval* value;
    bool return_output = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z|b", &value, &return_output) == FAILURE)
        RETURN_THROWS();
    smart_str out {};
    var_export_value(&out, value, 1);
    print_or_return(&out, return_output, return_value);
}

namespace {

const char* const arginfo_value_values[] = {"value", "...values", nullptr};
const char* const arginfo_value_return[] = {"value", "return", nullptr};

} // namespace

const zend_function_entry standard_var_functions[] = {
    PHP_FE(var_dump, arginfo_value_values)
    PHP_FE(print_r, arginfo_value_return)
    PHP_FE(var_export, arginfo_value_return)
    PHP_FE_END
};
