// The stream layer (see streams.h): opening plain files and php:// URLs, buffered reading, writing,
// seeking, and the "stream" resource type. The builtins on top are in file_streams.cpp.
//
// Written bottom-up: the resource type and the opening of each kind of stream, then reading, then
// writing and positioning.
#include "ext/standard/streams.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

namespace miniphp::standard {

namespace {

constexpr size_t kChunkSize = 8192;

int g_stream_type = 0;
int g_context_type = 0;

// The request's default stream context (only its resource number matters today).
thread_local zend_resource* t_default_context = nullptr;

void close_stream(Stream* stream)
{
    if (stream->kind == StreamKind::Descriptor && stream->fd >= 0) {
        ::close(stream->fd);
        stream->fd = -1;
    }
    if (stream->kind == StreamKind::Directory && stream->directory) {
        ::closedir(static_cast<DIR*>(stream->directory));
        stream->directory = nullptr;
    }
    if (stream->buffer)
        efree(stream->buffer);
    if (stream->data)
        efree(stream->data);
    efree(stream);
}

void stream_resource_destructor(zend_resource* resource)
{
    if (resource->ptr)
        close_stream(static_cast<Stream*>(resource->ptr));
    resource->ptr = nullptr;
}

void context_resource_destructor(zend_resource* resource)
{
    if (t_default_context == resource)
        t_default_context = nullptr;
}

Stream* new_stream(StreamKind kind)
{
    auto* stream = static_cast<Stream*>(emalloc(sizeof(Stream)));
    std::memset(stream, 0, sizeof *stream);
    stream->kind = kind;
    stream->fd = -1;
    stream->seekable = kind == StreamKind::Memory;
    return stream;
}

// php://temp is a memory stream wrapped in a temp stream in PHP: two resources. The inner one only
// takes a resource number here, so that the numbers of later resources match PHP's.
void burn_resource_number()
{
    zend_resource* placeholder = zend_register_resource(nullptr, g_context_type);
    zend_list_delete(placeholder);
}

void failed_to_open(const char* path, const char* reason)
{
    zend_error(E_WARNING, "%s(%s): Failed to open stream: %s", get_active_function_name(), path, reason);
}

// fopen()'s modes for plain files (php_stream_parse_fopen_modes): the first letter says how the file
// is opened, '+' anywhere makes it readable and writable.
bool parse_mode(const char* mode, int* flags)
{
    int open_flags;
    switch (mode[0]) {
    case 'r': open_flags = 0; break;
    case 'w': open_flags = O_TRUNC | O_CREAT; break;
    case 'a': open_flags = O_CREAT | O_APPEND; break;
    case 'x': open_flags = O_CREAT | O_EXCL; break;
    case 'c': open_flags = O_CREAT; break;
    default: return false;
    }
    if (std::strchr(mode, '+'))
        open_flags |= O_RDWR;
    else if (mode[0] == 'r')
        open_flags |= O_RDONLY;
    else
        open_flags |= O_WRONLY;
    if (std::strchr(mode, 'n'))
        open_flags |= O_NONBLOCK;
    if (std::strchr(mode, 'e'))
        open_flags |= O_CLOEXEC;
    *flags = open_flags;
    return true;
}

Stream* open_descriptor_stream(int fd)
{
    Stream* stream = new_stream(StreamKind::Descriptor);
    stream->fd = fd;
    struct stat info;
    stream->seekable = ::fstat(fd, &info) == 0 && (S_ISREG(info.st_mode) || S_ISBLK(info.st_mode));
    if (stream->seekable) {
        off_t position = ::lseek(fd, 0, SEEK_CUR);
        stream->position = position < 0 ? 0 : position;
    }
    return stream;
}

Stream* open_plain_file(const char* path, const char* mode)
{
    int flags;
    if (!parse_mode(mode, &flags)) {
        char reason[256];
        std::snprintf(reason, sizeof reason, "`%s' is not a valid mode for fopen", mode);
        failed_to_open(path, reason);
        return nullptr;
    }
    int fd = ::open(path, flags, 0666);
    if (fd < 0) {
        failed_to_open(path, std::strerror(errno));
        return nullptr;
    }
    // An append-mode stream starts at position 0, as in PHP (writes go to the end all the same).
    return open_descriptor_stream(fd);
}

// php://memory and php://temp: "a" appends, "w" or "+" makes the buffer writable, else it is read-only.
Stream* open_memory(const char* mode)
{
    Stream* stream = new_stream(StreamKind::Memory);
    if (std::strpbrk(mode, "a"))
        stream->append = true, stream->writable = true;
    else
        stream->writable = std::strpbrk(mode, "w+") != nullptr;
    stream->readable = true;
    return stream;
}

Stream* open_php_url(const char* url, const char* path, const char* mode)
{
    // DIVERGENCE: PHP's CLI hands the first php://stdin (stdout, stderr) the process's own descriptor,
    // so fclose(STDOUT) closes descriptor 1. An embedded engine must not close its host's descriptors:
    // every standard stream here is a duplicate.
    int standard_fd = -1;
    if (strcasecmp(path, "stdin") == 0)
        standard_fd = STDIN_FILENO;
    else if (strcasecmp(path, "stdout") == 0)
        standard_fd = STDOUT_FILENO;
    else if (strcasecmp(path, "stderr") == 0)
        standard_fd = STDERR_FILENO;
    if (standard_fd >= 0) {
        int fd = ::dup(standard_fd);
        if (fd < 0) {
            failed_to_open(url, std::strerror(errno));
            return nullptr;
        }
        Stream* stream = open_descriptor_stream(fd);
        stream->seekable = false; // DIVERGENCE: PHP can seek a standard stream redirected to a file
        stream->position = 0;
        return stream;
    }
    if (strcasecmp(path, "output") == 0) {
        Stream* stream = new_stream(StreamKind::Output);
        stream->writable = true;
        return stream;
    }
    if (strcasecmp(path, "memory") == 0)
        return open_memory(mode);
    if (strncasecmp(path, "temp", 4) == 0) {
        Stream* stream = open_memory(mode);
        stream->burn_number = true;
        return stream;
    }
    zend_error(E_WARNING, "%s(): Invalid php:// URL specified", get_active_function_name());
    failed_to_open(url, "operation failed");
    return nullptr;
}

void read_failed(size_t count, int error)
{
    zend_error(E_NOTICE, "%s(): Read of %zu bytes failed with errno=%d %s", get_active_function_name(), count, error,
               std::strerror(error));
}

// One read(2) into `out`; sets eof when it returned nothing, raises PHP's notice on an error.
ssize_t read_descriptor(Stream* stream, char* out, size_t count)
{
    ssize_t got;
    do {
        got = ::read(stream->fd, out, count);
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        int error = errno;
        read_failed(count, error);
        if (error != EBADF)
            stream->eof = true;
        return -1;
    }
    if (got == 0)
        stream->eof = true;
    return got;
}

// Refills the empty read buffer; returns what read(2) gave. (After an O_APPEND write the descriptor
// sits at the end of the file, whatever the position says: PHP reads from there too.)
ssize_t fill_buffer(Stream* stream)
{
    if (!stream->buffer)
        stream->buffer = static_cast<char*>(emalloc(kChunkSize));
    stream->read_start = stream->read_end = 0;
    ssize_t got = read_descriptor(stream, stream->buffer, kChunkSize);
    if (got > 0)
        stream->read_end = static_cast<size_t>(got);
    return got;
}

size_t take_buffered(Stream* stream, char* out, size_t count)
{
    size_t available = stream->read_end - stream->read_start;
    size_t taken = available < count ? available : count;
    if (taken) {
        std::memcpy(out, stream->buffer + stream->read_start, taken);
        stream->read_start += taken;
    }
    return taken;
}

// Drops unread buffered bytes and puts the descriptor back at the script's position (before a write or
// a seek), as PHP does.
void drop_read_buffer(Stream* stream)
{
    if (stream->read_start != stream->read_end && stream->seekable)
        ::lseek(stream->fd, stream->position, SEEK_SET);
    stream->read_start = stream->read_end = 0;
}

} // namespace

int stream_resource_type() { return g_stream_type; }

void streams_module_startup(int module_number)
{
    g_stream_type = zend_register_list_destructors_ex(stream_resource_destructor, nullptr, "stream", module_number);
    g_context_type =
        zend_register_list_destructors_ex(context_resource_destructor, nullptr, "stream-context", module_number);
}

void stream_default_context()
{
    if (!t_default_context)
        t_default_context = zend_register_resource(nullptr, g_context_type);
}

bool path_argument_ok(const char* path, size_t length, uint32_t arg_number)
{
    if (std::memchr(path, '\0', length)) {
        zend_argument_value_error(arg_number, "must not contain any null bytes");
        return false;
    }
    return true;
}

bool path_and_context_arguments(zend_execute_data* execute_data, char** path)
{
    size_t path_length;
    zval* context = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "s|z!", path, &path_length, &context) == FAILURE)
        return false;
    if (!path_argument_ok(*path, path_length, 1))
        return false;
    stream_default_context();
    return true;
}

