// The process, its environment and the clock (https://www.php.net/manual/en/ref.info.php and friends):
// getenv/putenv, setlocale, time/microtime/hrtime, sleep/usleep, the interpreter's identity
// (php_sapi_name, phpversion, php_uname, extension_loaded, get_loaded_extensions), uniqid, gethostname,
// getmypid, sys_getloadavg, and version_compare with PHP's exact algorithm (ext/standard/versioning.c).
#include "ext/standard/php_standard.h"

#include "engine/core/core.h"

#include <cctype>
#include <cerrno>
#include <cinttypes>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <strings.h>
#include <sys/random.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <unistd.h>

extern char** environ;

// --- environment ----------------------------------------------------------------------------------------

// getenv(?string $name = null, bool $local_only = false): array|string|false
// https://www.php.net/manual/en/function.getenv.php
PHP_FUNCTION(getenv)
{
    char* name = nullptr;
    size_t name_length = 0;
    bool local_only = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|s!b", &name, &name_length, &local_only) == FAILURE)
        RETURN_THROWS();
    if (!name) {
        array_init(return_value);
        for (char** entry = environ; entry && *entry; ++entry) {
            const char* equals = std::strchr(*entry, '=');
            if (!equals)
                continue;
            zval value;
            ZVAL_STRING(&value, equals + 1);
            zend_string* key = zend_string_init(*entry, static_cast<size_t>(equals - *entry), false);
            zend_symtable_update(Z_ARRVAL_P(return_value), key, &value);
            zend_string_release(key);
        }
        return;
    }
    const char* value = std::getenv(name);
    if (!value)
        RETURN_FALSE;
    RETURN_STRING(value);
}

namespace {

// What the request changed in the process, to put back at its end as PHP does: the first value each
// variable putenv() touched had (a string, or null when it was not set), and the locale before the first
// setlocale() (a persistent copy, since request memory may be gone when a failed request ends).
thread_local HashTable* t_saved_environment = nullptr;
thread_local char* t_saved_locale = nullptr;

void remember_variable(const char* name, size_t length)
{
    if (!t_saved_environment) {
        t_saved_environment = static_cast<HashTable*>(emalloc(sizeof(HashTable)));
        zend_hash_init(t_saved_environment, 8, nullptr, ZVAL_PTR_DTOR, false);
    }
    if (zend_hash_str_find(t_saved_environment, name, length))
        return;
    zval original;
    const char* value = std::getenv(name);
    if (value)
        ZVAL_STRING(&original, value);
    else
        ZVAL_NULL(&original);
    zend_hash_str_add_new(t_saved_environment, name, length, &original);
}

void remember_locale()
{
    if (t_saved_locale)
        return;
    const char* current = std::setlocale(LC_ALL, nullptr);
    t_saved_locale = pestrdup(current ? current : "C", 1);
}

} // namespace

// Request end: the environment variables and the locale the request changed get their old values back.
void standard_misc_request_shutdown()
{
    if (t_saved_environment) {
        zend_hash_for_each(t_saved_environment, [](zend_ulong, zend_string* name, zval* original) {
            if (!name)
                return;
            if (Z_TYPE_P(original) == IS_STRING)
                ::setenv(ZSTR_VAL(name), Z_STRVAL_P(original), 1);
            else
                ::unsetenv(ZSTR_VAL(name));
        });
        zend_hash_destroy(t_saved_environment);
        efree(t_saved_environment);
        t_saved_environment = nullptr;
    }
    if (t_saved_locale) {
        std::setlocale(LC_ALL, t_saved_locale);
        pefree(t_saved_locale, 1);
        t_saved_locale = nullptr;
    }
}

// putenv(string $assignment): bool — "NAME=value" sets, "NAME" removes, until the request ends.
// https://www.php.net/manual/en/function.putenv.php
PHP_FUNCTION(putenv)
{
    char* assignment;
    size_t length;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s", &assignment, &length) == FAILURE)
        RETURN_THROWS();
    if (length == 0 || assignment[0] == '=') {
        zend_argument_value_error(1, "must have a valid syntax");
        RETURN_THROWS();
    }
    const char* equals = static_cast<const char*>(std::memchr(assignment, '=', length));
    size_t name_length = equals ? static_cast<size_t>(equals - assignment) : length;
    char* name = estrndup(assignment, name_length);
    remember_variable(name, name_length);
    int result = equals ? ::setenv(name, equals + 1, 1) : ::unsetenv(name);
    efree(name);
    RETURN_BOOL(result == 0);
}

