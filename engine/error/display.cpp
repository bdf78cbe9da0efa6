// Error display (see display.h): the user's handler, error_reporting, the log line and the displayed message.
//
// Messages are assembled into one piece before they are written, so an output buffer with a chunk size sees
// one write per message as in PHP. The piece lives on the stack when it fits, else in request memory (a
// write may run an output handler that bails out; request end reclaims the block then), or outside a
// request in the C library's memory, where no handler can run.
#include "engine/error/display.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <strings.h>
#include <unistd.h>

#include "engine/error/error.h"
#include "engine/ini/core_entries.h"
#include "engine/memory/heap.h"
#include "engine/output/output.h"
#include "engine/output/output_state.h"

namespace miniphp::error {

namespace {

// The levels PHP never hands to a user error handler: their state is not safe for PHP code.
constexpr int kNotForUserHandlers = E_ERROR | E_PARSE | E_CORE_ERROR | E_CORE_WARNING | E_COMPILE_ERROR
    | E_COMPILE_WARNING;

// A growing text: on the stack first, then on the heap.
struct Text {
    char stack[2048];
    char* data = stack;
    size_t length = 0;
    size_t capacity = sizeof stack;
    bool request_memory = false;

    void append(const char* text, size_t size)
    {
        if (length + size + 1 > capacity) {
            size_t wanted = (length + size + 1) * 2;
            char* grown;
            if (current_context() && current_context()->request_active) {
                grown = static_cast<char*>(emalloc(wanted));
                request_memory = true;
            } else {
                grown = static_cast<char*>(std::malloc(wanted));
                if (!grown)
                    return;
            }
            std::memcpy(grown, data, length);
            release();
            data = grown;
            capacity = wanted;
        }
        std::memcpy(data + length, text, size);
        length += size;
        data[length] = '\0';
    }

    void append(const char* text) { append(text, std::strlen(text)); }

    // "NAME: MESSAGE in FILE on line N", the body of every plain-text error line. The log line puts two
    // spaces after the colon (`separator`), the displayed message one.
    void append_located(const char* name, const char* message, size_t length, const char* file, uint32_t line,
                        const char* separator = ": ")
    {
        append(name);
        append(separator);
        append(message, length);
        append(" in ");
        append(file);
        append(" on line ");
        append_number(line);
    }

    void append_number(uint32_t number)
    {
        char digits[16];
        int size = std::snprintf(digits, sizeof digits, "%u", number);
        append(digits, static_cast<size_t>(size));
    }

    // As PHP's escape_html for error messages: the four characters HTML gives meaning to (ENT_COMPAT).
    void append_escaped(const char* text, size_t size)
    {
        for (size_t index = 0; index < size; ++index) {
            switch (text[index]) {
            case '&': append("&amp;"); break;
            case '<': append("&lt;"); break;
            case '>': append("&gt;"); break;
            case '"': append("&quot;"); break;
            default: append(text + index, 1);
            }
        }
    }

