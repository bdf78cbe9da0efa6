// The engine's own ini settings, in one list.
//
// Each line is O(id, "name", default, scope, on_modify): the defaults are PHP 8.2's built-in defaults
// (main/main.c, Zend/zend.c), which `php -n` shows except where its CLI overrides them (those overrides are
// in `command_line_defaults()`, engine/ini/ini.cpp). A null default is PHP's NULL: the entry has no value
// and reads as "". The scope is who may change it (ini_set needs kUser). The on-modify callbacks live in
// engine/ini/core_entries.cpp; `nullptr` accepts any value.
//
// Engine code reads these through `ini::core(CoreSetting::...)`, an array index, not a name lookup.
// Keep the list to settings the engine or its builtins read, plus those scripts commonly query.
#pragma once

#include "engine/ini/ini.h"

#define MINIPHP_CORE_INI(O)                                                                                  \
    /* Errors (engine/error/display.cpp reads these on every displayed error). */                           \
    O(DisplayErrors, "display_errors", "1", kAll, nullptr)                                                    \
    O(DisplayStartupErrors, "display_startup_errors", "1", kAll, on_update_bool)                              \
    O(LogErrors, "log_errors", "0", kAll, on_update_bool)                                                     \
    O(ErrorLog, "error_log", nullptr, kAll, nullptr)                                                          \
    O(ErrorLogMode, "error_log_mode", "0644", kAll, on_update_long)                                           \
    O(ErrorReporting, "error_reporting", nullptr, kAll, on_set_error_reporting)                               \
    O(HtmlErrors, "html_errors", "1", kAll, on_update_bool)                                                   \
    O(XmlrpcErrors, "xmlrpc_errors", "0", kSystem, on_update_bool)                                            \
    O(IgnoreRepeatedErrors, "ignore_repeated_errors", "0", kAll, on_update_bool)                              \
    O(IgnoreRepeatedSource, "ignore_repeated_source", "0", kAll, on_update_bool)                              \
    O(ErrorPrependString, "error_prepend_string", nullptr, kAll, nullptr)                                     \
    O(ErrorAppendString, "error_append_string", nullptr, kAll, nullptr)                                       \
    O(DocrefRoot, "docref_root", "", kAll, nullptr)                                                           \
    O(DocrefExt, "docref_ext", "", kAll, nullptr)                                                             \
    O(ReportMemleaks, "report_memleaks", "1", kAll, on_update_bool)                                           \
    /* Output (engine/output). */                                                                           \
    O(OutputBuffering, "output_buffering", "0", kPerDir | kSystem, on_update_long)                            \
    O(OutputHandler, "output_handler", nullptr, kPerDir | kSystem, nullptr)                                   \
    O(ImplicitFlush, "implicit_flush", "0", kAll, on_update_bool)                                             \
    /* Memory and time. */                                                                                  \
    O(MemoryLimit, "memory_limit", "128M", kAll, on_change_memory_limit)                                      \
    O(MaxExecutionTime, "max_execution_time", "30", kAll, nullptr)                                            \
    O(MaxInputTime, "max_input_time", "-1", kPerDir | kSystem, on_update_long)                                \
    O(HardTimeout, "hard_timeout", "2", kSystem, on_update_long)                                              \
    /* Numbers and strings (the VM's conversions). */                                                       \
    O(Precision, "precision", "14", kAll, on_set_precision)                                                   \
    O(SerializePrecision, "serialize_precision", "-1", kAll, on_set_precision)                                \
    O(DefaultCharset, "default_charset", "UTF-8", kAll, on_update_default_charset)                            \
    O(InternalEncoding, "internal_encoding", nullptr, kAll, nullptr)                                          \
    O(InputEncoding, "input_encoding", nullptr, kAll, nullptr)                                                \
    O(OutputEncoding, "output_encoding", nullptr, kAll, nullptr)                                              \
    /* The compiler. */                                                                                     \
    O(ShortOpenTag, "short_open_tag", "1", kPerDir | kSystem, on_update_bool)                                 \
    O(ZendAssertions, "zend.assertions", "1", kAll, on_update_assertions)                                     \
    O(ZendEnableGc, "zend.enable_gc", "1", kAll, on_update_bool)                                              \
    O(ZendExceptionIgnoreArgs, "zend.exception_ignore_args", "0", kAll, on_update_bool)                       \
    O(ZendExceptionStringParamMaxLen, "zend.exception_string_param_max_len", "15", kAll, on_set_param_max_len) \
    /* assert() (ext/standard reads these). */                                                              \
    O(AssertActive, "assert.active", "1", kAll, on_update_bool)                                               \
    O(AssertBail, "assert.bail", "0", kAll, on_update_bool)                                                   \
    O(AssertWarning, "assert.warning", "1", kAll, on_update_bool)                                             \
    O(AssertCallback, "assert.callback", nullptr, kAll, nullptr)                                              \
    O(AssertException, "assert.exception", "1", kAll, on_update_bool)                                         \
    /* Files and requests. */                                                                               \
    O(IncludePath, "include_path", ".:/usr/share/php", kAll, on_update_string_unempty)                        \
    O(OpenBasedir, "open_basedir", nullptr, kAll, nullptr)                                                    \
    O(AutoPrependFile, "auto_prepend_file", nullptr, kPerDir | kSystem, nullptr)                              \
    O(AutoAppendFile, "auto_append_file", nullptr, kPerDir | kSystem, nullptr)                                \
    O(DisableFunctions, "disable_functions", "", kSystem, nullptr)                                            \
    O(DisableClasses, "disable_classes", "", kSystem, nullptr)                                                \
    O(AllowUrlFopen, "allow_url_fopen", "1", kSystem, on_update_bool)                                         \
    O(AllowUrlInclude, "allow_url_include", "0", kSystem, on_update_bool)                                     \
    O(RegisterArgcArgv, "register_argc_argv", "1", kPerDir | kSystem, on_update_bool)                         \
    O(VariablesOrder, "variables_order", "EGPCS", kPerDir | kSystem, on_update_string_unempty)                \
    O(RequestOrder, "request_order", nullptr, kPerDir | kSystem, nullptr)                                     \
    O(ArgSeparatorOutput, "arg_separator.output", "&", kAll, on_update_string_unempty)                        \
    O(ArgSeparatorInput, "arg_separator.input", "&", kPerDir | kSystem, on_update_string_unempty)             \
    O(UnserializeCallbackFunc, "unserialize_callback_func", nullptr, kAll, nullptr)                           \
    O(IgnoreUserAbort, "ignore_user_abort", "0", kAll, on_update_bool)                                        \
    O(ExtensionDir, "extension_dir", "/usr/lib/php/20220829", kSystem, on_update_string_unempty)              \
    O(SysTempDir, "sys_temp_dir", nullptr, kSystem, nullptr)                                                  \
    O(UserIniFilename, "user_ini.filename", ".user.ini", kSystem, nullptr)                                    \
    O(EnableDl, "enable_dl", "1", kSystem, on_update_bool)                                                    \
    O(ExposePhp, "expose_php", "1", kSystem, on_update_bool)

namespace miniphp::ini {

enum class CoreSetting : uint16_t {
#define MINIPHP_CORE_INI_ID(id, name, default_value, scope, on_modify) id,
    MINIPHP_CORE_INI(MINIPHP_CORE_INI_ID)
#undef MINIPHP_CORE_INI_ID
        Count
};

// The engine's setting `setting` on the current context (registered by engine_startup).
Entry* core(CoreSetting setting);

// The definitions behind the list, in its order, ending with the terminator.
const EntryDefinition* core_definitions();

}
