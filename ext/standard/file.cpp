// Paths and the file system (https://www.php.net/manual/en/ref.filesystem.php and ref.dir.php): the
// stat family (file_exists, is_file, filesize, ...),
// and the functions that change the file system or the working directory. Reading and writing through
// streams is in file_streams.cpp.
//
// PHP's messages name the failing path in the prefix for some functions ("unlink(PATH): No such file
// or directory") and not for others ("mkdir(): File exists"); each function below says which.
#include "ext/standard/php_standard.h"
#include "ext/standard/php_string.h"
#include "ext/standard/streams.h"

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <glob.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include <utime.h>

using namespace miniphp::standard;

namespace {

// A NUL-terminated copy of a path argument in request memory (the caller frees it with efree).
char* path_copy(const char* path, size_t length) { return estrndup(path, length); }

} // namespace


// realpath(string $path): string|false
// https://www.php.net/manual/en/function.realpath.php
PHP_FUNCTION(realpath)
{
    char* path;
    size_t path_length;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s", &path, &path_length) == FAILURE)
        RETURN_THROWS();
    if (!path_argument_ok(path, path_length, 1))
        RETURN_THROWS();
    char resolved[PATH_MAX];
    if (!::realpath(path_length ? path : ".", resolved))
        RETURN_FALSE;
    RETURN_STRING(resolved);
}

// --- the stat family ------------------------------------------------------------------------------------

namespace {

enum class StatQuery { Exists, IsFile, IsDir, IsLink, IsReadable, IsWritable, IsExecutable, Size, MTime, ATime, CTime, Perms };

// PHP's php_stat: the existence checks answer false quietly for an empty name or a NUL byte; the others
// warn "stat failed for PATH" when the file cannot be examined.
void php_stat(const char* path, size_t length, StatQuery query, zval* return_value)
{
    const bool exists_check = query == StatQuery::Exists || query == StatQuery::IsFile || query == StatQuery::IsDir
                              || query == StatQuery::IsLink || query == StatQuery::IsReadable
                              || query == StatQuery::IsWritable || query == StatQuery::IsExecutable;
    if (length == 0) {
        RETVAL_FALSE;
        return;
    }
    if (std::memchr(path, '\0', length)) {
        if (!exists_check)
            zend_error(E_WARNING, "%s(): Filename contains null byte", get_active_function_name());
        RETVAL_FALSE;
        return;
    }
    switch (query) {
    case StatQuery::IsReadable: RETVAL_BOOL(::access(path, R_OK) == 0); return;
    case StatQuery::IsWritable: RETVAL_BOOL(::access(path, W_OK) == 0); return;
    case StatQuery::IsExecutable: RETVAL_BOOL(::access(path, X_OK) == 0); return;
    default: break;
    }
    struct stat info;
    int result = query == StatQuery::IsLink ? ::lstat(path, &info) : ::stat(path, &info);
    if (result != 0) {
        if (!exists_check)
            zend_error(E_WARNING, "%s(): stat failed for %s", get_active_function_name(), path);
        RETVAL_FALSE;
        return;
    }
    switch (query) {
    case StatQuery::Exists: RETVAL_TRUE; return;
    case StatQuery::IsFile: RETVAL_BOOL(S_ISREG(info.st_mode)); return;
    case StatQuery::IsDir: RETVAL_BOOL(S_ISDIR(info.st_mode)); return;
    case StatQuery::IsLink: RETVAL_BOOL(S_ISLNK(info.st_mode)); return;
    case StatQuery::Size: RETVAL_LONG(static_cast<zend_long>(info.st_size)); return;
    case StatQuery::MTime: RETVAL_LONG(static_cast<zend_long>(info.st_mtime)); return;
    case StatQuery::ATime: RETVAL_LONG(static_cast<zend_long>(info.st_atime)); return;
    case StatQuery::CTime: RETVAL_LONG(static_cast<zend_long>(info.st_ctime)); return;
    case StatQuery::Perms: RETVAL_LONG(static_cast<zend_long>(info.st_mode)); return;
    default: RETVAL_FALSE; return;
    }
}

void stat_function(zend_execute_data* execute_data, zval* return_value, StatQuery query)
{
    char* path;
    size_t path_length;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s", &path, &path_length) == FAILURE)
        RETURN_THROWS();
    php_stat(path, path_length, query, return_value);
}

} // namespace

