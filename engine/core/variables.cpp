// The functions that see the calling code's variables by name: compact, extract and get_defined_vars.
// They work on the caller's symbol table (engine/vm/vm.h: a function frame gets one on first need; the
// main script's is the global table), so variables they create are visible to $$name, include, and
// the code itself once it reads them.
#include "engine/core/core.h"

#include <cinttypes>
#include <cstring>

#include "engine/vm/executor_state.h"
#include "engine/vm/vm.h"
#include "engine/vm/vm_helpers.h"

namespace {

using namespace miniphp;

// The table of the user code calling the running internal function.
HashTable* caller_variables(zend_execute_data* execute_data)
{
    zend_execute_data* caller = EX(prev_execute_data);
    while (caller && vm::is_inlined_call_frame(caller))
        caller = caller->prev_execute_data;
    if (!caller || !caller->func || caller->func->type != ZEND_USER_FUNCTION)
        return &vm::executor_state()->symbol_table;
    return vm::frame_symbol_table(caller);
}

// A variable's value in `table` (through the INDIRECT of an attached CV), or null when it has none.
zval* find_variable(HashTable* table, zend_string* name)
{
    zval* variable = zend_hash_find(table, name);
    if (variable && Z_TYPE_P(variable) == IS_INDIRECT)
        variable = Z_INDIRECT_P(variable);
    return variable && !Z_ISUNDEF_P(variable) ? variable : nullptr;
}

// PHP's rule for a name extract() may create: [A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*.
bool valid_variable_name(const char* name, size_t length)
{
    if (length == 0)
        return false;
    auto first = static_cast<unsigned char>(name[0]);
    if (!(first == '_' || (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first >= 0x80))
        return false;
    for (size_t i = 1; i < length; ++i) {
        auto c = static_cast<unsigned char>(name[i]);
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80))
            return false;
    }
    return true;
}

void compact_add(HashTable* variables, zval* result, zval* name, int depth)
{
    ZVAL_DEREF(name);
    if (Z_TYPE_P(name) == IS_ARRAY) {
        if (depth > 64) {
            throw_error(ErrorClass::Error, "Recursion detected");
            return;
        }
        zend_hash_for_each(Z_ARRVAL_P(name), [&](zend_ulong, zend_string*, zval* inner) {
            compact_add(variables, result, inner, depth + 1);
        });
        return;
    }
    if (Z_TYPE_P(name) != IS_STRING) {
        php_error_docref(nullptr, E_WARNING, "Argument #%d must be string or array of strings, %s given", 1,
                         zend_zval_type_name(name));
        return;
    }
    zval* value = find_variable(variables, Z_STR_P(name));
    if (!value) {
        php_error_docref(nullptr, E_WARNING, "Undefined variable $%s", Z_STRVAL_P(name));
        return;
    }
    zval copy;
    ZVAL_COPY_DEREF(&copy, value);
    zend_hash_update(Z_ARRVAL_P(result), Z_STR_P(name), &copy);
}

// compact(array|string $var_name, array|string ...$var_names): array
PHP_FUNCTION(compact)
{
    zval* names;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z+", &names, &count) == FAILURE)
        RETURN_THROWS();
    HashTable* variables = caller_variables(execute_data);
    array_init(return_value);
    for (uint32_t i = 0; i < count; ++i)
        compact_add(variables, return_value, &names[i], 0);
}

// get_defined_vars(): array
PHP_FUNCTION(get_defined_vars)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    HashTable* variables = caller_variables(execute_data);
    array_init(return_value);
    zend_hash_for_each(variables, [&](zend_ulong, zend_string* key, zval* value) {
        if (Z_TYPE_P(value) == IS_INDIRECT)
            value = Z_INDIRECT_P(value);
        if (Z_ISUNDEF_P(value) || !key)
            return;
        zval copy;
        ZVAL_COPY_DEREF(&copy, value);
        zend_hash_update(Z_ARRVAL_P(return_value), key, &copy);
    });
}

enum ExtractType : zend_long {
    kOverwrite = 0, kSkip = 1, kPrefixSame = 2, kPrefixAll = 3, kPrefixInvalid = 4, kPrefixIfExists = 5, kIfExists = 6,
};
constexpr zend_long kExtractRefs = 256;