namespace {

// One locale name tried for setlocale(): "0" asks for the current one, as PHP does.
zend_string* try_locale(zend_long category, zend_string* locale)
{
    const char* name = ZSTR_VAL(locale);
    if (zend_string_equals_literal(locale, "0"))
        name = nullptr;
    else
        remember_locale();
    const char* result = std::setlocale(static_cast<int>(category), name);
    return result ? zend_string_init(result, std::strlen(result), false) : nullptr;
}

} // namespace

// setlocale(int $category, $locales, ...$rest): string|false
// https://www.php.net/manual/en/function.setlocale.php
PHP_FUNCTION(setlocale)
{
    zend_long category;
    zval* args;
    uint32_t count;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "lz+", &category, &args, &count) == FAILURE)
        RETURN_THROWS();
    for (uint32_t i = 0; i < count; ++i) {
        zval* locales = &args[i];
        ZVAL_DEREF(locales);
        if (Z_TYPE_P(locales) == IS_ARRAY) {
            zend_string* found = nullptr;
            zend_hash_for_each(Z_ARRVAL_P(locales), [&](zend_ulong, zend_string*, zval* element) {
                if (found)
                    return;
                zend_string* tmp = nullptr;
                zend_string* name = zval_get_tmp_string(element, &tmp);
                found = try_locale(category, name);
                zend_tmp_string_release(tmp);
            });
            if (found)
                RETURN_STR(found);
            continue;
        }
        zend_string* tmp = nullptr;
        zend_string* name = zval_get_tmp_string(locales, &tmp);
        zend_string* found = try_locale(category, name);
        zend_tmp_string_release(tmp);
        if (found)
            RETURN_STR(found);
    }
    RETURN_FALSE;
}

// --- the clock --------------------------------------------------------------------------------------------

// time(): int
PHP_FUNCTION(time)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(static_cast<zend_long>(std::time(nullptr)));
}

// microtime(bool $as_float = false): string|float — "0.MMMMMMMM SECONDS" or seconds as a float.
PHP_FUNCTION(microtime)
{
    bool as_float = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|b", &as_float) == FAILURE)
        RETURN_THROWS();
    struct timeval now;
    ::gettimeofday(&now, nullptr);
    if (as_float)
        RETURN_DOUBLE(static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_usec) / 1000000.0);
    char text[64];
    int length = std::snprintf(text, sizeof text, "%.8F %ld", static_cast<double>(now.tv_usec) / 1000000.0,
                               static_cast<long>(now.tv_sec));
    RETURN_STRINGL(text, static_cast<size_t>(length));
}

// hrtime(bool $as_number = false): array|int — the monotonic clock: [seconds, nanoseconds] or nanoseconds.
PHP_FUNCTION(hrtime)
{
    bool as_number = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|b", &as_number) == FAILURE)
        RETURN_THROWS();
    struct timespec now;
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    if (as_number)
        RETURN_LONG(static_cast<zend_long>(now.tv_sec) * 1000000000 + now.tv_nsec);
    array_init_size(return_value, 2);
    add_next_index_long(return_value, static_cast<zend_long>(now.tv_sec));
    add_next_index_long(return_value, static_cast<zend_long>(now.tv_nsec));
}