bool two_paths_and_context_arguments(zend_execute_data* execute_data, char** from, size_t* from_length, char** to,
                                     size_t* to_length)
{
    zval* context = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "ss|z!", from, from_length, to, to_length, &context) == FAILURE)
        return false;
    if (!path_argument_ok(*from, *from_length, 1) || !path_argument_ok(*to, *to_length, 2))
        return false;
    stream_default_context();
    return true;
}

Stream* stream_open(const char* path, size_t path_length, const char* mode)
{
    if (path_length >= 6 && strncasecmp(path, "php://", 6) == 0)
        return open_php_url(path, path + 6, mode);
    if (path_length >= 7 && strncasecmp(path, "file://", 7) == 0)
        return open_plain_file(path + 7, mode);
    return open_plain_file(path, mode);
}

Stream* stream_adopt_descriptor(int fd) { return open_descriptor_stream(fd); }

Stream* stream_open_directory(const char* path)
{
    DIR* directory = ::opendir(path);
    if (!directory) {
        zend_error(E_WARNING, "%s(%s): Failed to open directory: %s", get_active_function_name(), path,
                   std::strerror(errno));
        return nullptr;
    }
    Stream* stream = new_stream(StreamKind::Directory);
    stream->directory = directory;
    return stream;
}

zend_resource* stream_register(Stream* stream)
{
    zend_resource* resource = zend_register_resource(stream, g_stream_type);
    if (stream->burn_number)
        burn_resource_number();
    return resource;
}

