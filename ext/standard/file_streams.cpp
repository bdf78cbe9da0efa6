// The builtins that read and write through streams (https://www.php.net/manual/en/ref.filesystem.php):
// fopen and the f* functions on a stream resource, stream_get_contents, the whole-file functions
// file_get_contents, file_put_contents, file and copy, the resource functions is_resource and
// get_resource_type, and the CLI's STDIN, STDOUT and STDERR constants. The stream layer itself is
// streams.cpp.
//
// Resource numbers follow PHP's: STDIN, STDOUT and STDERR are 1, 2 and 3, the default stream context
// takes the next number the first time a builtin with a $context parameter runs, and every stream a
// builtin opens for a moment (file_get_contents) takes one too.
#include "ext/standard/php_standard.h"
#include "ext/standard/streams.h"

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace miniphp::standard;

namespace {

constexpr zend_long kFileUseIncludePath = 1;
constexpr zend_long kFileIgnoreNewLines = 2;
constexpr zend_long kFileSkipEmptyLines = 4;
constexpr zend_long kFileAppend = 8;
constexpr zend_long kFileNoDefaultContext = 16;
constexpr zend_long kLockSh = 1;
constexpr zend_long kLockEx = 2;
constexpr zend_long kLockUn = 3;
constexpr zend_long kLockNb = 4;

// The mode argument as a C string (modes never hold NUL bytes that matter; PHP stops at one too).
void copy_mode(char* out, size_t out_size, const char* mode, size_t length)
{
    size_t n = length < out_size - 1 ? length : out_size - 1;
    std::memcpy(out, mode, n);
    out[n] = '\0';
}

// The argument of the builtins that take only a stream ($stream): the stream, or null after PHP's
// error for a wrong argument.
Stream* only_stream_argument(zend_execute_data* execute_data)
{
    zval* handle;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &handle) == FAILURE)
        return nullptr;
    return stream_from_argument(handle, 1);
}

} // namespace

// fopen(string $filename, string $mode, bool $use_include_path = false, $context = null)
// https://www.php.net/manual/en/function.fopen.php
PHP_FUNCTION(fopen)
{
    char* path;
    size_t path_length;
    char* mode;
    size_t mode_length;
    bool use_include_path = false;
    zval* context = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "ss|bz!", &path, &path_length, &mode, &mode_length, &use_include_path,
                              &context)
        == FAILURE)
        RETURN_THROWS();
    if (!path_argument_ok(path, path_length, 1))
        RETURN_THROWS();
    stream_default_context();
    char mode_text[32];
    copy_mode(mode_text, sizeof mode_text, mode, mode_length);
    Stream* stream = stream_open(path, path_length, mode_text);
    if (!stream)
        RETURN_FALSE;
    ZVAL_RES(return_value, stream_register(stream));
}

// fclose($stream): bool
PHP_FUNCTION(fclose)
{
    zval* handle;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &handle) == FAILURE)
        RETURN_THROWS();
    if (!stream_from_argument(handle, 1))
        RETURN_THROWS();
    zval* value = handle;
    ZVAL_DEREF(value);
    zend_list_close(Z_RES_P(value));
    RETURN_TRUE;
}

// fwrite($stream, string $data, ?int $length = null): int|false (alias fputs)
// https://www.php.net/manual/en/function.fwrite.php
PHP_FUNCTION(fwrite)
{
    zval* handle;
    char* data;
    size_t data_length;
    zend_long max_length = 0;
    bool max_length_is_null = true;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zs|l!", &handle, &data, &data_length, &max_length, &max_length_is_null)
        == FAILURE)
        RETURN_THROWS();
    size_t count = data_length;
    if (!max_length_is_null) {
        if (max_length <= 0)
            count = 0;
        else if (static_cast<size_t>(max_length) < count)
            count = static_cast<size_t>(max_length);
    }
    Stream* stream = stream_from_argument(handle, 1);
    if (!stream)
        RETURN_THROWS();
    if (count == 0)
        RETURN_LONG(0);
    ssize_t wrote = stream_write(stream, data, count);
    if (wrote < 0)
        RETURN_FALSE;
    RETURN_LONG(wrote);
}