// sleep(int $seconds): int
PHP_FUNCTION(sleep)
{
    zend_long seconds;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "l", &seconds) == FAILURE)
        RETURN_THROWS();
    if (seconds < 0) {
        zend_argument_value_error(1, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    RETURN_LONG(static_cast<zend_long>(::sleep(static_cast<unsigned>(seconds))));
}

// usleep(int $microseconds): void
PHP_FUNCTION(usleep)
{
    zend_long microseconds;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "l", &microseconds) == FAILURE)
        RETURN_THROWS();
    if (microseconds < 0) {
        zend_argument_value_error(1, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    struct timespec wait;
    wait.tv_sec = static_cast<time_t>(microseconds / 1000000);
    wait.tv_nsec = static_cast<long>(microseconds % 1000000) * 1000;
    while (::nanosleep(&wait, &wait) != 0 && errno == EINTR) {
    }
}

// uniqid(string $prefix = "", bool $more_entropy = false): string
// https://www.php.net/manual/en/function.uniqid.php — seconds and microseconds in hex; the clock is polled
// until the microsecond changes, so two calls never give the same id.
PHP_FUNCTION(uniqid)
{
    char* prefix = nullptr;
    size_t prefix_length = 0;
    bool more_entropy = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|sb", &prefix, &prefix_length, &more_entropy) == FAILURE)
        RETURN_THROWS();
    static thread_local struct timeval previous = {0, 0};
    struct timeval now;
    do {
        ::gettimeofday(&now, nullptr);
    } while (now.tv_sec == previous.tv_sec && now.tv_usec == previous.tv_usec);
    previous = now;
    char text[64];
    int length;
    int seconds = static_cast<int>(now.tv_sec);
    int micro = static_cast<int>(now.tv_usec % 0x100000);
    if (more_entropy) {
        uint32_t bytes = 0;
        if (::getrandom(&bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes))
            bytes = static_cast<uint32_t>(now.tv_usec) * 2654435761u;
        double seed = static_cast<double>(bytes) / UINT32_MAX * 10.0;
        length = std::snprintf(text, sizeof text, "%08x%05x%.8F", seconds, micro, seed);
    } else {
        length = std::snprintf(text, sizeof text, "%08x%05x", seconds, micro);
    }
    zend_string* result = zend_string_alloc(prefix_length + static_cast<size_t>(length), false);
    if (prefix_length)
        std::memcpy(ZSTR_VAL(result), prefix, prefix_length);
    std::memcpy(ZSTR_VAL(result) + prefix_length, text, static_cast<size_t>(length) + 1);
    RETURN_STR(result);
}

// --- the interpreter and the machine ----------------------------------------------------------------------

// php_sapi_name(): string — miniphp behaves as PHP's command-line SAPI.
PHP_FUNCTION(php_sapi_name)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_STRING("cli");
}

namespace {

zend_module_entry* find_module(const char* name, size_t length)
{
    for (size_t i = 0; zend_module_entry* module = zend_get_started_module(i); ++i) {
        if (std::strlen(module->name) == length && strncasecmp(module->name, name, length) == 0)
            return module;
    }
    return nullptr;
}

} // namespace

// phpversion(?string $extension = null): string|false — every bundled module has PHP's version.
PHP_FUNCTION(phpversion)
{
    char* extension = nullptr;
    size_t length = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|s!", &extension, &length) == FAILURE)
        RETURN_THROWS();
    if (!extension)
        RETURN_STRING(MINIPHP_PHP_VERSION);
    if (!find_module(extension, length))
        RETURN_FALSE;
    RETURN_STRING(MINIPHP_PHP_VERSION);
}

// extension_loaded(string $extension): bool
PHP_FUNCTION(extension_loaded)
{
    char* extension;
    size_t length;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s", &extension, &length) == FAILURE)
        RETURN_THROWS();
    RETURN_BOOL(find_module(extension, length) != nullptr);
}

// get_loaded_extensions(bool $zend_extensions = false): array
PHP_FUNCTION(get_loaded_extensions)
{
    bool zend_extensions = false;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|b", &zend_extensions) == FAILURE)
        RETURN_THROWS();
    array_init(return_value);
    if (zend_extensions)
        return;
    for (size_t i = 0; zend_module_entry* module = zend_get_started_module(i); ++i)
        add_next_index_string(return_value, module->name);
}

// php_uname(string $mode = "a"): string — 's', 'n', 'r', 'v', 'm', anything else the whole line.
PHP_FUNCTION(php_uname)
{
    char* mode = nullptr;
    size_t mode_length = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|s", &mode, &mode_length) == FAILURE)
        RETURN_THROWS();
    struct utsname names;
    if (::uname(&names) != 0)
        RETURN_STRING("Linux");
    char which = mode_length ? mode[0] : 'a';
    switch (which) {
    case 's': RETURN_STRING(names.sysname);
    case 'n': RETURN_STRING(names.nodename);
    case 'r': RETURN_STRING(names.release);
    case 'v': RETURN_STRING(names.version);
    case 'm': RETURN_STRING(names.machine);
    default: break;
    }
    smart_str line {};
    smart_str_append_printf(&line, "%s %s %s %s %s", names.sysname, names.nodename, names.release, names.version,
                            names.machine);
    RETURN_STR(smart_str_extract(&line));
}

// gethostname(): string|false
PHP_FUNCTION(gethostname)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    char name[256];
    if (::gethostname(name, sizeof name) != 0) {
        zend_error(E_WARNING, "gethostname(): Unable to fetch host [%d]: %s", errno, std::strerror(errno));
        RETURN_FALSE;
    }
    name[sizeof name - 1] = '\0';
    RETURN_STRING(name);
}

