// define(), defined() and constant(): the request's view of the constant tables (engine/vm/constants.h).
#include "engine/core/core.h"

#include <cstring>

#include "engine/compiler/compile_messages.h"

namespace {

using namespace miniphp;
namespace messages = miniphp::compiler::messages;

// define(string $constant_name, mixed $value, bool $case_insensitive = false): bool
PHP_FUNCTION(define)
{
    zend_string* name;
    zval* value;
    bool case_insensitive = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "Sz|b", &name, &value, &case_insensitive) == FAILURE)
        RETURN_THROWS();
    if (std::memchr(ZSTR_VAL(name), ':', ZSTR_LEN(name)) && std::strstr(ZSTR_VAL(name), "::")) {
        zend_argument_value_error(1, "cannot be a class constant");
        RETURN_THROWS();
    }
    if (case_insensitive) {
        zend_error(E_WARNING, "define(): Argument #3 ($case_insensitive) is ignored since declaration of "
                              "case-insensitive constants is no longer supported");
    }
    zval copy;
    ZVAL_COPY_DEREF(&copy, value);
    if (!vm::register_constant(ZSTR_VAL(name), ZSTR_LEN(name), &copy, 0, 0)) {
        zval_ptr_dtor(&copy);
        zend_error(E_WARNING, messages::kConstantAlreadyDefined, ZSTR_VAL(name));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

// defined(string $constant_name): bool
PHP_FUNCTION(defined)
{
    zend_string* name;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &name) == FAILURE)
        RETURN_THROWS();
    RETURN_BOOL(vm::find_constant(name) != nullptr);
}

// constant(string $name): mixed
PHP_FUNCTION(constant)
{
    zend_string* name;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &name) == FAILURE)
        RETURN_THROWS();
    const zend_constant* constant = vm::find_constant(name);
    if (!constant) {
        throw_error(ErrorClass::Error, messages::kUndefinedConstant, ZSTR_VAL(name));
        RETURN_THROWS();
    }
    RETURN_COPY(&constant->value);
}

const char* const arginfo_define[] = {"constant_name", "value", "case_insensitive", nullptr};
const char* const arginfo_constant_name[] = {"constant_name", nullptr};
const char* const arginfo_name[] = {"name", nullptr};

} // namespace

const zend_function_entry core_constant_functions[] = {
    PHP_FE(define, arginfo_define)
    PHP_FE(defined, arginfo_constant_name)
    PHP_FE(constant, arginfo_name)
    PHP_FE_END
};