// fread($stream, int $length): string|false
PHP_FUNCTION(fread)
{
    zval* handle;
    zend_long length;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zl", &handle, &length) == FAILURE)
        RETURN_THROWS();
    Stream* stream = stream_from_argument(handle, 1);
    if (!stream)
        RETURN_THROWS();
    if (length <= 0) {
        zend_argument_value_error(2, "must be greater than 0");
        RETURN_THROWS();
    }
    zend_string* text = zend_string_alloc(static_cast<size_t>(length), false);
    ssize_t got = stream_read(stream, ZSTR_VAL(text), static_cast<size_t>(length));
    if (got < 0) {
        zend_string_efree(text);
        RETURN_FALSE;
    }
    ZSTR_LEN(text) = static_cast<size_t>(got);
    ZSTR_VAL(text)[got] = '\0';
    if (static_cast<size_t>(got) < static_cast<size_t>(length) / 2)
        text = zend_string_truncate(text, static_cast<size_t>(got), false);
    RETURN_STR(text);
}

// fgets($stream, ?int $length = null): string|false
PHP_FUNCTION(fgets)
{
    zval* handle;
    zend_long length = 0;
    bool length_is_null = true;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z|l!", &handle, &length, &length_is_null) == FAILURE)
        RETURN_THROWS();
    Stream* stream = stream_from_argument(handle, 1);
    if (!stream)
        RETURN_THROWS();
    if (!length_is_null && length <= 0) {
        zend_argument_value_error(2, "must be greater than 0");
        RETURN_THROWS();
    }
    // fgets($f, 1) asks for nothing: PHP returns false without reading.
    if (!length_is_null && length == 1)
        RETURN_FALSE;
    zend_string* line = stream_get_line(stream, length_is_null ? 0 : static_cast<size_t>(length));
    if (!line)
        RETURN_FALSE;
    RETURN_STR(line);
}

// fgetc($stream): string|false
PHP_FUNCTION(fgetc)
{
    Stream* stream = only_stream_argument(execute_data);
    if (!stream)
        RETURN_THROWS();
    char c;
    if (stream_read(stream, &c, 1) != 1)
        RETURN_FALSE;
    RETURN_STR(ZSTR_CHAR(c));
}

// feof($stream): bool
PHP_FUNCTION(feof)
{
    Stream* stream = only_stream_argument(execute_data);
    if (!stream)
        RETURN_THROWS();
    RETURN_BOOL(stream_eof(stream));
}

// fflush($stream): bool
PHP_FUNCTION(fflush)
{
    Stream* stream = only_stream_argument(execute_data);
    if (!stream)
        RETURN_THROWS();
    RETURN_BOOL(stream_flush(stream));
}

// ftell($stream): int|false
PHP_FUNCTION(ftell)
{
    Stream* stream = only_stream_argument(execute_data);
    if (!stream)
        RETURN_THROWS();
    if (stream->position == -1)
        RETURN_FALSE;
    RETURN_LONG(stream->position);
}

// fseek($stream, int $offset, int $whence = SEEK_SET): int
PHP_FUNCTION(fseek)
{
    zval* handle;
    zend_long offset;
    zend_long whence = SEEK_SET;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zl|l", &handle, &offset, &whence) == FAILURE)
        RETURN_THROWS();
    Stream* stream = stream_from_argument(handle, 1);
    if (!stream)
        RETURN_THROWS();
    RETURN_LONG(stream_seek(stream, offset, static_cast<int>(whence)));
}

// rewind($stream): bool
PHP_FUNCTION(rewind)
{
    Stream* stream = only_stream_argument(execute_data);
    if (!stream)
        RETURN_THROWS();
    RETURN_BOOL(stream_seek(stream, 0, SEEK_SET) == 0);
}

