// The output-control functions (ob_*, flush) over the engine's output layer (engine/output), which
// owns the buffers, their notices and their flags; a PHP callback becomes an OutputCallback that calls it.
#include "engine/core/core.h"

namespace {

using namespace miniphp;

// A user handler: called with the buffer and the phase flags; what it returns replaces the buffer.
bool call_output_handler(void*, zval* callable, zend_string* buffer, int phase, zval* result)
{
    zval args[2];
    ZVAL_STR_COPY(&args[0], buffer);
    ZVAL_LONG(&args[1], phase);
    bool called = call_user_function(nullptr, nullptr, callable, result, 2, args) == SUCCESS;
    zval_ptr_dtor(&args[0]);
    return called;
}

// ob_start($callback = null, int $chunk_size = 0, int $flags = PHP_OUTPUT_HANDLER_STDFLAGS): bool
PHP_FUNCTION(ob_start)
{
    zval* callback = nullptr;
    zend_long chunk_size = 0;
    zend_long flags = 112;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|z!ll", &callback, &chunk_size, &flags) == FAILURE)
        RETURN_THROWS();
    if (!callback) {
        static const char kDefault[] = "default output handler";
        RETURN_BOOL(output::ob_start(kDefault, sizeof kDefault - 1, nullptr, nullptr, nullptr, chunk_size, flags));
    }
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    const char* error = nullptr;
    if (zend_fcall_info_init(callback, 0, &fci, &fcc, nullptr, &error) == FAILURE) {
        if (error)
            zend_error(E_WARNING, "ob_start(): %s", error);
        else
            zend_error(E_WARNING, "ob_start(): function \"%s\" not found or invalid function name",
                       Z_TYPE_P(callback) == IS_STRING ? Z_STRVAL_P(callback) : "");
        zend_error(E_NOTICE, "ob_start(): Failed to create buffer");
        RETURN_FALSE;
    }
    zend_string* name = fcc.function_handler->common.function_name;
    RETURN_BOOL(output::ob_start(ZSTR_VAL(name), ZSTR_LEN(name), call_output_handler, nullptr, callback, chunk_size,
                                 flags));
}

#define OUTPUT_BOOL_FUNCTION(name)                                         \
    PHP_FUNCTION(name)                                                     \
    {                                                                      \
        if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)         \
            RETURN_THROWS();                                               \
        RETURN_BOOL(output::name());                                       \
    }
OUTPUT_BOOL_FUNCTION(ob_flush)
OUTPUT_BOOL_FUNCTION(ob_clean)
OUTPUT_BOOL_FUNCTION(ob_end_flush)
OUTPUT_BOOL_FUNCTION(ob_end_clean)
#undef OUTPUT_BOOL_FUNCTION

#define OUTPUT_STRING_FUNCTION(name)                                       \
    PHP_FUNCTION(name)                                                     \
    {                                                                      \
        if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)         \
            RETURN_THROWS();                                               \
        zend_string* contents = output::name();                            \
        if (!contents)                                                     \
            RETURN_FALSE;                                                  \
        RETURN_STR(contents);                                              \
    }
OUTPUT_STRING_FUNCTION(ob_get_flush)
OUTPUT_STRING_FUNCTION(ob_get_clean)
OUTPUT_STRING_FUNCTION(ob_get_contents)
#undef OUTPUT_STRING_FUNCTION

// ob_get_level(): int
PHP_FUNCTION(ob_get_level)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(output::ob_get_level());
}

// ob_get_length(): int|false
PHP_FUNCTION(ob_get_length)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    size_t length = 0;
    if (!output::ob_get_length(&length))
        RETURN_FALSE;
    RETURN_LONG(static_cast<zend_long>(length));
}

// ob_implicit_flush(bool $enable = true): void
PHP_FUNCTION(ob_implicit_flush)
{
    bool enable = true;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|b", &enable) == FAILURE)
        RETURN_THROWS();
    output::ob_implicit_flush(enable);
}

// ob_list_handlers(): array
PHP_FUNCTION(ob_list_handlers)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    array_init(return_value);
    output::BufferStatus status;
    for (int level = 0; output::status(level, &status); ++level)
        add_next_index_stringl(return_value, status.name, status.name_length);
}

// flush(): void
PHP_FUNCTION(flush)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    output::flush_host();
}

const char* const arginfo_none[] = {nullptr};
const char* const arginfo_ob_start[] = {"callback", "chunk_size", "flags", nullptr};
const char* const arginfo_enable[] = {"enable", nullptr};

} // namespace

const zend_function_entry core_output_functions[] = {
    PHP_FE(ob_start, arginfo_ob_start)
    PHP_FE(ob_flush, arginfo_none)
    PHP_FE(ob_clean, arginfo_none)
    PHP_FE(ob_end_flush, arginfo_none)
    PHP_FE(ob_end_clean, arginfo_none)
    PHP_FE(ob_get_flush, arginfo_none)
    PHP_FE(ob_get_clean, arginfo_none)
    PHP_FE(ob_get_contents, arginfo_none)
    PHP_FE(ob_get_level, arginfo_none)
    PHP_FE(ob_get_length, arginfo_none)
    PHP_FE(ob_implicit_flush, arginfo_enable)
    PHP_FE(ob_list_handlers, arginfo_none)
    PHP_FE(flush, arginfo_none)
    PHP_FE_END
};
