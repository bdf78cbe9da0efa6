// Path strings (https://www.php.net/manual/en/ref.filesystem.php): basename, dirname, pathinfo. They
// only take strings apart; nothing here looks at the file system. "/" is the only separator (PHP on
// Linux).
#include "ext/standard/php_standard.h"
#include "ext/standard/standard_messages.h"

#include <cstring>

namespace msg = standard_messages;

namespace {

// pathinfo's $flags (the PATHINFO_* constants).
constexpr zend_long kPathinfoDirname = 1;
constexpr zend_long kPathinfoBasename = 2;
constexpr zend_long kPathinfoExtension = 4;
constexpr zend_long kPathinfoFilename = 8;
constexpr zend_long kPathinfoAll = 15;

// The last component of `path` (trailing slashes ignored), minus `suffix` when it ends with it and is
// longer than it.
zend_string* base_name(const char* path, size_t length, const char* suffix, size_t suffix_length)
{
    const char* end = path + length;
    while (end > path && end[-1] == '/')
        --end;
    if (end == path)
        return ZSTR_EMPTY_ALLOC();
    const char* start = end;
    while (start > path && start[-1] != '/')
        --start;
    if (suffix && suffix_length < static_cast<size_t>(end - start)
        && std::memcmp(end - suffix_length, suffix, suffix_length) == 0)
        end -= suffix_length;
    return zend_string_init(start, static_cast<size_t>(end - start), false);
}

// The length of the parent directory of path[0, length) (PHP's zend_dirname), writing "." or "/" into
// `path` when that is the answer. `path` has room for at least two bytes when length > 0.
size_t dir_name(char* path, size_t length)
{
    if (length == 0)
        return 0;
    char* end = path + length - 1;
    while (end >= path && *end == '/')
        --end;
    if (end < path) {
        path[0] = '/';
        return 1;
    }
    while (end >= path && *end != '/')
        --end;
    if (end < path) {
        path[0] = '.';
        return 1;
    }
    while (end >= path && *end == '/')
        --end;
    if (end < path) {
        path[0] = '/';
        return 1;
    }
    return static_cast<size_t>(end + 1 - path);
}

} // namespace

zend_string* php_basename(const char* path, size_t length, const char* suffix, size_t suffix_length)
{
    return base_name(path, length, suffix, suffix_length);
}

// basename(string $path, string $suffix = ""): string
// https://www.php.net/manual/en/function.basename.php
PHP_FUNCTION(basename)
{
    char* path;
    size_t length;
    char* suffix = nullptr;
    size_t suffix_length = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|s", &path, &length, &suffix, &suffix_length) == FAILURE)
        RETURN_THROWS();
    RETURN_STR(base_name(path, length, suffix, suffix_length));
}

// dirname(string $path, int $levels = 1): string
// https://www.php.net/manual/en/function.dirname.php
PHP_FUNCTION(dirname)
{
    zend_string* path;
    zend_long levels = 1;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|l", &path, &levels) == FAILURE)
        RETURN_THROWS();
    if (levels < 1) {
        zend_argument_value_error(2, "%s", msg::kLevelsAtLeastOne);
        RETURN_THROWS();
    }
    // Room for "." even when the path is empty or one byte.
    zend_string* result = zend_string_safe_alloc(1, ZSTR_LEN(path), 2, false);
    std::memcpy(ZSTR_VAL(result), ZSTR_VAL(path), ZSTR_LEN(path));
    size_t length = ZSTR_LEN(path);
    size_t previous;
    do {
        previous = length;
        length = dir_name(ZSTR_VAL(result), length);
    } while (length < previous && --levels);
    ZSTR_VAL(result)[length] = '\0';
    ZSTR_LEN(result) = length;
    RETURN_STR(result);
}

// pathinfo(string $path, int $flags = PATHINFO_ALL): array|string
// https://www.php.net/manual/en/function.pathinfo.php
// With one PATHINFO_* flag (or several), the first part that exists, or "".
PHP_FUNCTION(pathinfo)
{
    char* path;
    size_t length;
    zend_long flags = kPathinfoAll;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|l", &path, &length, &flags) == FAILURE)
        RETURN_THROWS();
    zval parts;
    array_init(&parts);
    if ((flags & kPathinfoDirname) == kPathinfoDirname) {
        char* copy = static_cast<char*>(emalloc(length + 2));
        std::memcpy(copy, path, length);
        // Like PHP, the result is read as a C string: it ends at a NUL byte.
        copy[dir_name(copy, length)] = '\0';
        if (copy[0] != '\0')
            add_assoc_string(&parts, "dirname", copy);
        efree(copy);
    }
    zend_string* base = nullptr;
    if ((flags & (kPathinfoBasename | kPathinfoExtension | kPathinfoFilename)) != 0)
        base = base_name(path, length, nullptr, 0);
    if ((flags & kPathinfoBasename) == kPathinfoBasename)
        add_assoc_str(&parts, "basename", zend_string_copy(base));
    const char* dot = nullptr;
    if (base) {
        for (size_t i = ZSTR_LEN(base); i > 0; --i) {
            if (ZSTR_VAL(base)[i - 1] == '.') {
                dot = ZSTR_VAL(base) + i - 1;
                break;
            }
        }
    }
    if ((flags & kPathinfoExtension) == kPathinfoExtension && dot)
        add_assoc_stringl(&parts, "extension", dot + 1, ZSTR_LEN(base) - static_cast<size_t>(dot - ZSTR_VAL(base)) - 1);
    if ((flags & kPathinfoFilename) == kPathinfoFilename)
        add_assoc_stringl(&parts, "filename", ZSTR_VAL(base),
                          dot ? static_cast<size_t>(dot - ZSTR_VAL(base)) : ZSTR_LEN(base));
    if (base)
        zend_string_release(base);
    if (flags == kPathinfoAll) {
        ZVAL_COPY_VALUE(return_value, &parts);
        return;
    }
    zval* first = nullptr;
    zend_hash_for_each(Z_ARRVAL(parts), [&](zend_ulong, zend_string*, zval* value) {
        if (!first)
            first = value;
    });
    if (first)
        RETVAL_COPY(first);
    else
        RETVAL_EMPTY_STRING();
    zval_ptr_dtor(&parts);
}

void standard_register_path_constants(int module_number)
{
    REGISTER_LONG_CONSTANT("PATHINFO_DIRNAME", kPathinfoDirname, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("PATHINFO_BASENAME", kPathinfoBasename, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("PATHINFO_EXTENSION", kPathinfoExtension, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("PATHINFO_FILENAME", kPathinfoFilename, CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("PATHINFO_ALL", kPathinfoAll, CONST_PERSISTENT);
}

namespace {

const char* const arginfo_basename[] = {"path", "suffix", nullptr};
const char* const arginfo_dirname[] = {"path", "levels", nullptr};
const char* const arginfo_pathinfo[] = {"path", "flags", nullptr};

} // namespace

const zend_function_entry standard_path_functions[] = {
    PHP_FE(basename, arginfo_basename)
    PHP_FE(dirname, arginfo_dirname)
    PHP_FE(pathinfo, arginfo_pathinfo)
    PHP_FE_END
};