// ftruncate($stream, int $size): bool
PHP_FUNCTION(ftruncate)
{
    zval* handle;
    zend_long size;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zl", &handle, &size) == FAILURE)
        RETURN_THROWS();
    if (size < 0) {
        zend_argument_value_error(2, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    Stream* stream = stream_from_argument(handle, 1);
    if (!stream)
        RETURN_THROWS();
    RETURN_BOOL(stream_truncate(stream, size));
}

// flock($stream, int $operation, &$would_block = null): bool
PHP_FUNCTION(flock)
{
    zval* handle;
    zend_long operation;
    zval* would_block = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "zl|z", &handle, &operation, &would_block) == FAILURE)
        RETURN_THROWS();
    Stream* stream = stream_from_argument(handle, 1);
    if (!stream)
        RETURN_THROWS();
    zend_long act = operation & 3;
    if (act < 1 || act > 3) {
        zend_argument_value_error(2, "must be one of LOCK_SH, LOCK_EX, or LOCK_UN");
        RETURN_THROWS();
    }
    if (stream->kind != StreamKind::Descriptor)
        RETURN_FALSE;
    int how = act == kLockSh ? LOCK_SH : act == kLockEx ? LOCK_EX : LOCK_UN;
    if (operation & kLockNb)
        how |= LOCK_NB;
    RETURN_BOOL(::flock(stream->fd, how) == 0);
}

// stream_get_contents($stream, ?int $length = null, int $offset = -1): string|false
PHP_FUNCTION(stream_get_contents)
{
    zval* handle;
    zend_long length = 0;
    bool length_is_null = true;
    zend_long offset = -1;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z|l!l", &handle, &length, &length_is_null, &offset) == FAILURE)
        RETURN_THROWS();
    Stream* stream = stream_from_argument(handle, 1);
    if (!stream)
        RETURN_THROWS();
    if (!length_is_null && length < 0 && length != -1) {
        zend_argument_value_error(2, "must be greater than or equal to -1");
        RETURN_THROWS();
    }
    // PHP moves forward relatively (streams that cannot seek emulate that by reading) and backward
    // absolutely; from an unknown position (-1, after a failed seek) it does not move at all.
    int seek_result = 0;
    if (offset >= 0 && stream->position >= 0 && offset > stream->position)
        seek_result = stream_seek(stream, offset - stream->position, SEEK_CUR);
    else if (offset >= 0 && offset < stream->position)
        seek_result = stream_seek(stream, offset, SEEK_SET);
    if (seek_result < 0) {
        zend_error(E_WARNING, "stream_get_contents(): Failed to seek to position %" PRId64 " in the stream",
                   offset);
        RETURN_FALSE;
    }
    size_t max_length = length_is_null || length == -1 ? SIZE_MAX : static_cast<size_t>(length);
    RETURN_STR(stream_read_all(stream, max_length));
}

// --- whole files ----------------------------------------------------------------------------------------

