// ext/standard's streams: the `stream` resource behind fopen() and every file function that reads or
// writes through a stream (file_get_contents, file, copy, ...), after PHP's main/streams.
//
// A Stream is one of four kinds: a file descriptor (plain files, php://stdin, php://stdout,
// php://stderr), a memory buffer (php://memory, php://temp), or php://output, which writes through the
// output layer. Everything lives in request memory (emalloc) and is owned by a resource of type
// "stream", whose destructor closes the descriptor: a fatal error that bails out of a file function
// leaks nothing, because request end destroys every resource left open.
//
// Reading follows PHP's buffered streams: a file descriptor is read through an 8 KB buffer, a read
// asks the descriptor again until it has the bytes it wanted, and the end-of-file flag is set only when
// a read of the descriptor returned nothing (so fread($f, 3) on a 3-byte file leaves feof() false, as
// in PHP). Writes go straight to the descriptor after the read buffer is dropped.
#pragma once

#include "engine/api/php_api.h"

#include <sys/types.h>

namespace miniphp::standard {

enum class StreamKind { Descriptor, Memory, Output, Directory };

struct Stream {
    StreamKind kind;
    int fd;             // Descriptor: the open descriptor; -1 once closed
    bool readable;
    bool writable;
    bool append;
    bool seekable;
    bool eof;
    bool burn_number;   // php://temp: a second resource number is taken after the stream's own
    zend_long position; // the script's position (read buffer taken into account)
    // Descriptor: the read buffer, bytes [read_start, read_end) not yet handed out.
    char* buffer;
    size_t read_start;
    size_t read_end;
    // Directory (opendir): the DIR handle, closed by the resource's destructor.
    void* directory;
    // Memory: the contents.
    char* data;
    size_t length;
    size_t capacity;
};

// The "stream" resource type's id (registered by the module's MINIT).
int stream_resource_type();

// Opens `path` with an fopen() mode. On failure raises PHP's warning
// "FUNCTION(PATH): Failed to open stream: REASON" (FUNCTION is the running builtin) and returns null.
Stream* stream_open(const char* path, size_t path_length, const char* mode);
// opendir(): a directory stream, or null after PHP's warning "opendir(PATH): Failed to open directory: ...".
Stream* stream_open_directory(const char* path);
// A stream on a descriptor the caller opened (tmpfile); the stream owns it from now on.
Stream* stream_adopt_descriptor(int fd);
// Wraps an open stream in a new resource (refcount 1) that owns it.
zend_resource* stream_register(Stream* stream);
// A stream opened only for the duration of one builtin (file_get_contents): its resource is taken
// back with stream_release, so the descriptor is closed even if the builtin bails out in between.
zend_resource* stream_open_resource(const char* path, size_t path_length, const char* mode);
void stream_release(zend_resource* resource);
inline Stream* stream_of(zend_resource* resource) { return static_cast<Stream*>(resource->ptr); }

// The stream behind argument `arg_number`, or null after PHP's TypeError for a closed resource or one
// of another type.
Stream* stream_from_argument(zval* value, uint32_t arg_number);

// The resource that argument `arg_number` (`value`) holds, of any type, or null after PHP's TypeError
// ("must be of type resource, T given").
zend_resource* resource_from_argument(zval* value, uint32_t arg_number);

// Reads up to `count` bytes (fewer only at the end of the data). Returns -1 on a read error, after
// PHP's notice "FUNCTION(): Read of N bytes failed with errno=E TEXT".
ssize_t stream_read(Stream* stream, char* out, size_t count);
// Writes `count` bytes; returns the count written or -1 (notice "Write of N bytes failed ...").
ssize_t stream_write(Stream* stream, const char* data, size_t count);
// One line (up to and including "\n"), at most `max_length` bytes (0: no limit); null at the end.
zend_string* stream_get_line(Stream* stream, size_t max_length);
// Everything from the position to the end, at most `max_length` bytes (SIZE_MAX: no limit).
zend_string* stream_read_all(Stream* stream, size_t max_length);
bool stream_eof(Stream* stream);
// fseek(): 0 on success, -1 on failure.
int stream_seek(Stream* stream, zend_long offset, int whence);
bool stream_truncate(Stream* stream, zend_long size);
bool stream_flush(Stream* stream);

// Request start: forgets the last request's default directory handle (file_streams.cpp).
void streams_request_startup();
void streams_module_startup(int module_number);

// PHP's ids for resources: opening a stream through a wrapper uses the request's default stream
// context, a resource of its own made the first time it is needed. Called by every builtin that takes
// a $context argument, so that resource numbers match PHP's.
void stream_default_context();

// The ValueError PHP raises for a path with a NUL byte; returns true when the path is usable.
bool path_argument_ok(const char* path, size_t length, uint32_t arg_number);

// The arguments of a builtin that takes (string $path, $context = null), as unlink(), rmdir() and
// opendir() do: parses them into *path (NUL-terminated), checks the path as path_argument_ok() does and
// makes the default context; false after the error.
bool path_and_context_arguments(zend_execute_data* execute_data, char** path);

// The same for (string $from, string $to, $context = null), as rename() and copy() take.
bool two_paths_and_context_arguments(zend_execute_data* execute_data, char** from, size_t* from_length, char** to,
                                     size_t* to_length);

} // namespace miniphp::standard

struct stat;
// stat()'s array: indexes 0-12, then the same values by name (file.cpp).
void standard_stat_array(zval* return_value, const struct stat* info);