PHP_FUNCTION(file_exists) { stat_function(execute_data, return_value, StatQuery::Exists); }
PHP_FUNCTION(is_file) { stat_function(execute_data, return_value, StatQuery::IsFile); }
PHP_FUNCTION(is_dir) { stat_function(execute_data, return_value, StatQuery::IsDir); }
PHP_FUNCTION(is_link) { stat_function(execute_data, return_value, StatQuery::IsLink); }
PHP_FUNCTION(is_readable) { stat_function(execute_data, return_value, StatQuery::IsReadable); }
PHP_FUNCTION(is_writable) { stat_function(execute_data, return_value, StatQuery::IsWritable); }
PHP_FUNCTION(is_executable) { stat_function(execute_data, return_value, StatQuery::IsExecutable); }
PHP_FUNCTION(filesize) { stat_function(execute_data, return_value, StatQuery::Size); }
PHP_FUNCTION(filemtime) { stat_function(execute_data, return_value, StatQuery::MTime); }
PHP_FUNCTION(fileatime) { stat_function(execute_data, return_value, StatQuery::ATime); }
PHP_FUNCTION(filectime) { stat_function(execute_data, return_value, StatQuery::CTime); }
PHP_FUNCTION(fileperms) { stat_function(execute_data, return_value, StatQuery::Perms); }

void standard_stat_array(zval* return_value, const struct stat* info)
{
    const zend_long values[] = {
        static_cast<zend_long>(info->st_dev),     static_cast<zend_long>(info->st_ino),
        static_cast<zend_long>(info->st_mode),    static_cast<zend_long>(info->st_nlink),
        static_cast<zend_long>(info->st_uid),     static_cast<zend_long>(info->st_gid),
        static_cast<zend_long>(info->st_rdev),    static_cast<zend_long>(info->st_size),
        static_cast<zend_long>(info->st_atime),   static_cast<zend_long>(info->st_mtime),
        static_cast<zend_long>(info->st_ctime),   static_cast<zend_long>(info->st_blksize),
        static_cast<zend_long>(info->st_blocks),
    };
    static const char* const names[] = {"dev",   "ino",  "mode",  "nlink", "uid",     "gid",   "rdev",
                                        "size",  "atime", "mtime", "ctime", "blksize", "blocks"};
    array_init_size(return_value, 26);
    for (zend_long value : values)
        add_next_index_long(return_value, value);
    for (size_t i = 0; i < 13; ++i)
        add_assoc_long(return_value, names[i], values[i]);
}

namespace {

void stat_array_function(zend_execute_data* execute_data, zval* return_value, bool link)
{
    char* path;
    size_t path_length;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s", &path, &path_length) == FAILURE)
        RETURN_THROWS();
    if (path_length == 0)
        RETURN_FALSE;
    if (std::memchr(path, '\0', path_length)) {
        zend_error(E_WARNING, "%s(): Filename contains null byte", get_active_function_name());
        RETURN_FALSE;
    }
    struct stat info;
    if ((link ? ::lstat(path, &info) : ::stat(path, &info)) != 0) {
        zend_error(E_WARNING, "%s(): %sstat failed for %s", get_active_function_name(), link ? "L" : "", path);
        RETURN_FALSE;
    }
    standard_stat_array(return_value, &info);
}

} // namespace

// stat(string $filename): array|false, lstat(string $filename): array|false
PHP_FUNCTION(stat) { stat_array_function(execute_data, return_value, false); }
PHP_FUNCTION(lstat) { stat_array_function(execute_data, return_value, true); }

// clearstatcache(bool $clear_realpath_cache = false, string $filename = ""): void — nothing is cached.
PHP_FUNCTION(clearstatcache)
{
    bool clear_realpath_cache = false;
    char* path = nullptr;
    size_t path_length = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|bs", &clear_realpath_cache, &path, &path_length) == FAILURE)
        RETURN_THROWS();
}