// file_get_contents(string $filename, bool $use_include_path = false, $context = null, int $offset = 0,
//                   ?int $length = null): string|false
// https://www.php.net/manual/en/function.file-get-contents.php
PHP_FUNCTION(file_get_contents)
{
    char* path;
    size_t path_length;
    bool use_include_path = false;
    zval* context = nullptr;
    zend_long offset = 0;
    zend_long length = 0;
    bool length_is_null = true;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|bz!ll!", &path, &path_length, &use_include_path, &context, &offset,
                              &length, &length_is_null)
        == FAILURE)
        RETURN_THROWS();
    if (!path_argument_ok(path, path_length, 1))
        RETURN_THROWS();
    if (!length_is_null && length < 0) {
        zend_argument_value_error(5, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    stream_default_context();
    zend_resource* resource = stream_open_resource(path, path_length, "rb");
    if (!resource)
        RETURN_FALSE;
    Stream* stream = stream_of(resource);
    if (offset != 0 && stream_seek(stream, offset, offset > 0 ? SEEK_SET : SEEK_END) < 0) {
        zend_error(E_WARNING, "file_get_contents(): Failed to seek to position %" PRId64 " in the stream",
                   offset);
        stream_release(resource);
        RETURN_FALSE;
    }
    zend_string* contents = stream_read_all(stream, length_is_null ? SIZE_MAX : static_cast<size_t>(length));
    stream_release(resource);
    RETURN_STR(contents);
}

namespace {

// Writes one piece of file_put_contents' data; false after PHP's warning when the disk took less.
bool put_piece(Stream* stream, const char* data, size_t length, size_t* written)
{
    if (length == 0)
        return true;
    ssize_t wrote = stream_write(stream, data, length);
    if (wrote != static_cast<ssize_t>(length)) {
        zend_error(E_WARNING, "file_put_contents(): Only %zd of %zu bytes written, possibly out of free disk space",
                   wrote < 0 ? 0 : wrote, length);
        return false;
    }
    *written += length;
    return true;
}

} // namespace

// file_put_contents(string $filename, mixed $data, int $flags = 0, $context = null): int|false
// https://www.php.net/manual/en/function.file-put-contents.php
PHP_FUNCTION(file_put_contents)
{
    char* path;
    size_t path_length;
    zval* data;
    zend_long flags = 0;
    zval* context = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "sz|lz!", &path, &path_length, &data, &flags, &context) == FAILURE)
        RETURN_THROWS();
    if (!path_argument_ok(path, path_length, 1))
        RETURN_THROWS();
    ZVAL_DEREF(data);
    stream_default_context();
    // With LOCK_EX the file is opened without truncation ("c"), locked, then truncated, as PHP does.
    const char* mode = (flags & kFileAppend) ? "ab" : (flags & kLockEx) ? "cb" : "wb";
    zend_resource* resource = stream_open_resource(path, path_length, mode);
    if (!resource)
        RETURN_FALSE;
    Stream* stream = stream_of(resource);
    if (flags & kLockEx) {
        if (stream->kind != StreamKind::Descriptor || ::flock(stream->fd, LOCK_EX) != 0) {
            stream_release(resource);
            zend_error(E_WARNING, "file_put_contents(): Exclusive locks are not supported for this stream");
            RETURN_FALSE;
        }
        if (mode[0] == 'c')
            stream_truncate(stream, 0);
    }
    size_t written = 0;
    bool ok = true;
    switch (Z_TYPE_P(data)) {
    case IS_RESOURCE: {
        Stream* source = stream_from_argument(data, 2);
        if (!source) {
            stream_release(resource);
            RETURN_THROWS();
        }
        zend_string* contents = stream_read_all(source, SIZE_MAX);
        ok = put_piece(stream, ZSTR_VAL(contents), ZSTR_LEN(contents), &written);
        zend_string_release(contents);
        break;
    }
    case IS_ARRAY:
        zend_hash_for_each(Z_ARRVAL_P(data), [&](zend_ulong, zend_string*, zval* element) {
            if (!ok)
                return;
            zend_string* tmp = nullptr;
            zend_string* text = zval_get_tmp_string(element, &tmp);
            ok = put_piece(stream, ZSTR_VAL(text), ZSTR_LEN(text), &written);
            zend_tmp_string_release(tmp);
        });
        break;
    default: {
        zend_string* tmp = nullptr;
        zend_string* text = zval_get_tmp_string(data, &tmp);
        ok = put_piece(stream, ZSTR_VAL(text), ZSTR_LEN(text), &written);
        zend_tmp_string_release(tmp);
        break;
    }
    }
    stream_release(resource);
    if (!ok)
        RETURN_FALSE;
    RETURN_LONG(static_cast<zend_long>(written));
}