// getmypid(): int|false
PHP_FUNCTION(getmypid)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_LONG(static_cast<zend_long>(::getpid()));
}

// sys_getloadavg(): array|false
PHP_FUNCTION(sys_getloadavg)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    double load[3];
    if (::getloadavg(load, 3) == -1)
        RETURN_FALSE;
    array_init_size(return_value, 3);
    for (double value : load)
        add_next_index_double(return_value, value);
}

// --- version_compare ---------------------------------------------------------------------------------------

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// PHP's canonical form: "-", "_" and "+" become ".", a "." goes between a digit and a non-digit, and
// any other non-alphanumeric character becomes "." (no two dots in a row). Request memory.
char* canonicalize_version(const char* version)
{
    size_t length = std::strlen(version);
    char* out = static_cast<char*>(emalloc(length * 2 + 1));
    if (length == 0) {
        *out = '\0';
        return out;
    }
    const char* p = version;
    char* q = out;
    char previous = *p;
    *q++ = *p++;
    auto is_number = [](char c) { return is_digit(c) && c != '.'; };
    auto is_other = [](char c) { return !is_digit(c) && c != '.'; };
    for (; *p; previous = *p++) {
        char last_out = q[-1];
        char c = *p;
        if (c == '-' || c == '_' || c == '+') {
            if (last_out != '.')
                *q++ = '.';
        } else if ((is_other(previous) && is_number(c)) || (is_number(previous) && is_other(c))) {
            if (last_out != '.')
                *q++ = '.';
            *q++ = c;
        } else if (!std::isalnum(static_cast<unsigned char>(c))) {
            if (last_out != '.')
                *q++ = '.';
        } else {
            *q++ = c;
        }
    }
    *q = '\0';
    return out;
}

// The order of the special forms; a form is recognised by its prefix, the first match wins.
int special_form_order(const char* form)
{
    static const struct {
        const char* name;
        int order;
    } forms[] = {{"dev", 0}, {"alpha", 1}, {"a", 1}, {"beta", 2}, {"b", 2}, {"RC", 3},
                 {"rc", 3},  {"#", 4},     {"pl", 5}, {"p", 5}};
    for (const auto& entry : forms) {
        if (std::strncmp(form, entry.name, std::strlen(entry.name)) == 0)
            return entry.order;
    }
    return -1;
}

int compare_special_forms(const char* a, const char* b)
{
    int difference = special_form_order(a) - special_form_order(b);
    return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

int compare_versions(const char* original1, const char* original2)
{
    if (!*original1 || !*original2) {
        if (!*original1 && !*original2)
            return 0;
        return *original1 ? 1 : -1;
    }
    char* version1 = original1[0] == '#' ? estrdup(original1) : canonicalize_version(original1);
    char* version2 = original2[0] == '#' ? estrdup(original2) : canonicalize_version(original2);
    char* p1 = version1;
    char* p2 = version2;
    char* n1 = version1;
    char* n2 = version2;
    int compare = 0;
    while (*p1 && *p2 && n1 && n2) {
        if ((n1 = std::strchr(p1, '.')) != nullptr)
            *n1 = '\0';
        if ((n2 = std::strchr(p2, '.')) != nullptr)
            *n2 = '\0';
        if (is_digit(*p1) && is_digit(*p2)) {
            long l1 = std::strtol(p1, nullptr, 10);
            long l2 = std::strtol(p2, nullptr, 10);
            compare = l1 < l2 ? -1 : l1 > l2 ? 1 : 0;
        } else if (!is_digit(*p1) && !is_digit(*p2)) {
            compare = compare_special_forms(p1, p2);
        } else if (is_digit(*p1)) {
            compare = compare_special_forms("#N#", p2);
        } else {
            compare = compare_special_forms(p1, "#N#");
        }
        if (compare != 0)
            break;
        if (n1)
            p1 = n1 + 1;
        if (n2)
            p2 = n2 + 1;
    }
    if (compare == 0) {
        if (n1) {
            compare = is_digit(*p1) ? 1 : compare_versions(p1, "#N#");
        } else if (n2) {
            compare = is_digit(*p2) ? -1 : compare_versions("#N#", p2);
        }
    }
    efree(version1);
    efree(version2);
    return compare;
}

} // namespace