// --- changing the file system -----------------------------------------------------------------------------

namespace {

// unlink() and rmdir(): `system_call` (::unlink or ::rmdir) on the path argument; a failure is the
// warning "NAME(PATH): REASON" and false.
void remove_path(zend_execute_data* execute_data, zval* return_value, const char* name,
                 int (*system_call)(const char*))
{
    char* path;
    if (!path_and_context_arguments(execute_data, &path))
        RETURN_THROWS();
    if (system_call(path) != 0) {
        zend_error(E_WARNING, "%s(%s): %s", name, path, std::strerror(errno));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

// mkdir -p: every missing component of `path`, then the last one, whose existence is the error PHP
// reports ("File exists").
bool make_directories(char* path, mode_t mode)
{
    size_t length = std::strlen(path);
    while (length > 1 && path[length - 1] == '/')
        path[--length] = '\0';
    for (size_t i = 1; i < length; ++i) {
        if (path[i] != '/')
            continue;
        path[i] = '\0';
        struct stat info;
        if (::stat(path, &info) != 0) {
            if (::mkdir(path, mode) != 0 && errno != EEXIST) {
                path[i] = '/';
                return false;
            }
        } else if (!S_ISDIR(info.st_mode)) {
            path[i] = '/';
            errno = ENOTDIR;
            return false;
        }
        path[i] = '/';
    }
    return ::mkdir(path, mode) == 0;
}

} // namespace

// unlink(string $filename, $context = null): bool — "unlink(PATH): REASON".
PHP_FUNCTION(unlink) { remove_path(execute_data, return_value, "unlink", ::unlink); }

// mkdir(string $directory, int $permissions = 0777, bool $recursive = false, $context = null): bool
// https://www.php.net/manual/en/function.mkdir.php — "mkdir(): REASON".
PHP_FUNCTION(mkdir)
{
    char* path;
    size_t path_length;
    zend_long permissions = 0777;
    bool recursive = false;
    zval* context = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|lbz!", &path, &path_length, &permissions, &recursive, &context)
        == FAILURE)
        RETURN_THROWS();
    if (!path_argument_ok(path, path_length, 1))
        RETURN_THROWS();
    stream_default_context();
    bool ok;
    if (recursive) {
        char* copy = path_copy(path, path_length);
        ok = make_directories(copy, static_cast<mode_t>(permissions));
        efree(copy);
    } else {
        ok = ::mkdir(path, static_cast<mode_t>(permissions)) == 0;
    }
    if (!ok) {
        zend_error(E_WARNING, "mkdir(): %s", std::strerror(errno));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

// rmdir(string $directory, $context = null): bool — "rmdir(PATH): REASON".
PHP_FUNCTION(rmdir) { remove_path(execute_data, return_value, "rmdir", ::rmdir); }

namespace {

// rename() across file systems (EXDEV), as PHP does it: copy the file with its permissions, then remove
// the original. Plain descriptors only, nothing that can bail out in between.
bool move_across_file_systems(const char* from, const char* to)
{
    struct stat info;
    if (::stat(from, &info) == 0 && S_ISDIR(info.st_mode))
        zend_error(E_WARNING, "rename(): The first argument to copy() function cannot be a directory");
    if (::stat(from, &info) != 0 || !S_ISREG(info.st_mode)) {
        errno = EXDEV;
        return false;
    }
    int source = ::open(from, O_RDONLY);
    if (source < 0)
        return false;
    int target = ::open(to, O_WRONLY | O_CREAT | O_TRUNC, info.st_mode & 07777);
    if (target < 0) {
        int error = errno;
        ::close(source);
        errno = error;
        return false;
    }
    bool ok = true;
    char chunk[8192];
    for (;;) {
        ssize_t got = ::read(source, chunk, sizeof chunk);
        if (got == 0)
            break;
        if (got < 0 || ::write(target, chunk, static_cast<size_t>(got)) != got) {
            ok = false;
            break;
        }
    }
    int error = errno;
    ::close(source);
    ::close(target);
    if (!ok) {
        errno = error;
        return false;
    }
    ::chmod(to, info.st_mode & 07777);
    return ::unlink(from) == 0;
}

} // namespace

// rename(string $from, string $to, $context = null): bool — "rename(FROM,TO): REASON".
PHP_FUNCTION(rename)
{
    char* from;
    size_t from_length;
    char* to;
    size_t to_length;
    if (!two_paths_and_context_arguments(execute_data, &from, &from_length, &to, &to_length))
        RETURN_THROWS();
    if (::rename(from, to) != 0 && !(errno == EXDEV && move_across_file_systems(from, to))) {
        zend_error(E_WARNING, "rename(%s,%s): %s", from, to, std::strerror(errno));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

// touch(string $filename, ?int $mtime = null, ?int $atime = null): bool
// https://www.php.net/manual/en/function.touch.php
PHP_FUNCTION(touch)
{
    char* path;
    size_t path_length;
    zend_long mtime = 0;
    bool mtime_is_null = true;
    zend_long atime = 0;
    bool atime_is_null = true;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|l!l!", &path, &path_length, &mtime, &mtime_is_null, &atime,
                              &atime_is_null)
        == FAILURE)
        RETURN_THROWS();
    if (!path_argument_ok(path, path_length, 1))
        RETURN_THROWS();
    if (mtime_is_null && !atime_is_null) {
        zend_argument_value_error(2, "cannot be null when argument #3 ($atime) is an integer");
        RETURN_THROWS();
    }
    if (::access(path, F_OK) != 0) {
        int fd = ::open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
        if (fd < 0) {
            zend_error(E_WARNING, "touch(): Unable to create file %s because %s", path, std::strerror(errno));
            RETURN_FALSE;
        }
        ::close(fd);
    }
    int result;
    if (mtime_is_null) {
        result = ::utime(path, nullptr);
    } else {
        struct utimbuf times;
        times.modtime = static_cast<time_t>(mtime);
        times.actime = static_cast<time_t>(atime_is_null ? mtime : atime);
        result = ::utime(path, &times);
    }
    if (result != 0) {
        zend_error(E_WARNING, "touch(): Utime failed: %s", std::strerror(errno));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

// chmod(string $filename, int $permissions): bool — "chmod(): REASON".
PHP_FUNCTION(chmod)
{
    char* path;
    size_t path_length;
    zend_long permissions;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "sl", &path, &path_length, &permissions) == FAILURE)
        RETURN_THROWS();
    if (!path_argument_ok(path, path_length, 1))
        RETURN_THROWS();
    if (::chmod(path, static_cast<mode_t>(permissions)) != 0) {
        zend_error(E_WARNING, "chmod(): %s", std::strerror(errno));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

namespace {

// PHP's php_get_temporary_directory without the sys_temp_dir setting: $TMPDIR without one trailing
// slash, else /tmp. A request-memory copy.
zend_string* temporary_directory()
{
    const char* tmpdir = std::getenv("TMPDIR");
    if (tmpdir && *tmpdir) {
        size_t length = std::strlen(tmpdir);
        if (length >= 2 && tmpdir[length - 1] == '/')
            --length;
        return zend_string_init(tmpdir, length, false);
    }
    return zend_string_init("/tmp", 4, false);
}

// Creates DIR/PREFIXxxxxxx in the real path of `directory`; returns its path or null.
zend_string* create_temporary_file(const char* directory, const char* prefix, size_t prefix_length)
{
    if (!directory || !*directory)
        return nullptr;
    char resolved[PATH_MAX];
    if (!::realpath(directory, resolved))
        return nullptr;
    size_t directory_length = std::strlen(resolved);
    const char* separator = directory_length && resolved[directory_length - 1] == '/' ? "" : "/";
    smart_str path {};
    smart_str_appends(&path, resolved);
    smart_str_appends(&path, separator);
    smart_str_appendl(&path, prefix, prefix_length);
    smart_str_appends(&path, "XXXXXX");
    smart_str_0(&path);
    zend_string* result = smart_str_extract(&path);
    int fd = ::mkstemp(ZSTR_VAL(result));
    if (fd < 0) {
        zend_string_release(result);
        return nullptr;
    }
    ::close(fd);
    return result;
}

} // namespace

// tempnam(string $directory, string $prefix): string|false
// https://www.php.net/manual/en/function.tempnam.php
PHP_FUNCTION(tempnam)
{
    char* directory;
    size_t directory_length;
    char* prefix;
    size_t prefix_length;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "ss", &directory, &directory_length, &prefix, &prefix_length)
        == FAILURE)
        RETURN_THROWS();
    if (!path_argument_ok(directory, directory_length, 1) || !path_argument_ok(prefix, prefix_length, 2))
        RETURN_THROWS();
    // Only the prefix's last component counts, at most 63 bytes of it.
    zend_string* base = php_basename(prefix, prefix_length, nullptr, 0);
    size_t base_length = ZSTR_LEN(base) > 63 ? 63 : ZSTR_LEN(base);
    zend_string* path = create_temporary_file(directory, ZSTR_VAL(base), base_length);
    if (!path) {
        zend_string* fallback = temporary_directory();
        zend_error(E_NOTICE, "tempnam(): file created in the system's temporary directory");
        path = create_temporary_file(ZSTR_VAL(fallback), ZSTR_VAL(base), base_length);
        zend_string_release(fallback);
    }
    zend_string_release(base);
    if (!path)
        RETURN_FALSE;
    RETURN_STR(path);
}

// sys_get_temp_dir(): string
PHP_FUNCTION(sys_get_temp_dir)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    RETURN_STR(temporary_directory());
}

// getcwd(): string|false
PHP_FUNCTION(getcwd)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    char buffer[PATH_MAX];
    if (!::getcwd(buffer, sizeof buffer))
        RETURN_FALSE;
    RETURN_STRING(buffer);
}

// chdir(string $directory): bool — "chdir(): REASON (errno N)".
PHP_FUNCTION(chdir)
{
    char* path;
    size_t path_length;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s", &path, &path_length) == FAILURE)
        RETURN_THROWS();
    if (!path_argument_ok(path, path_length, 1))
        RETURN_THROWS();
    if (::chdir(path) != 0) {
        int error = errno;
        zend_error(E_WARNING, "chdir(): %s (errno %d)", std::strerror(error), error);
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

// --- directories --------------------------------------------------------------------------------------

namespace {

constexpr zend_long kGlobAvailableFlags = GLOB_ERR | GLOB_MARK | GLOB_NOSORT | GLOB_NOCHECK | GLOB_NOESCAPE
                                          | GLOB_BRACE | GLOB_ONLYDIR;

int compare_strings(const void* a, const void* b)
{
    const zend_string* left = *static_cast<zend_string* const*>(a);
    const zend_string* right = *static_cast<zend_string* const*>(b);
    return zend_binary_strcmp(ZSTR_VAL(left), ZSTR_LEN(left), ZSTR_VAL(right), ZSTR_LEN(right));
}

} // namespace

// glob(string $pattern, int $flags = 0): array|false
// https://www.php.net/manual/en/function.glob.php
PHP_FUNCTION(glob)
{
    char* pattern;
    size_t pattern_length;
    zend_long flags = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|l", &pattern, &pattern_length, &flags) == FAILURE)
        RETURN_THROWS();
    if (!path_argument_ok(pattern, pattern_length, 1))
        RETURN_THROWS();
    if ((kGlobAvailableFlags & flags) != flags) {
        zend_error(E_WARNING, "glob(): At least one of the passed flags is invalid or not supported on this platform");
        RETURN_FALSE;
    }
    glob_t found;
    std::memset(&found, 0, sizeof found);
    int result = ::glob(pattern, static_cast<int>(flags & kGlobAvailableFlags), nullptr, &found);
    array_init(return_value);
    if (result == 0) {
        for (size_t i = 0; i < found.gl_pathc; ++i) {
            const char* path = found.gl_pathv[i];
            // GLOB_ONLYDIR is only a hint to glob(3): PHP checks each match itself.
            if (flags & GLOB_ONLYDIR) {
                struct stat info;
                if (::stat(path, &info) != 0 || !S_ISDIR(info.st_mode))
                    continue;
            }
            add_next_index_string(return_value, path);
        }
    } else if (result != GLOB_NOMATCH) {
        ::globfree(&found);
        zval_ptr_dtor(return_value);
        RETURN_FALSE;
    }
    ::globfree(&found);
}

// scandir(string $directory, int $sorting_order = SCANDIR_SORT_ASCENDING, $context = null): array|false
// https://www.php.net/manual/en/function.scandir.php
PHP_FUNCTION(scandir)
{
    char* path;
    size_t path_length;
    zend_long order = 0;
    zval* context = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|lz!", &path, &path_length, &order, &context) == FAILURE)
        RETURN_THROWS();
    if (path_length == 0) {
        zend_argument_value_error(1, "cannot be empty");
        RETURN_THROWS();
    }
    if (!path_argument_ok(path, path_length, 1))
        RETURN_THROWS();
    stream_default_context();
    DIR* directory = ::opendir(path);
    if (!directory) {
        int error = errno;
        zend_error(E_WARNING, "scandir(%s): Failed to open directory: %s", path, std::strerror(error));
        zend_error(E_WARNING, "scandir(): (errno %d): %s", error, std::strerror(error));
        RETURN_FALSE;
    }
    // The names are collected in request memory before anything can raise an error, so the DIR handle
    // is closed before any bailout could skip it.
    size_t count = 0;
    size_t capacity = 16;
    auto* names = static_cast<zend_string**>(emalloc(capacity * sizeof(zend_string*)));
    while (struct dirent* entry = ::readdir(directory)) {
        if (count == capacity) {
            capacity *= 2;
            names = static_cast<zend_string**>(erealloc(names, capacity * sizeof(zend_string*)));
        }
        names[count++] = zend_string_init(entry->d_name, std::strlen(entry->d_name), false);
    }
    ::closedir(directory);
    if (order != 2)
        std::qsort(names, count, sizeof(zend_string*), compare_strings);
    array_init(return_value);
    for (size_t i = 0; i < count; ++i) {
        size_t at = (order != 0 && order != 2) ? count - 1 - i : i;
        add_next_index_str(return_value, names[at]);
    }
    efree(names);
}

namespace {

const char* const arginfo_path[] = {"path", nullptr};
const char* const arginfo_filename[] = {"filename", nullptr};
const char* const arginfo_clearstatcache[] = {"clear_realpath_cache", "filename", nullptr};
const char* const arginfo_filename_context[] = {"filename", "context", nullptr};
const char* const arginfo_mkdir[] = {"directory", "permissions", "recursive", "context", nullptr};
const char* const arginfo_directory_context[] = {"directory", "context", nullptr};
const char* const arginfo_rename[] = {"from", "to", "context", nullptr};
const char* const arginfo_touch[] = {"filename", "mtime", "atime", nullptr};
const char* const arginfo_chmod[] = {"filename", "permissions", nullptr};
const char* const arginfo_tempnam[] = {"directory", "prefix", nullptr};
const char* const arginfo_none[] = {nullptr};
const char* const arginfo_directory[] = {"directory", nullptr};
const char* const arginfo_glob[] = {"pattern", "flags", nullptr};
const char* const arginfo_scandir[] = {"directory", "sorting_order", "context", nullptr};

} // namespace

const zend_function_entry standard_file_functions[] = {
    PHP_FE(realpath, arginfo_path)
    PHP_FE(file_exists, arginfo_filename)
    PHP_FE(is_file, arginfo_filename)
    PHP_FE(is_dir, arginfo_filename)
    PHP_FE(is_link, arginfo_filename)
    PHP_FE(is_readable, arginfo_filename)
    PHP_FE(is_writable, arginfo_filename)
    PHP_FALIAS(is_writeable, is_writable, arginfo_filename)
    PHP_FE(is_executable, arginfo_filename)
    PHP_FE(filesize, arginfo_filename)
    PHP_FE(filemtime, arginfo_filename)
    PHP_FE(fileatime, arginfo_filename)
    PHP_FE(filectime, arginfo_filename)
    PHP_FE(fileperms, arginfo_filename)
    PHP_FE(stat, arginfo_filename)
    PHP_FE(lstat, arginfo_filename)
    PHP_FE(clearstatcache, arginfo_clearstatcache)
    PHP_FE(unlink, arginfo_filename_context)
    PHP_FE(mkdir, arginfo_mkdir)
    PHP_FE(rmdir, arginfo_directory_context)
    PHP_FE(rename, arginfo_rename)
    PHP_FE(touch, arginfo_touch)
    PHP_FE(chmod, arginfo_chmod)
    PHP_FE(tempnam, arginfo_tempnam)
    PHP_FE(sys_get_temp_dir, arginfo_none)
    PHP_FE(getcwd, arginfo_none)
    PHP_FE(chdir, arginfo_directory)
    PHP_FE(glob, arginfo_glob)
    PHP_FE(scandir, arginfo_scandir)
    PHP_FE_END
};

// The constants of the file functions (registered by the module's MINIT).
void standard_file_register_constants(int module_number)
{
    streams_module_startup(module_number);
    constexpr int flags = CONST_CS | CONST_PERSISTENT;
    REGISTER_LONG_CONSTANT("FILE_USE_INCLUDE_PATH", 1, flags);
    REGISTER_LONG_CONSTANT("FILE_IGNORE_NEW_LINES", 2, flags);
    REGISTER_LONG_CONSTANT("FILE_SKIP_EMPTY_LINES", 4, flags);
    REGISTER_LONG_CONSTANT("FILE_APPEND", 8, flags);
    REGISTER_LONG_CONSTANT("FILE_NO_DEFAULT_CONTEXT", 16, flags);
    REGISTER_LONG_CONSTANT("FILE_TEXT", 0, flags);
    REGISTER_LONG_CONSTANT("FILE_BINARY", 0, flags);
    REGISTER_LONG_CONSTANT("LOCK_SH", 1, flags);
    REGISTER_LONG_CONSTANT("LOCK_EX", 2, flags);
    REGISTER_LONG_CONSTANT("LOCK_UN", 3, flags);
    REGISTER_LONG_CONSTANT("LOCK_NB", 4, flags);
    REGISTER_LONG_CONSTANT("SEEK_SET", SEEK_SET, flags);
    REGISTER_LONG_CONSTANT("SEEK_CUR", SEEK_CUR, flags);
    REGISTER_LONG_CONSTANT("SEEK_END", SEEK_END, flags);
    REGISTER_LONG_CONSTANT("SCANDIR_SORT_ASCENDING", 0, flags);
    REGISTER_LONG_CONSTANT("SCANDIR_SORT_DESCENDING", 1, flags);
    REGISTER_LONG_CONSTANT("SCANDIR_SORT_NONE", 2, flags);
    REGISTER_LONG_CONSTANT("GLOB_ERR", GLOB_ERR, flags);
    REGISTER_LONG_CONSTANT("GLOB_MARK", GLOB_MARK, flags);
    REGISTER_LONG_CONSTANT("GLOB_NOSORT", GLOB_NOSORT, flags);
    REGISTER_LONG_CONSTANT("GLOB_NOCHECK", GLOB_NOCHECK, flags);
    REGISTER_LONG_CONSTANT("GLOB_NOESCAPE", GLOB_NOESCAPE, flags);
    REGISTER_LONG_CONSTANT("GLOB_BRACE", GLOB_BRACE, flags);
    REGISTER_LONG_CONSTANT("GLOB_ONLYDIR", GLOB_ONLYDIR, flags);
    REGISTER_LONG_CONSTANT("GLOB_AVAILABLE_FLAGS", kGlobAvailableFlags, flags);
}