// file(string $filename, int $flags = 0, $context = null): array|false
// https://www.php.net/manual/en/function.file.php
PHP_FUNCTION(file)
{
    char* path;
    size_t path_length;
    zend_long flags = 0;
    zval* context = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|lz!", &path, &path_length, &flags, &context) == FAILURE)
        RETURN_THROWS();
    if (!path_argument_ok(path, path_length, 1))
        RETURN_THROWS();
    if (flags < 0 || flags > (kFileUseIncludePath | kFileIgnoreNewLines | kFileSkipEmptyLines | kFileNoDefaultContext)) {
        zend_argument_value_error(2, "must be a valid flag value");
        RETURN_THROWS();
    }
    const bool keep_newlines = !(flags & kFileIgnoreNewLines);
    const bool skip_empty = (flags & kFileSkipEmptyLines) != 0;
    stream_default_context();
    zend_resource* resource = stream_open_resource(path, path_length, "rb");
    if (!resource)
        RETURN_FALSE;
    zend_string* contents = stream_read_all(stream_of(resource), SIZE_MAX);
    stream_release(resource);
    array_init(return_value);
    const char* start = ZSTR_VAL(contents);
    const char* end = start + ZSTR_LEN(contents);
    // Lines end at "\n". Without their newlines, a "\r" before it goes too, and an empty line is
    // skipped on request (FILE_SKIP_EMPTY_LINES only works together with FILE_IGNORE_NEW_LINES, as in PHP).
    while (start < end) {
        const char* newline = static_cast<const char*>(std::memchr(start, '\n', static_cast<size_t>(end - start)));
        if (!newline) {
            add_next_index_stringl(return_value, start, static_cast<size_t>(end - start));
            break;
        }
        if (keep_newlines) {
            add_next_index_stringl(return_value, start, static_cast<size_t>(newline + 1 - start));
        } else {
            size_t length = static_cast<size_t>(newline - start);
            if (newline != ZSTR_VAL(contents) && newline[-1] == '\r')
                --length;
            if (!(skip_empty && length == 0))
                add_next_index_stringl(return_value, start, length);
        }
        start = newline + 1;
    }
    zend_string_release(contents);
}

// copy(string $from, string $to, $context = null): bool
// https://www.php.net/manual/en/function.copy.php
PHP_FUNCTION(copy)
{
    char* from;
    size_t from_length;
    char* to;
    size_t to_length;
    if (!two_paths_and_context_arguments(execute_data, &from, &from_length, &to, &to_length))
        RETURN_THROWS();
    struct stat source_info;
    struct stat target_info;
    bool plain = std::strncmp(from, "php://", 6) != 0 && std::strncmp(to, "php://", 6) != 0;
    if (plain && ::stat(from, &source_info) == 0) {
        if (S_ISDIR(source_info.st_mode)) {
            zend_error(E_WARNING, "copy(): The first argument to copy() function cannot be a directory");
            RETURN_FALSE;
        }
        if (::stat(to, &target_info) == 0) {
            if (S_ISDIR(target_info.st_mode)) {
                zend_error(E_WARNING, "copy(): The second argument to copy() function cannot be a directory");
                RETURN_FALSE;
            }
            // Copying a file onto itself would truncate it: PHP fails quietly.
            if (source_info.st_ino == target_info.st_ino && source_info.st_dev == target_info.st_dev)
                RETURN_FALSE;
        }
    }
    zend_resource* source = stream_open_resource(from, from_length, "rb");
    if (!source)
        RETURN_FALSE;
    zend_resource* target = stream_open_resource(to, to_length, "wb");
    if (!target) {
        stream_release(source);
        RETURN_FALSE;
    }
    bool ok = true;
    char chunk[8192];
    for (;;) {
        ssize_t got = stream_read(stream_of(source), chunk, sizeof chunk);
        if (got < 0) {
            ok = false;
            break;
        }
        if (got == 0)
            break;
        if (stream_write(stream_of(target), chunk, static_cast<size_t>(got)) != got) {
            ok = false;
            break;
        }
    }
    stream_release(source);
    stream_release(target);
    RETURN_BOOL(ok);
}