zend_resource* stream_open_resource(const char* path, size_t path_length, const char* mode)
{
    Stream* stream = stream_open(path, path_length, mode);
    return stream ? stream_register(stream) : nullptr;
}

void stream_release(zend_resource* resource) { zend_list_delete(resource); }

zend_resource* resource_from_argument(zval* value, uint32_t arg_number)
{
    ZVAL_DEREF(value);
    if (Z_TYPE_P(value) != IS_RESOURCE) {
        zend_argument_type_error(arg_number, "must be of type resource, %s given", zend_zval_type_name(value));
        return nullptr;
    }
    return Z_RES_P(value);
}

Stream* stream_from_argument(zval* value, uint32_t arg_number)
{
    zend_resource* resource = resource_from_argument(value, arg_number);
    if (!resource)
        return nullptr;
    auto* stream = static_cast<Stream*>(zend_fetch_resource(resource, "stream", g_stream_type));
    if (!stream) {
        zend_type_error("%s(): supplied resource is not a valid stream resource", get_active_function_name());
        return nullptr;
    }
    return stream;
}

// --- reading ------------------------------------------------------------------------------------------

ssize_t stream_read(Stream* stream, char* out, size_t count)
{
    size_t done = 0;
    switch (stream->kind) {
    case StreamKind::Descriptor:
        while (count > 0) {
            size_t taken = take_buffered(stream, out + done, count);
            done += taken;
            count -= taken;
            if (count == 0)
                break;
            ssize_t got = fill_buffer(stream);
            if (got < 0) {
                if (done == 0)
                    return -1;
                break;
            }
            if (got == 0)
                break;
        }
        break;
    case StreamKind::Memory: {
        size_t at = static_cast<size_t>(stream->read_start);
        if (at >= stream->length) {
            stream->eof = true;
            break;
        }
        done = stream->length - at < count ? stream->length - at : count;
        std::memcpy(out, stream->data + at, done);
        stream->read_start = at + done;
        if (done < count)
            stream->eof = true;
        break;
    }
    case StreamKind::Output:
    case StreamKind::Directory: stream->eof = true; return -1;
    }
    stream->position += static_cast<zend_long>(done);
    return static_cast<ssize_t>(done);
}