// version_compare(string $version1, string $version2, ?string $operator = null): int|bool
// https://www.php.net/manual/en/function.version-compare.php
PHP_FUNCTION(version_compare)
{
    char* version1;
    size_t length1;
    char* version2;
    size_t length2;
    zend_string* op = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "ss|S!", &version1, &length1, &version2, &length2, &op) == FAILURE)
        RETURN_THROWS();
    int compare = compare_versions(version1, version2);
    if (!op)
        RETURN_LONG(compare);
    auto is = [op](const char* text) { return ZSTR_LEN(op) == std::strlen(text) && std::memcmp(ZSTR_VAL(op), text, ZSTR_LEN(op)) == 0; };
    if (is("<") || is("lt"))
        RETURN_BOOL(compare == -1);
    if (is("<=") || is("le"))
        RETURN_BOOL(compare != 1);
    if (is(">") || is("gt"))
        RETURN_BOOL(compare == 1);
    if (is(">=") || is("ge"))
        RETURN_BOOL(compare != -1);
    if (is("==") || is("=") || is("eq"))
        RETURN_BOOL(compare == 0);
    if (is("!=") || is("<>") || is("ne"))
        RETURN_BOOL(compare != 0);
    zend_argument_value_error(3, "must be a valid comparison operator");
}

namespace {

const char* const arginfo_getenv[] = {"name", "local_only", nullptr};
const char* const arginfo_putenv[] = {"assignment", nullptr};
const char* const arginfo_setlocale[] = {"category", "locales", "...rest", nullptr};
const char* const arginfo_none[] = {nullptr};
const char* const arginfo_microtime[] = {"as_float", nullptr};
const char* const arginfo_hrtime[] = {"as_number", nullptr};
const char* const arginfo_sleep[] = {"seconds", nullptr};
const char* const arginfo_usleep[] = {"microseconds", nullptr};
const char* const arginfo_uniqid[] = {"prefix", "more_entropy", nullptr};
const char* const arginfo_extension[] = {"extension", nullptr};
const char* const arginfo_loaded_extensions[] = {"zend_extensions", nullptr};
const char* const arginfo_php_uname[] = {"mode", nullptr};
const char* const arginfo_version_compare[] = {"version1", "version2", "operator", nullptr};

} // namespace

const zend_function_entry standard_misc_functions[] = {
    PHP_FE(getenv, arginfo_getenv)
    PHP_FE(putenv, arginfo_putenv)
    PHP_FE(setlocale, arginfo_setlocale)
    PHP_FE(time, arginfo_none)
    PHP_FE(microtime, arginfo_microtime)
    PHP_FE(hrtime, arginfo_hrtime)
    PHP_FE(sleep, arginfo_sleep)
    PHP_FE(usleep, arginfo_usleep)
    PHP_FE(uniqid, arginfo_uniqid)
    PHP_FE(php_sapi_name, arginfo_none)
    PHP_FE(phpversion, arginfo_extension)
    PHP_FE(extension_loaded, arginfo_extension)
    PHP_FE(get_loaded_extensions, arginfo_loaded_extensions)
    PHP_FE(php_uname, arginfo_php_uname)
    PHP_FE(gethostname, arginfo_none)
    PHP_FE(getmypid, arginfo_none)
    PHP_FE(sys_getloadavg, arginfo_none)
    PHP_FE(version_compare, arginfo_version_compare)
    PHP_FE_END
};

void standard_misc_register_constants(int module_number)
{
    constexpr int flags = CONST_CS | CONST_PERSISTENT;
    REGISTER_LONG_CONSTANT("LC_CTYPE", LC_CTYPE, flags);
    REGISTER_LONG_CONSTANT("LC_NUMERIC", LC_NUMERIC, flags);
    REGISTER_LONG_CONSTANT("LC_TIME", LC_TIME, flags);
    REGISTER_LONG_CONSTANT("LC_COLLATE", LC_COLLATE, flags);
    REGISTER_LONG_CONSTANT("LC_MONETARY", LC_MONETARY, flags);
    REGISTER_LONG_CONSTANT("LC_ALL", LC_ALL, flags);
    REGISTER_LONG_CONSTANT("LC_MESSAGES", LC_MESSAGES, flags);
    REGISTER_LONG_CONSTANT("PHP_QUERY_RFC1738", 1, flags);
    REGISTER_LONG_CONSTANT("PHP_QUERY_RFC3986", 2, flags);
}