// readfile(string $filename, bool $use_include_path = false, $context = null): int|false
// https://www.php.net/manual/en/function.readfile.php
PHP_FUNCTION(readfile)
{
    char* path;
    size_t path_length;
    bool use_include_path = false;
    zval* context = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|bz!", &path, &path_length, &use_include_path, &context) == FAILURE)
        RETURN_THROWS();
    if (!path_argument_ok(path, path_length, 1))
        RETURN_THROWS();
    stream_default_context();
    zend_resource* resource = stream_open_resource(path, path_length, "rb");
    if (!resource)
        RETURN_FALSE;
    zend_string* contents = stream_read_all(stream_of(resource), SIZE_MAX);
    stream_release(resource);
    PHPWRITE(ZSTR_VAL(contents), ZSTR_LEN(contents));
    RETVAL_LONG(static_cast<zend_long>(ZSTR_LEN(contents)));
    zend_string_release(contents);
}

// fpassthru($stream): int — prints the rest of the stream.
PHP_FUNCTION(fpassthru)
{
    Stream* stream = only_stream_argument(execute_data);
    if (!stream)
        RETURN_THROWS();
    zend_string* contents = stream_read_all(stream, SIZE_MAX);
    PHPWRITE(ZSTR_VAL(contents), ZSTR_LEN(contents));
    RETVAL_LONG(static_cast<zend_long>(ZSTR_LEN(contents)));
    zend_string_release(contents);
}

// tmpfile(): resource|false — a new file in the temporary directory, gone when it is closed.
PHP_FUNCTION(tmpfile)
{
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "") == FAILURE)
        RETURN_THROWS();
    const char* directory = std::getenv("TMPDIR");
    smart_str path {};
    smart_str_appends(&path, directory && *directory ? directory : "/tmp");
    smart_str_appends(&path, "/phpXXXXXX");
    smart_str_0(&path);
    zend_string* name = smart_str_extract(&path);
    int fd = ::mkstemp(ZSTR_VAL(name));
    if (fd >= 0)
        ::unlink(ZSTR_VAL(name));
    zend_string_release(name);
    if (fd < 0)
        RETURN_FALSE;
    stream_default_context();
    Stream* stream = stream_adopt_descriptor(fd);
    ZVAL_RES(return_value, stream_register(stream));
}

// --- directories ----------------------------------------------------------------------------------------

namespace {

// The last directory opendir() opened: readdir(), rewinddir() and closedir() without an argument use
// it (PHP's DIRG(default_dir)). It holds a count on the resource; reset at request start.
thread_local zend_resource* t_default_directory = nullptr;

void set_default_directory(zend_resource* resource)
{
    if (t_default_directory)
        zend_list_delete(t_default_directory);
    t_default_directory = resource;
    if (resource)
        GC_ADDREF(resource);
}

// The argument of readdir(), rewinddir() and closedir() ($dir_handle = null): the directory stream it
// names, or the default directory when it is missing or null; null after PHP's error.
Stream* directory_argument(zend_execute_data* execute_data, zend_resource** resource_out)
{
    zval* handle = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|z!", &handle) == FAILURE)
        return nullptr;
    zend_resource* resource;
    if (!handle || Z_TYPE_P(handle) == IS_NULL) {
        if (!t_default_directory) {
            zend_type_error("No resource supplied");
            return nullptr;
        }
        resource = t_default_directory;
    } else {
        Stream* stream = stream_from_argument(handle, 1);
        if (!stream)
            return nullptr;
        zval* value = handle;
        ZVAL_DEREF(value);
        resource = Z_RES_P(value);
    }
    auto* stream = static_cast<Stream*>(zend_fetch_resource(resource, "stream", stream_resource_type()));
    if (!stream || stream->kind != StreamKind::Directory) {
        zend_type_error("%s(): Argument #1 ($dir_handle) must be a valid Directory resource", get_active_function_name());
        return nullptr;
    }
    *resource_out = resource;
    return stream;
}

} // namespace