// extract(array &$array, int $flags = EXTR_OVERWRITE, string $prefix = ""): int
PHP_FUNCTION(extract)
{
    zval* array;
    zend_long flags = kOverwrite;
    zend_string* prefix = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "a|lS", &array, &flags, &prefix) == FAILURE)
        RETURN_THROWS();
    const bool refs = (flags & kExtractRefs) != 0;
    const zend_long type = flags & 0xff;
    if (type < kOverwrite || type > kIfExists) {
        zend_argument_value_error(2, "must be a valid extract type");
        RETURN_THROWS();
    }
    if (type > kSkip && type <= kPrefixIfExists && ZEND_NUM_ARGS() < 3) {
        zend_argument_value_error(3, "is required when using this extract type");
        RETURN_THROWS();
    }
    if (prefix && ZSTR_LEN(prefix) && !valid_variable_name(ZSTR_VAL(prefix), ZSTR_LEN(prefix))) {
        zend_argument_value_error(3, "must be a valid identifier");
        RETURN_THROWS();
    }
    if (refs)
        SEPARATE_ARRAY(array); // the references go into the caller's array, not into a shared copy
    HashTable* variables = caller_variables(execute_data);
    zend_long count = 0;
    bool failed = false;
    zend_hash_for_each(Z_ARRVAL_P(array), [&](zend_ulong index, zend_string* key, zval* entry) {
        if (failed)
            return;
        const bool numeric = key == nullptr;
        if (numeric && type != kPrefixAll && type != kPrefixInvalid)
            return;
        zval* existing = numeric ? nullptr : find_variable(variables, key);
        const bool is_this = key && zend_string_equals_literal(key, "this");
        bool use_prefix;
        switch (type) {
        case kOverwrite:
        case kIfExists:
            if (type == kIfExists && !existing)
                return;
            if (!valid_variable_name(ZSTR_VAL(key), ZSTR_LEN(key)))
                return;
            if (is_this) {
                throw_error(ErrorClass::Error, "Cannot re-assign $this");
                failed = true;
                return;
            }
            use_prefix = false;
            break;
        case kSkip:
            if (existing || is_this || !valid_variable_name(ZSTR_VAL(key), ZSTR_LEN(key)))
                return;
            use_prefix = false;
            break;
        case kPrefixSame:
            use_prefix = existing || is_this;
            if (!use_prefix && !valid_variable_name(ZSTR_VAL(key), ZSTR_LEN(key)))
                return;
            break;
        case kPrefixIfExists:
            if (!existing)
                return;
            use_prefix = true;
            break;
        case kPrefixInvalid:
            use_prefix = numeric || is_this || !valid_variable_name(ZSTR_VAL(key), ZSTR_LEN(key));
            break;
        default: // kPrefixAll
            use_prefix = true;
            break;
        }
        zend_string* name;
        if (use_prefix) {
            smart_str built {};
            if (prefix)
                smart_str_append(&built, prefix);
            smart_str_appendc(&built, '_');
            if (key)
                smart_str_append(&built, key);
            else
                smart_str_append_printf(&built, "%" PRIu64, static_cast<uint64_t>(index));
            name = smart_str_extract(&built);
            if (!valid_variable_name(ZSTR_VAL(name), ZSTR_LEN(name))) {
                zend_string_release(name);
                return;
            }
            if (zend_string_equals_literal(name, "this")) {
                zend_string_release(name);
                throw_error(ErrorClass::Error, "Cannot re-assign $this");
                failed = true;
                return;
            }
            existing = find_variable(variables, name);
        } else {
            name = zend_string_copy(key);
        }
        if (zend_string_equals_literal(name, "GLOBALS")) {
            zend_string_release(name);
            return;
        }
        zval* slot = zend_hash_find(variables, name);
        if (slot && Z_TYPE_P(slot) == IS_INDIRECT)
            slot = Z_INDIRECT_P(slot);
        if (refs) {
            ZVAL_MAKE_REF(entry);
            Z_ADDREF_P(entry);
            if (slot) {
                zval_ptr_dtor(slot);
                ZVAL_COPY_VALUE(slot, entry);
            } else {
                zend_hash_add_new(variables, name, entry);
            }
        } else {
            zval* value = entry;
            ZVAL_DEREF(value);
            if (slot && !Z_ISUNDEF_P(slot)) {
                vm::assign_to_variable(slot, value, IS_CONST);
            } else if (slot) {
                ZVAL_COPY(slot, value);
            } else {
                zval copy;
                ZVAL_COPY(&copy, value);
                zend_hash_add_new(variables, name, &copy);
            }
        }
        zend_string_release(name);
        ++count;
    });
    if (failed)
        RETURN_THROWS();
    RETURN_LONG(count);
}

const char* const arginfo_compact[] = {"var_name", "...var_names", nullptr};
const char* const arginfo_extract[] = {"&?array", "flags", "prefix", nullptr};
const char* const arginfo_none[] = {nullptr};

} // namespace

const zend_function_entry core_variable_functions[] = {
    PHP_FE(compact, arginfo_compact)
    PHP_FE(extract, arginfo_extract)
    PHP_FE(get_defined_vars, arginfo_none)
    PHP_FE_END
};