    void release()
    {
        if (data == stack)
            return;
        if (request_memory)
            efree(data);
        else
            std::free(data);
        data = stack;
    }
};

const char* ini_string(ini::CoreSetting setting, size_t* length)
{
    ini::Entry* entry = ini::core(setting);
    if (!entry || !entry->value) {
        *length = 0;
        return "";
    }
    *length = entry->value_length;
    return entry->value;
}

bool ini_flag(ini::CoreSetting setting, bool fallback)
{
    ini::Entry* entry = ini::core(setting);
    return entry ? entry->bool_value : fallback;
}

output::OutputState* output_state()
{
    Context* context = current_context();
    return context ? context->output : nullptr;
}

char* copy_text(const char* text, size_t length)
{
    char* copy = static_cast<char*>(std::malloc(length + 1));
    if (copy) {
        std::memcpy(copy, text, length);
        copy[length] = '\0';
    }
    return copy;
}

// ignore_repeated_errors: the same message again (from the same place, unless ignore_repeated_source)
// is neither stored nor shown.
bool is_repeat(const output::LastError& last, const char* message, size_t length, const char* file, uint32_t line)
{
    if (!ini_flag(ini::CoreSetting::IgnoreRepeatedErrors, false) || !last.message)
        return false;
    if (last.message_length != length || std::memcmp(last.message, message, length) != 0)
        return false;
    if (ini_flag(ini::CoreSetting::IgnoreRepeatedSource, false))
        return true;
    return last.line == line && last.file && std::strcmp(last.file, file) == 0;
}

void remember(output::LastError* last, int type, const char* message, size_t length, const char* file, uint32_t line)
{
    std::free(last->message);
    std::free(last->file);
    last->type = type;
    last->message = copy_text(message, length);
    last->message_length = last->message ? length : 0;
    last->file = copy_text(file, std::strlen(file));
    last->line = line;
}

// "[23-Nov-2026 15:29:25 UTC] " as PHP's error_log file lines start. DIVERGENCE: always UTC, since
// date.timezone is not known here; php -n on this project's reference machine also uses UTC.
size_t log_timestamp(char* buffer, size_t size)
{
    std::time_t now = std::time(nullptr);
    std::tm parts {};
    gmtime_r(&now, &parts);
    return std::strftime(buffer, size, "[%d-%b-%Y %H:%M:%S UTC] ", &parts);
}

void write_log(const char* line, size_t length)
{
    output::OutputState* state = output_state();
    if (state) {
        if (state->in_error_log)
            return;
        state->in_error_log = true;
    }
    size_t path_length;
    const char* path = ini_string(ini::CoreSetting::ErrorLog, &path_length);
    bool written = false;
    // FIXME: error_log=syslog goes to the host's log like an unset error_log.
    if (path_length && std::strcmp(path, "syslog") != 0) {
        ini::Entry* mode_entry = ini::core(ini::CoreSetting::ErrorLogMode);
        int64_t mode = mode_entry ? std::strtoll(mode_entry->value ? mode_entry->value : "", nullptr, 8) : 0644;
        if (mode <= 0 || mode > 0777)
            mode = 0644;
        int fd = ::open(path, O_CREAT | O_APPEND | O_WRONLY, static_cast<mode_t>(mode));
        if (fd >= 0) {
            Text text;
            char stamp[64];
            text.append(stamp, log_timestamp(stamp, sizeof stamp));
            text.append(line, length);
            text.append("\n", 1);
            ssize_t ignored = ::write(fd, text.data, text.length);
            (void)ignored;
            ::close(fd);
            text.release();
            written = true;
        }
    }
    if (!written)
        output::log_line(line, length);
    if (state)
        state->in_error_log = false;
}

void display(int type, const char* name, const char* message, size_t length, const char* file, uint32_t line)
{
    size_t mode_length;
    const char* mode_text = ini_string(ini::CoreSetting::DisplayErrors, &mode_length);
    ini::Entry* display_entry = ini::core(ini::CoreSetting::DisplayErrors);
    int mode = display_entry && display_entry->value ? display_errors_mode(mode_text, mode_length) : 1;
    if (!mode)
        return;
    size_t prepend_length;
    size_t append_length;
    const char* prepend = ini_string(ini::CoreSetting::ErrorPrependString, &prepend_length);
    const char* append = ini_string(ini::CoreSetting::ErrorAppendString, &append_length);

    Text text;
    if (ini_flag(ini::CoreSetting::HtmlErrors, false)) {
        text.append(prepend, prepend_length);
        text.append("<br />\n<b>");
        text.append(name);
        text.append("</b>:  ");
        // PHP escapes the engine's own fatal and parse messages; other messages arrive escaped already
        // (or are the user's own text, trigger_error, which PHP prints as given).
        if (type == E_ERROR || type == E_PARSE)
            text.append_escaped(message, length);
        else
            text.append(message, length);
        text.append(" in <b>");
        text.append(file);
        text.append("</b> on line <b>");
        text.append_number(line);
        text.append("</b><br />\n");
        text.append(append, append_length);
        output::write(text.data, text.length);
    } else if (mode == 2) {
        // The CLI's display_errors=stderr: no blank line before, no prepend or append strings.
        text.append_located(name, message, length, file, line);
        text.append("\n");
        output::write_error(text.data, text.length);
    } else {
        text.append(prepend, prepend_length);
        text.append("\n");
        text.append_located(name, message, length, file, line);
        text.append("\n");
        text.append(append, append_length);
        output::write(text.data, text.length);
    }
    text.release();
}

}

int display_errors_mode(const char* value, size_t length)
{
    if (!value)
        return 1;
    static const char* const kStdout[] = { "on", "yes", "true", "stdout" };
    for (const char* word : kStdout) {
        if (std::strlen(word) == length && strncasecmp(word, value, length) == 0)
            return 1;
    }
    if (length == 6 && strncasecmp("stderr", value, 6) == 0)
        return 2;
    // PHP keeps the number in a byte: 256 is off, like 0; anything but 1 and 2 means standard output.
    auto mode = static_cast<unsigned char>(std::atol(value));
    if (mode && mode != 1 && mode != 2)
        return 1;
    return mode;
}

void display_startup() { set_error_hook(display_hook, nullptr); }

void display_hook(void*, int type, const char* message, const char* file, uint32_t line)
{
    Context* context = current_context();
    size_t length = std::strlen(message);
    if (context && context->user_error_handler && (context->user_error_handler_mask & type)
        && !(type & kNotForUserHandlers)) {
        UserErrorHandler handler = context->user_error_handler;
        void* user = context->user_error_handler_user;
        int mask = context->user_error_handler_mask;
        context->user_error_handler = nullptr;
        bool handled = handler(user, type, message, length, file ? file : kUnknownFile, line);
        // A handler that installed another one (set_error_handler inside the handler) keeps that one.
        if (!context->user_error_handler) {
            context->user_error_handler = handler;
            context->user_error_handler_user = user;
            context->user_error_handler_mask = mask;
        }
        if (handled) {
            context->error_handled_by_user = true;
            return;
        }
    }
    report_error(type, message, length, file, line);
}

void report_error(int type, const char* message, size_t length, const char* file, uint32_t line)
{
    type &= E_ALL;
    if (!file)
        file = kUnknownFile;
    Context* context = current_context();
    output::OutputState* state = output_state();

    if (state) {
        if (is_repeat(state->last_error, message, length, file, line))
            return;
        remember(&state->last_error, type, message, length, file, line);
    }

    // Out of memory: whatever the buffers hold is dropped, so the message has room to get out.
    if (context && context->heap.overflow)
        output::discard_all();

    int reporting = context ? context->error_reporting : E_ALL;
    bool log = ini_flag(ini::CoreSetting::LogErrors, false);
    ini::Entry* display_entry = ini::core(ini::CoreSetting::DisplayErrors);
    bool show = !display_entry || !display_entry->value
        || display_errors_mode(display_entry->value, display_entry->value_length) != 0;
    if (!((reporting & type) || (type & (E_CORE_ERROR | E_CORE_WARNING))) || !(log || show))
        return;

    const char* name = error_type_name(type);
    if (log) {
        Text text;
        text.append("PHP ");
        text.append_located(name, message, length, file, line, ":  ");
        write_log(text.data, text.length);
        text.release();
    }
    if (show)
        display(type, name, message, length, file, line);
}

UserErrorHandler set_user_error_handler(UserErrorHandler handler, void* user, int mask, void** previous_user,
                                        int* previous_mask)
{
    Context* context = current_context();
    UserErrorHandler previous = context->user_error_handler;
    if (previous_user)
        *previous_user = context->user_error_handler_user;
    if (previous_mask)
        *previous_mask = context->user_error_handler_mask;
    context->user_error_handler = handler;
    context->user_error_handler_user = user;
    context->user_error_handler_mask = mask;
    return previous;
}

bool last_error(LastErrorView* view)
{
    output::OutputState* state = output_state();
    if (!state || !state->last_error.message)
        return false;
    const output::LastError& last = state->last_error;
    *view = LastErrorView { last.type, last.message, last.message_length, last.file, last.line };
    return true;
}

void clear_last_error()
{
    output::OutputState* state = output_state();
    if (!state)
        return;
    std::free(state->last_error.message);
    std::free(state->last_error.file);
    state->last_error = output::LastError {};
}

}