// opendir(string $directory, $context = null): resource|false
// https://www.php.net/manual/en/function.opendir.php
PHP_FUNCTION(opendir)
{
    char* path;
    if (!path_and_context_arguments(execute_data, &path))
        RETURN_THROWS();
    Stream* stream = stream_open_directory(path);
    if (!stream)
        RETURN_FALSE;
    zend_resource* resource = stream_register(stream);
    set_default_directory(resource);
    ZVAL_RES(return_value, resource);
}

// readdir($dir_handle = null): string|false — the next entry, in the order the system gives them.
PHP_FUNCTION(readdir)
{
    zend_resource* resource;
    Stream* stream = directory_argument(execute_data, &resource);
    if (!stream)
        RETURN_THROWS();
    struct dirent* entry = ::readdir(static_cast<DIR*>(stream->directory));
    if (!entry)
        RETURN_FALSE;
    RETURN_STRING(entry->d_name);
}

// rewinddir($dir_handle = null): void
PHP_FUNCTION(rewinddir)
{
    zend_resource* resource;
    Stream* stream = directory_argument(execute_data, &resource);
    if (!stream)
        RETURN_THROWS();
    ::rewinddir(static_cast<DIR*>(stream->directory));
}

// closedir($dir_handle = null): void
PHP_FUNCTION(closedir)
{
    zend_resource* resource;
    Stream* stream = directory_argument(execute_data, &resource);
    if (!stream)
        RETURN_THROWS();
    bool was_default = resource == t_default_directory;
    zend_list_close(resource);
    if (was_default)
        set_default_directory(nullptr);
}

// fstat($stream): array|false — stat() of an open file.
PHP_FUNCTION(fstat)
{
    Stream* stream = only_stream_argument(execute_data);
    if (!stream)
        RETURN_THROWS();
    struct stat info;
    if (stream->kind != StreamKind::Descriptor || ::fstat(stream->fd, &info) != 0)
        RETURN_FALSE;
    standard_stat_array(return_value, &info);
}

// --- resources ----------------------------------------------------------------------------------------

// is_resource(mixed $value): bool — false for a closed resource, as in PHP.
PHP_FUNCTION(is_resource)
{
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &value) == FAILURE)
        RETURN_THROWS();
    ZVAL_DEREF(value);
    RETURN_BOOL(Z_TYPE_P(value) == IS_RESOURCE && Z_RES_P(value)->type >= 0);
}

// get_resource_type($resource): string
PHP_FUNCTION(get_resource_type)
{
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &value) == FAILURE)
        RETURN_THROWS();
    zend_resource* resource = resource_from_argument(value, 1);
    if (!resource)
        RETURN_THROWS();
    const char* name = zend_rsrc_list_get_rsrc_type(resource);
    RETURN_STRING(name ? name : "Unknown");
}

// get_resource_id($resource): int
PHP_FUNCTION(get_resource_id)
{
    zval* value;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "z", &value) == FAILURE)
        RETURN_THROWS();
    zend_resource* resource = resource_from_argument(value, 1);
    if (!resource)
        RETURN_THROWS();
    RETURN_LONG(resource->handle);
}

namespace miniphp::standard {

// STDIN, STDOUT and STDERR, as PHP's CLI registers them for each request (resources 1, 2 and 3).
void streams_request_startup()
{
    t_default_directory = nullptr; // the last request's resources are gone
}

} // namespace miniphp::standard

