// The message texts the output layer raises, in one list, so they can be checked against PHP's. Each is a
// printf format whose first %s is the PHP function that raised it (PHP's php_error_docref prefix
// "ob_end_clean(): "); the texts are main/output.c's.
#pragma once

namespace miniphp::output::messages {

// ob_start(), when the buffer cannot be created.
inline constexpr const char kFailedToCreate[] = "%s(): Failed to create buffer";
// ob_flush() without a buffer, and with one that is not flushable.
inline constexpr const char kNoBufferToFlush[] = "%s(): Failed to flush buffer. No buffer to flush";
inline constexpr const char kCannotFlushBufferOf[] = "%s(): Failed to flush buffer of %s (%d)";
// ob_clean(), ob_end_clean(), ob_get_clean() without a buffer, and with one that cannot be cleaned/removed.
inline constexpr const char kNoBufferToDelete[] = "%s(): Failed to delete buffer. No buffer to delete";
inline constexpr const char kCannotDeleteBufferOf[] = "%s(): Failed to delete buffer of %s (%d)";
// ob_end_flush(), ob_get_flush() without a buffer.
inline constexpr const char kNoBufferToDeleteOrFlush[] =
    "%s(): Failed to delete and flush buffer. No buffer to delete or flush";
// Popping a buffer its flags do not allow to remove: "send" for ob_end_flush, "discard" for ob_end_clean.
inline constexpr const char kNoBufferToPop[] = "%s(): Failed to %s buffer. No buffer to %s";
inline constexpr const char kCannotPopBufferOf[] = "%s(): Failed to %s buffer of %s (%d)";
// A buffering function called from inside an output handler: a fatal error.
inline constexpr const char kUsedInsideHandler[] = "%s(): Cannot use output buffering in output buffering display handlers";

// The names ob_list_handlers() shows for the engine's own handlers.
inline constexpr const char kDefaultHandlerName[] = "default output handler";

}
