// The engine's ini settings: the definitions built from the list in core_entries.h, and the callbacks that
// validate and apply their values, each mirroring the PHP 8.2 handler named in its comment.
#include "engine/ini/core_entries.h"

#include <cstdlib>
#include <cstring>

#include "engine/context.h"
#include "engine/error/error.h"
#include "engine/ini/ini_messages.h"
#include "engine/memory/heap.h"

namespace miniphp::ini {

namespace {

// OnUpdateBool: any value is accepted (the cached bool_value is the reading).
PHP_INI_MH(on_update_bool) { return true; }

// OnUpdateLong: the value is a quantity; malformed text warns but is still accepted.
PHP_INI_MH(on_update_long)
{
    if (new_value)
        parse_quantity_warn(new_value, new_value_length, entry->name);
    return true;
}

// OnUpdateStringUnempty: an empty value is refused.
PHP_INI_MH(on_update_string_unempty) { return new_value && new_value_length > 0; }

// OnSetErrorReporting (Zend/zend.c): the mask is the number at the start of the value; no value is E_ALL.
PHP_INI_MH(on_set_error_reporting)
{
    current_context()->error_reporting = new_value ? std::atoi(new_value) : E_ALL;
    return true;
}

// OnSetPrecision, OnSetSerializePrecision (main/main.c): -1 (the shortest exact form) or more.
PHP_INI_MH(on_set_precision) { return new_value && std::atoll(new_value) >= -1; }

// OnSetExceptionStringParamMaxLen (Zend/zend.c): 0 to 1000000.
PHP_INI_MH(on_set_param_max_len)
{
    if (!new_value)
        return false;
    int64_t length = parse_quantity_warn(new_value, new_value_length, entry->name);
    return length >= 0 && length <= 1000000;
}

// OnUpdateDefaultCharset (main/main.c): no NUL bytes and no line breaks, which would end up in headers.
PHP_INI_MH(on_update_default_charset)
{
    if (!new_value)
        return true;
    return !std::memchr(new_value, '\0', new_value_length) && !std::memchr(new_value, '\r', new_value_length)
        && !std::memchr(new_value, '\n', new_value_length);
}

// OnUpdateAssertions (Zend/zend.c): switching between compiled-out (-1) and compiled-in assertions is a
// compile-time decision, allowed only in configuration.
PHP_INI_MH(on_update_assertions)
{
    int64_t wanted = new_value ? parse_quantity_warn(new_value, new_value_length, entry->name) : 0;
    if (stage == Stage::Runtime && entry->value && wanted != entry->long_value && (entry->long_value < 0 || wanted < 0)) {
        zend_error(E_WARNING, messages::kAssertionsOnlyInIni);
        return false;
    }
    return true;
}

// OnChangeMemoryLimit (main/main.c): parse, then apply to the heap. At start-up the value becomes the limit
// every request begins with; a request's change applies to it alone (the heap resets the limit for the next
// request, so request end has nothing to undo).
PHP_INI_MH(on_change_memory_limit)
{
    if (!new_value)
        return false;
    switch (stage) {
    case Stage::Startup: {
        char warning[512];
        size_t limit = memory::parse_memory_limit(new_value, new_value_length, warning, sizeof warning);
        if (warning[0])
            zend_error(E_WARNING, messages::kInvalidSetting, "memory_limit", warning);
        memory::set_default_memory_limit(limit);
        if (current_context()->request_active)
            memory::set_memory_limit(limit);
        return true;
    }
    case Stage::Runtime:
        return memory::change_memory_limit(new_value, new_value_length);
    case Stage::Deactivate:
        return true;
    }
    return true;
}

}

const EntryDefinition* core_definitions()
{
    static const EntryDefinition definitions[] = {
#define MINIPHP_CORE_INI_DEFINITION(id, name, default_value, scope, on_modify) \
    { name, default_value, static_cast<uint8_t>(scope), on_modify },
        MINIPHP_CORE_INI(MINIPHP_CORE_INI_DEFINITION)
#undef MINIPHP_CORE_INI_DEFINITION
        { nullptr, nullptr, 0, nullptr },
    };
    return definitions;
}

}
