// How the CLI shows messages: its two streams, and the engine's error display for diagnostics.
//
// Tests read stdout and stderr through one pipe, so the order of the bytes across the two streams matters.
// Console writes both with write(2), unbuffered, as php's CLI writes them, so the order in which the program
// writes is the order a reader sees.
//
// Diagnostics (parse errors, compile warnings) are framed by the engine's error display
// (engine/error/display.h), which reads the ini table: php's built-in defaults for the command line
// (display_errors=1 on stdout, log_errors=0, html_errors=0, error_reporting=E_ALL) with the -d settings the
// user gave on top, read in php.ini syntax (`-d error_reporting="E_ALL & ~E_DEPRECATED"`, `-d
// display_errors=Off`). The CLI keeps no framing logic of its own.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "sapi/embed/embed.h"

namespace miniphp::cli {

class Console {
public:
    static void out(std::string_view text);
    static void err(std::string_view text);
};

// Settings given with -d, as name -> value (`-d foo` means foo=1, as in PHP).
using IniSettings = std::map<std::string, std::string>;

enum class Severity { Warning, Deprecated, ParseError, FatalError };

// The CLI's engine (sapi/embed) with the console as its host and the -d settings on top of PHP's command-line
// defaults: it runs scripts, and its error display frames the parser's diagnostics for -l and --dump-ast.
// Keep it outside every try block: it uses RAII.
class DiagnosticReporter {
public:
    explicit DiagnosticReporter(const IniSettings& settings);
    DiagnosticReporter(const DiagnosticReporter&) = delete;
    DiagnosticReporter& operator=(const DiagnosticReporter&) = delete;

    embed::Engine& engine() { return m_engine; }

    // Shows one diagnostic about `file` (a path, "Standard input code" or "Command line code"); line 0 means
    // PHP had no active file when it raised it.
    void report(Severity severity, std::string_view message, std::string_view file, uint32_t line) const;

private:
    embed::Engine m_engine;
};

} // namespace miniphp::cli
