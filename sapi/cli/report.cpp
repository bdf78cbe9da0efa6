// Console output and the engine's error display set up for the CLI (see report.h).
#include "sapi/cli/report.h"

#include <cerrno>
#include <unistd.h>

#include "engine/context.h"
#include "engine/error/display.h"
#include "engine/error/error_types.h"
#include "engine/ini/ini.h"
#include "engine/output/output.h"

namespace miniphp::cli {

namespace {

void write_all(int fd, const char* data, size_t length)
{
    while (length) {
        ssize_t written = ::write(fd, data, length);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        data += written;
        length -= static_cast<size_t>(written);
    }
}

// The engine's host for the CLI: output and displayed errors on stdout, display_errors=stderr and the error
// log (log_errors without error_log) on stderr, one line each, as php_cli.c's log function writes them.
output::Host console_host()
{
    output::Host host;
    host.write = [](void*, const char* data, size_t length) {
        write_all(STDOUT_FILENO, data, length);
        return length;
    };
    host.write_error = [](void*, const char* data, size_t length) {
        write_all(STDERR_FILENO, data, length);
        return length;
    };
    host.log = [](void*, const char* data, size_t length) {
        write_all(STDERR_FILENO, data, length);
        write_all(STDERR_FILENO, "\n", 1);
    };
    return host;
}

// The E_* level PHP's compiler raises each severity with.
int error_level(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return E_COMPILE_WARNING;
    case Severity::Deprecated:
        return E_DEPRECATED;
    case Severity::ParseError:
        return E_PARSE;
    case Severity::FatalError:
        return E_COMPILE_ERROR;
    }
    return E_COMPILE_ERROR;
}

} // namespace

void Console::out(std::string_view text)
{
    write_all(STDOUT_FILENO, text.data(), text.size());
}

void Console::err(std::string_view text)
{
    write_all(STDERR_FILENO, text.data(), text.size());
}

DiagnosticReporter::DiagnosticReporter(const IniSettings& settings)
{
    m_previous_context = current_context();
    if (!m_previous_context || !m_previous_context->ini) {
        m_owned_context = context_create();
        set_current_context(m_owned_context);
        size_t count;
        const ini::ConfigValue* defaults = ini::command_line_defaults(&count);
        ini::engine_startup(defaults, count);
        output::engine_startup(console_host());
        error::display_startup();
    }
    for (const auto& [name, value] : settings)
        ini::set_config(name.data(), name.size(), value.data(), value.size());
}

DiagnosticReporter::~DiagnosticReporter()
{
    if (!m_owned_context)
        return;
    output::engine_shutdown();
    ini::engine_shutdown();
    set_current_context(m_previous_context);
    context_destroy(m_owned_context);
}

void DiagnosticReporter::report(Severity severity, std::string_view message, std::string_view file,
                                uint32_t line) const
{
    // Line 0 marks an error raised where PHP has no active file (a heredoc's body indentation is checked after
    // the scanner has left it), and PHP names the file accordingly.
    std::string shown_file = line == 0 ? std::string(error::kNoActiveFile) : std::string(file);
    error::report_error(error_level(severity), message.data(), message.size(), shown_file.c_str(), line);
}

} // namespace miniphp::cli