zend_string* stream_get_line(Stream* stream, size_t max_length)
{
    smart_str line {};
    // With a maximum, PHP reads at most max_length - 1 bytes (fgets' $length counts the NUL of C).
    size_t limit = max_length ? max_length - 1 : SIZE_MAX;
    size_t length = 0;
    bool found_newline = false;
    while (length < limit && !found_newline) {
        if (stream->kind == StreamKind::Memory) {
            size_t at = stream->read_start;
            if (at >= stream->length) {
                stream->eof = true;
                break;
            }
            size_t available = stream->length - at;
            if (available > limit - length)
                available = limit - length;
            const char* newline = static_cast<const char*>(std::memchr(stream->data + at, '\n', available));
            size_t take = newline ? static_cast<size_t>(newline - (stream->data + at)) + 1 : available;
            smart_str_appendl(&line, stream->data + at, take);
            stream->read_start = at + take;
            length += take;
            found_newline = newline != nullptr;
            continue;
        }
        if (stream->kind == StreamKind::Output || stream->kind == StreamKind::Directory) {
            stream->eof = true;
            break;
        }
        if (stream->read_start == stream->read_end) {
            // A line read stops at a known end instead of asking the descriptor again (PHP's get_line).
            if (stream->eof || fill_buffer(stream) <= 0)
                break;
        }
        size_t available = stream->read_end - stream->read_start;
        if (available > limit - length)
            available = limit - length;
        const char* start = stream->buffer + stream->read_start;
        const char* newline = static_cast<const char*>(std::memchr(start, '\n', available));
        size_t take = newline ? static_cast<size_t>(newline - start) + 1 : available;
        smart_str_appendl(&line, start, take);
        stream->read_start += take;
        length += take;
        found_newline = newline != nullptr;
    }
    if (length == 0) {
        smart_str_free(&line);
        return nullptr;
    }
    stream->position += static_cast<zend_long>(length);
    return smart_str_extract(&line);
}

zend_string* stream_read_all(Stream* stream, size_t max_length)
{
    if (stream->kind != StreamKind::Descriptor) {
        smart_str out {};
        while (max_length > 0 && !stream->eof) {
            char chunk[kChunkSize];
            size_t want = max_length < kChunkSize ? max_length : kChunkSize;
            ssize_t got = stream_read(stream, chunk, want);
            if (got <= 0)
                break;
            smart_str_appendl(&out, chunk, static_cast<size_t>(got));
            max_length -= static_cast<size_t>(got);
        }
        return smart_str_extract(&out);
    }
    // A descriptor: what is buffered, then large reads straight into the result, sized as PHP's
    // _php_stream_copy_to_mem sizes them (the file's remaining size plus 8 KB, then 8 KB steps), which
    // is the count PHP's "Read of N bytes failed" notice shows.
    smart_str out {};
    if (max_length != SIZE_MAX) {
        while (max_length > 0 && !stream->eof) {
            size_t start = smart_str_get_len(&out);
            smart_str_alloc(&out, max_length);
            ssize_t got = stream_read(stream, ZSTR_VAL(out.s) + start, max_length);
            if (got <= 0)
                break;
            ZSTR_LEN(out.s) = start + static_cast<size_t>(got);
            max_length -= static_cast<size_t>(got);
        }
        return smart_str_extract(&out);
    }
    size_t buffered = stream->read_end - stream->read_start;
    if (buffered) {
        smart_str_appendl(&out, stream->buffer + stream->read_start, buffered);
        stream->read_start = stream->read_end;
        stream->position += static_cast<zend_long>(buffered);
    }
    size_t step = kChunkSize;
    struct stat info;
    size_t room = step;
    if (::fstat(stream->fd, &info) == 0 && info.st_size > 0) {
        zend_long remaining = static_cast<zend_long>(info.st_size) - stream->position;
        room = static_cast<size_t>(remaining > 0 ? remaining : 0) + step;
    }
    for (;;) {
        size_t start = smart_str_get_len(&out);
        smart_str_alloc(&out, room);
        ssize_t got = read_descriptor(stream, ZSTR_VAL(out.s) + start, room);
        if (got <= 0)
            break;
        ZSTR_LEN(out.s) = start + static_cast<size_t>(got);
        stream->position += got;
        room = room - static_cast<size_t>(got);
        if (room < step / 4)
            room += step;
    }
    if (!out.s)
        return ZSTR_EMPTY_ALLOC();
    return smart_str_extract(&out);
}

bool stream_eof(Stream* stream)
{
    if (stream->kind == StreamKind::Descriptor && stream->read_end > stream->read_start)
        return false;
    return stream->eof;
}

// --- writing and positioning -------------------------------------------------------------------------

