// Console output and the engine's error display set up for the CLI (see report.h).
#include "sapi/cli/report.h"

#include <cerrno>
#include <unistd.h>

#include "engine/error/display.h"
#include "engine/error/error_types.h"
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

static embed::EngineConfig console_engine_config(const IniSettings& settings)
{
    embed::EngineConfig config;
    config.host = console_host();
    config.standard_streams = true; // STDIN, STDOUT and STDERR, as php's CLI defines them
    for (const auto& [name, value] : settings)
        config.ini.emplace_back(name, value);
    return config;
}

DiagnosticReporter::DiagnosticReporter(const IniSettings& settings)
    : m_engine(console_engine_config(settings))
{
}

void DiagnosticReporter::report(Severity severity, std::string_view message, std::string_view file,
                                uint32_t line) const
{
    std::string file_name(file);
    error::report_error(error_level(severity), message.data(), message.size(),
                        error::compile_diagnostic_file(file_name.c_str(), line), line);
}

} // namespace miniphp::cli
