// The pcre module's entry: its functions with the parameter names of php-src's php_pcre.stub.php (PHP's
// messages show them as "Argument #4 ($flags)"), its constants, and its hooks.
//
// MINIT creates the engine's PCRE2 state (pcre_state.cpp) and registers the pcre.* ini settings and the
// constants; MSHUTDOWN frees the state with every cached pattern. RINIT/RSHUTDOWN reset the last error and the per-request allocator.
#include "ext/pcre/php_pcre.h"

#include "engine/ini/ini.h"
#include "ext/pcre/pcre_internal.h"

PHP_FUNCTION(preg_match);
PHP_FUNCTION(preg_match_all);
PHP_FUNCTION(preg_replace);
PHP_FUNCTION(preg_filter);
PHP_FUNCTION(preg_replace_callback);
PHP_FUNCTION(preg_replace_callback_array);
PHP_FUNCTION(preg_split);
PHP_FUNCTION(preg_quote);
PHP_FUNCTION(preg_grep);
PHP_FUNCTION(preg_last_error);
PHP_FUNCTION(preg_last_error_msg);

namespace {

using namespace miniphp::pcre;

const char* const arginfo_preg_match[] = {"pattern", "subject", "&matches", "flags", "offset", nullptr};
const char* const arginfo_preg_replace[] = {"pattern", "replacement", "subject", "limit", "&count", nullptr};
const char* const arginfo_preg_replace_callback[] = {"pattern", "callback", "subject", "limit", "&count", "flags",
                                                     nullptr};
const char* const arginfo_preg_replace_callback_array[] = {"pattern", "subject", "limit", "&count", "flags", nullptr};
const char* const arginfo_preg_split[] = {"pattern", "subject", "limit", "flags", nullptr};
const char* const arginfo_preg_quote[] = {"str", "delimiter", nullptr};
const char* const arginfo_preg_grep[] = {"pattern", "array", "flags", nullptr};
const char* const arginfo_none[] = {nullptr};

const zend_function_entry pcre_functions[] = {
    PHP_FE(preg_match, arginfo_preg_match)
    PHP_FE(preg_match_all, arginfo_preg_match)
    PHP_FE(preg_replace, arginfo_preg_replace)
    PHP_FE(preg_filter, arginfo_preg_replace)
    PHP_FE(preg_replace_callback, arginfo_preg_replace_callback)
    PHP_FE(preg_replace_callback_array, arginfo_preg_replace_callback_array)
    PHP_FE(preg_split, arginfo_preg_split)
    PHP_FE(preg_quote, arginfo_preg_quote)
    PHP_FE(preg_grep, arginfo_preg_grep)
    PHP_FE(preg_last_error, arginfo_none)
    PHP_FE(preg_last_error_msg, arginfo_none)
    PHP_FE_END
};

void register_constants(int module_number)
{
    constexpr int flags = CONST_CS | CONST_PERSISTENT;
    REGISTER_LONG_CONSTANT("PREG_PATTERN_ORDER", kPatternOrder, flags);
    REGISTER_LONG_CONSTANT("PREG_SET_ORDER", kSetOrder, flags);
    REGISTER_LONG_CONSTANT("PREG_OFFSET_CAPTURE", kOffsetCapture, flags);
    REGISTER_LONG_CONSTANT("PREG_UNMATCHED_AS_NULL", kUnmatchedAsNull, flags);
    REGISTER_LONG_CONSTANT("PREG_SPLIT_NO_EMPTY", kSplitNoEmpty, flags);
    REGISTER_LONG_CONSTANT("PREG_SPLIT_DELIM_CAPTURE", kSplitDelimCapture, flags);
    REGISTER_LONG_CONSTANT("PREG_SPLIT_OFFSET_CAPTURE", kSplitOffsetCapture, flags);
    REGISTER_LONG_CONSTANT("PREG_GREP_INVERT", kGrepInvert, flags);
    REGISTER_LONG_CONSTANT("PREG_NO_ERROR", kNoError, flags);
    REGISTER_LONG_CONSTANT("PREG_INTERNAL_ERROR", kInternalError, flags);
    REGISTER_LONG_CONSTANT("PREG_BACKTRACK_LIMIT_ERROR", kBacktrackLimitError, flags);
    REGISTER_LONG_CONSTANT("PREG_RECURSION_LIMIT_ERROR", kRecursionLimitError, flags);
    REGISTER_LONG_CONSTANT("PREG_BAD_UTF8_ERROR", kBadUtf8Error, flags);
    REGISTER_LONG_CONSTANT("PREG_BAD_UTF8_OFFSET_ERROR", kBadUtf8OffsetError, flags);
    REGISTER_LONG_CONSTANT("PREG_JIT_STACKLIMIT_ERROR", kJitStackLimitError, flags);

    // PCRE_VERSION is PCRE2's own version string, "10.42 2022-12-11".
    char version[64] = {};
    pcre2_config(PCRE2_CONFIG_VERSION, version);
    REGISTER_STRING_CONSTANT("PCRE_VERSION", version, flags);
    REGISTER_LONG_CONSTANT("PCRE_VERSION_MAJOR", PCRE2_MAJOR, flags);
    REGISTER_LONG_CONSTANT("PCRE_VERSION_MINOR", PCRE2_MINOR, flags);
    uint32_t jit = 0;
    pcre2_config(PCRE2_CONFIG_JIT, &jit);
    REGISTER_BOOL_CONSTANT("PCRE_JIT_SUPPORT", jit != 0, flags);
}

// The pcre.* settings (https://www.php.net/manual/en/pcre.configuration.php), applied to the engine's match
// context as they change. A limit is read as PHP's OnUpdateLong reads it, then cut to PCRE2's 32 bits.
PHP_INI_MH(on_update_backtrack_limit)
{
    State* s = state();
    if (s && new_value)
        pcre2_set_match_limit(s->match, static_cast<uint32_t>(
            miniphp::ini::parse_quantity_warn(new_value, new_value_length, entry->name)));
    return true;
}

PHP_INI_MH(on_update_recursion_limit)
{
    State* s = state();
    if (s && new_value)
        pcre2_set_depth_limit(s->match, static_cast<uint32_t>(
            miniphp::ini::parse_quantity_warn(new_value, new_value_length, entry->name)));
    return true;
}

PHP_INI_MH(on_update_jit)
{
    State* s = state();
    if (s)
        set_jit(new_value && miniphp::ini::parse_bool(new_value, new_value_length));
    return true;
}

PHP_INI_BEGIN()
    PHP_INI_ENTRY("pcre.backtrack_limit", "1000000", PHP_INI_ALL, on_update_backtrack_limit)
    PHP_INI_ENTRY("pcre.recursion_limit", "100000", PHP_INI_ALL, on_update_recursion_limit)
    PHP_INI_ENTRY("pcre.jit", "1", PHP_INI_ALL, on_update_jit)
PHP_INI_END()

PHP_MINIT_FUNCTION(pcre)
{
    if (startup_state() == FAILURE)
        return FAILURE;
    REGISTER_INI_ENTRIES();
    register_constants(module_number);
    return SUCCESS;
}

PHP_MSHUTDOWN_FUNCTION(pcre)
{
    UNREGISTER_INI_ENTRIES();
    shutdown_state();
    return SUCCESS;
}

PHP_RINIT_FUNCTION(pcre)
{
    activate_state();
    return SUCCESS;
}

PHP_RSHUTDOWN_FUNCTION(pcre)
{
    deactivate_state();
    return SUCCESS;
}

} // namespace

zend_module_entry pcre_module_entry = {
    "pcre",
    pcre_functions,
    PHP_MINIT(pcre),
    PHP_MSHUTDOWN(pcre),
    PHP_RINIT(pcre),
    PHP_RSHUTDOWN(pcre),
    "8.2.0",
};
