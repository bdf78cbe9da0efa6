// How the CLI shows messages: standard output and error in a fixed order, and PHP's framing of diagnostics.
//
// Tests read stdout and stderr through one pipe, so the order of the bytes across the two streams matters:
// Console flushes standard output before anything goes to standard error, which is what php's unbuffered
// writes give.
//
// Diagnostics (parse errors, compile warnings) are shown as php shows them with its built-in defaults
// (display_errors=1 on stdout, log_errors=0, html_errors=0, error_reporting=E_ALL) and as changed by the ini
// settings a user can pass with -d. FIXME: this framing belongs to the engine's error module (engine/error);
// move it there once that module can report errors for the CLI, which then only passes the -d settings on.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace miniphp::cli {

class Console {
public:
    static void out(std::string_view text);
    static void err(std::string_view text);
};

// Settings given with -d, as name -> value (`-d foo` means foo=1, as in PHP).
using IniSettings = std::map<std::string, std::string>;

enum class Severity { Warning, Deprecated, ParseError, FatalError };

class DiagnosticReporter {
public:
    explicit DiagnosticReporter(const IniSettings& settings);

    // Shows one diagnostic about `file` (a path, "Standard input code" or "Command line code").
    void report(Severity severity, std::string_view message, std::string_view file, uint32_t line) const;

private:
    enum class Display { Off, Stdout, Stderr };
    Display m_display = Display::Stdout;
    bool m_log = false;
    int64_t m_error_reporting = 32767; // E_ALL
};

} // namespace miniphp::cli
