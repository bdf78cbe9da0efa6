// Console output and diagnostic framing for the CLI (see report.h).
#include "sapi/cli/report.h"

#include <cstdio>
#include <cstdlib>
#include <strings.h>

namespace miniphp::cli {

void Console::out(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
}

void Console::err(std::string_view text)
{
    std::fflush(stdout);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

namespace {

const std::string* find_setting(const IniSettings& settings, const char* name)
{
    auto found = settings.find(name);
    return found == settings.end() ? nullptr : &found->second;
}

// PHP's reading of a boolean ini value: on/yes/true are true, anything else is read as a number.
bool ini_bool(const std::string& value)
{
    for (const char* word : { "on", "yes", "true" }) {
        if (strcasecmp(value.c_str(), word) == 0)
            return true;
    }
    return std::atoi(value.c_str()) != 0;
}

// The E_* constant each severity is raised with by PHP's compiler.
int64_t error_constant(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return 128; // E_COMPILE_WARNING
    case Severity::Deprecated:
        return 8192; // E_DEPRECATED
    case Severity::ParseError:
        return 4; // E_PARSE
    case Severity::FatalError:
        return 64; // E_COMPILE_ERROR
    }
    return 0;
}

const char* severity_label(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return "Warning";
    case Severity::Deprecated:
        return "Deprecated";
    case Severity::ParseError:
        return "Parse error";
    case Severity::FatalError:
        return "Fatal error";
    }
    return "Unknown error";
}

} // namespace

DiagnosticReporter::DiagnosticReporter(const IniSettings& settings)
{
    if (const std::string* value = find_setting(settings, "display_errors")) {
        // PHP's display_errors modes: "stderr"/"stdout" by name, on/yes/true as stdout, else a number (2 is
        // stderr).
        if (strcasecmp(value->c_str(), "stderr") == 0)
            m_display = Display::Stderr;
        else if (strcasecmp(value->c_str(), "stdout") == 0 || ini_bool(*value))
            m_display = std::atoi(value->c_str()) == 2 ? Display::Stderr : Display::Stdout;
        else
            m_display = Display::Off;
    }
    if (const std::string* value = find_setting(settings, "log_errors"))
        m_log = ini_bool(*value);
    if (const std::string* value = find_setting(settings, "error_reporting")) {
        // FIXME: PHP evaluates constant expressions here (E_ALL & ~E_DEPRECATED); only numbers and E_ALL are read.
        m_error_reporting = *value == "E_ALL" ? 32767 : std::strtoll(value->c_str(), nullptr, 10);
    }
}

// FIXME: html_errors=1 (HTML framing, escaped message), error_prepend_string and error_append_string are not
// read; php -n leaves them off, so only a -d option can tell the difference.
void DiagnosticReporter::report(Severity severity, std::string_view message, std::string_view file,
                                uint32_t line) const
{
    if ((m_error_reporting & error_constant(severity)) == 0)
        return;
    // Line 0 marks an error raised where PHP has no active file (a heredoc's body indentation is checked after
    // the scanner has left it), and PHP names the file accordingly.
    std::string_view shown_file = line == 0 ? std::string_view("[no active file]") : file;
    std::string location = " in " + std::string(shown_file) + " on line " + std::to_string(line) + "\n";
    // With no error_log set, the CLI logs to standard error, before the message is displayed.
    if (m_log) {
        Console::err(std::string("PHP ") + severity_label(severity) + ":  " + std::string(message) + location);
    }
    switch (m_display) {
    case Display::Off:
        break;
    case Display::Stdout:
        Console::out(std::string("\n") + severity_label(severity) + ": " + std::string(message) + location);
        break;
    case Display::Stderr:
        Console::err(std::string(severity_label(severity)) + ": " + std::string(message) + location);
        break;
    }
}

} // namespace miniphp::cli