ssize_t stream_write(Stream* stream, const char* data, size_t count)
{
    if (count == 0)
        return 0;
    switch (stream->kind) {
    case StreamKind::Directory: return -1;
    case StreamKind::Output:
        php_output_write(data, count);
        stream->position += static_cast<zend_long>(count);
        return static_cast<ssize_t>(count);
    case StreamKind::Memory: {
        if (!stream->writable)
            return -1;
        size_t at = stream->append ? stream->length : stream->read_start;
        if (at + count > stream->capacity) {
            size_t capacity = stream->capacity ? stream->capacity : 64;
            while (capacity < at + count)
                capacity *= 2;
            stream->data = static_cast<char*>(erealloc(stream->data, capacity));
            stream->capacity = capacity;
        }
        if (at > stream->length)
            std::memset(stream->data + stream->length, 0, at - stream->length);
        std::memcpy(stream->data + at, data, count);
        stream->read_start = at + count;
        if (stream->read_start > stream->length)
            stream->length = stream->read_start;
        stream->position += static_cast<zend_long>(count);
        return static_cast<ssize_t>(count);
    }
    case StreamKind::Descriptor: break;
    }
    drop_read_buffer(stream);
    size_t done = 0;
    while (done < count) {
        ssize_t wrote = ::write(stream->fd, data + done, count - done);
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0) {
            if (wrote < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
                int error = errno;
                zend_error(E_NOTICE, "%s(): Write of %zu bytes failed with errno=%d %s", get_active_function_name(),
                           count - done, error, std::strerror(error));
            }
            if (done == 0)
                return wrote < 0 && errno != EAGAIN && errno != EWOULDBLOCK ? -1 : 0;
            break;
        }
        done += static_cast<size_t>(wrote);
        stream->position += wrote;
    }
    return static_cast<ssize_t>(done);
}

int stream_seek(Stream* stream, zend_long offset, int whence)
{
    if (stream->kind == StreamKind::Memory) {
        // php://memory refuses positions outside the data (main/streams/memory.c).
        zend_long length = static_cast<zend_long>(stream->length);
        zend_long current = static_cast<zend_long>(stream->read_start);
        zend_long target;
        switch (whence) {
        case SEEK_SET: target = offset; break;
        case SEEK_CUR: target = current + offset; break;
        case SEEK_END: target = length + offset; break;
        default: return -1;
        }
        if (target < 0 || target > length) {
            stream->read_start = target < 0 ? 0 : stream->length;
            stream->position = -1;
            return -1;
        }
        stream->read_start = static_cast<size_t>(target);
        stream->position = target;
        stream->eof = false;
        return 0;
    }
    if (stream->kind == StreamKind::Descriptor && whence == SEEK_CUR && offset > 0
        && static_cast<size_t>(offset) <= stream->read_end - stream->read_start) {
        stream->read_start += static_cast<size_t>(offset);
        stream->position += offset;
        stream->eof = false;
        return 0;
    }
    if (!stream->seekable) {
        // PHP emulates a forward relative seek on an unseekable stream by reading.
        if (stream->kind == StreamKind::Descriptor && whence == SEEK_CUR && offset >= 0) {
            char chunk[kChunkSize];
            while (offset > 0) {
                size_t want = offset < static_cast<zend_long>(kChunkSize) ? static_cast<size_t>(offset) : kChunkSize;
                ssize_t got = stream_read(stream, chunk, want);
                if (got <= 0)
                    return -1;
                offset -= got;
            }
            stream->eof = false;
            return 0;
        }
        zend_error(E_WARNING, "%s(): Stream does not support seeking", get_active_function_name());
        return -1;
    }
    if (whence == SEEK_CUR) {
        offset = stream->position + offset;
        whence = SEEK_SET;
    }
    stream->read_start = stream->read_end = 0;
    off_t result = ::lseek(stream->fd, offset, whence);
    if (result < 0)
        return -1;
    stream->position = result;
    stream->eof = false;
    return 0;
}

bool stream_truncate(Stream* stream, zend_long size)
{
    if (stream->kind == StreamKind::Memory) {
        if (!stream->writable)
            return false;
        size_t new_length = static_cast<size_t>(size);
        if (new_length > stream->capacity) {
            stream->data = static_cast<char*>(erealloc(stream->data, new_length));
            stream->capacity = new_length;
        }
        if (new_length > stream->length)
            std::memset(stream->data + stream->length, 0, new_length - stream->length);
        stream->length = new_length;
        if (stream->read_start > new_length)
            stream->read_start = new_length;
        return true;
    }
    if (stream->kind != StreamKind::Descriptor || !stream->seekable) {
        zend_error(E_WARNING, "%s(): Can't truncate this stream!", get_active_function_name());
        return false;
    }
    // The read buffer survives, as in PHP: bytes read ahead before the truncation can still be read.
    return ::ftruncate(stream->fd, size) == 0;
}

bool stream_flush(Stream* stream) { return true; }

} // namespace miniphp::standard