void standard_register_std_streams(int module_number)
{
    using namespace miniphp::standard;
    static const struct {
        const char* name;
        const char* url;
        const char* mode;
    } standard_streams[] = {{"STDIN", "php://stdin", "rb"}, {"STDOUT", "php://stdout", "wb"},
                            {"STDERR", "php://stderr", "wb"}};
    for (const auto& entry : standard_streams) {
        Stream* stream = stream_open(entry.url, std::strlen(entry.url), entry.mode);
        if (!stream)
            continue;
        zval value;
        ZVAL_RES(&value, stream_register(stream));
        if (!miniphp::vm::register_constant(entry.name, std::strlen(entry.name), &value, 0, module_number))
            zval_ptr_dtor(&value);
    }
}


namespace {

const char* const arginfo_fopen[] = {"filename", "mode", "use_include_path", "context", nullptr};
const char* const arginfo_stream[] = {"stream", nullptr};
const char* const arginfo_fwrite[] = {"stream", "data", "length", nullptr};
const char* const arginfo_fread[] = {"stream", "length", nullptr};
const char* const arginfo_fseek[] = {"stream", "offset", "whence", nullptr};
const char* const arginfo_ftruncate[] = {"stream", "size", nullptr};
const char* const arginfo_flock[] = {"stream", "operation", "&would_block", nullptr};
const char* const arginfo_stream_get_contents[] = {"stream", "length", "offset", nullptr};
const char* const arginfo_file_get_contents[] = {"filename", "use_include_path", "context", "offset", "length",
                                                 nullptr};
const char* const arginfo_file_put_contents[] = {"filename", "data", "flags", "context", nullptr};
const char* const arginfo_file[] = {"filename", "flags", "context", nullptr};
const char* const arginfo_copy[] = {"from", "to", "context", nullptr};
const char* const arginfo_value[] = {"value", nullptr};
const char* const arginfo_readfile[] = {"filename", "use_include_path", "context", nullptr};
const char* const arginfo_none[] = {nullptr};
const char* const arginfo_opendir[] = {"directory", "context", nullptr};
const char* const arginfo_dir_handle[] = {"dir_handle", nullptr};
const char* const arginfo_resource[] = {"resource", nullptr};

} // namespace

const zend_function_entry standard_file_stream_functions[] = {
    PHP_FE(fopen, arginfo_fopen)
    PHP_FE(fclose, arginfo_stream)
    PHP_FE(fwrite, arginfo_fwrite)
    PHP_FALIAS(fputs, fwrite, arginfo_fwrite)
    PHP_FE(fread, arginfo_fread)
    PHP_FE(fgets, arginfo_fread)
    PHP_FE(fgetc, arginfo_stream)
    PHP_FE(feof, arginfo_stream)
    PHP_FE(fflush, arginfo_stream)
    PHP_FE(ftell, arginfo_stream)
    PHP_FE(fseek, arginfo_fseek)
    PHP_FE(rewind, arginfo_stream)
    PHP_FE(ftruncate, arginfo_ftruncate)
    PHP_FE(flock, arginfo_flock)
    PHP_FE(stream_get_contents, arginfo_stream_get_contents)
    PHP_FE(file_get_contents, arginfo_file_get_contents)
    PHP_FE(file_put_contents, arginfo_file_put_contents)
    PHP_FE(file, arginfo_file)
    PHP_FE(copy, arginfo_copy)
    PHP_FE(readfile, arginfo_readfile)
    PHP_FE(fpassthru, arginfo_stream)
    PHP_FE(tmpfile, arginfo_none)
    PHP_FE(opendir, arginfo_opendir)
    PHP_FE(readdir, arginfo_dir_handle)
    PHP_FE(rewinddir, arginfo_dir_handle)
    PHP_FE(closedir, arginfo_dir_handle)
    PHP_FE(fstat, arginfo_stream)
    PHP_FE(is_resource, arginfo_value)
    PHP_FE(get_resource_type, arginfo_resource)
    PHP_FE(get_resource_id, arginfo_resource)
    PHP_FE_END
};
