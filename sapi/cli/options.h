// Command-line options of the `miniphp` program, read the way `php` reads its own.
//
// PHP's CLI has its own option scanner (not POSIX getopt): clustered short options (`-nl`), values attached or
// separate or after `=` (`-dfoo=1`, `-d foo=1`, `-d=foo=1`), long names (`--define foo`), and error messages
// that quote the argument and character index (`Error in argument 2, char 2: option not found X`). Scripts and
// test suites depend on those texts, so OptionScanner reproduces its behaviour, including the quirk that the
// character index of a long-option error comes from the previous short option. Scanning stops at the first
// argument that is not an option, at a lone `-`, and after `--`.
//
// The scanner only tokenises; what the options mean (which mode wins, which combinations conflict) is decided
// by main.cpp, in the order PHP decides it.
#pragma once

#include <string>
#include <vector>

namespace miniphp::cli {

// Option codes: the option's character for short options, small numbers for long-only ones (PHP's own numbers
// for its long-only options, so the table reads like PHP's), and the two below for scanner outcomes.
enum OptionCode : int {
    OPTION_INVALID = -2,           // a scanning error; OptionEvent::error holds the message
    OPTION_REFLECT_FUNCTION = 10,  // --rf
    OPTION_REFLECT_CLASS = 11,     // --rc
    OPTION_REFLECT_EXTENSION = 12, // --re
    OPTION_REFLECT_ZEND_EXTENSION = 13, // --rz
    OPTION_EXTENSION_INFO = 14,    // --ri
    OPTION_INI = 15,               // --ini
    OPTION_REPEAT = 16,            // --repeat (PHP's internal testing option)
    // miniphp's own long options, for looking inside the pipeline.
    OPTION_TOKENS = 20,            // --tokens FILE
    OPTION_DUMP_AST = 21,          // --dump-ast FILE
};

struct OptionEvent {
    int code;              // an OptionCode or the short option's character
    std::string value;     // the option's value, for options that take one
    std::string error;     // for OPTION_INVALID: the full message line PHP prints to stderr, newline included
};

struct ScannedOptions {
    std::vector<OptionEvent> events; // in command-line order, errors included
    int first_operand = 1;           // index in argv of the first argument that is not an option
};

// Reads argv[1..] up to the end of the options. Never fails: errors are events, so the caller can act on them
// in PHP's order (PHP, for instance, ignores an unknown option that comes after `-v`).
ScannedOptions scan_options(int argc, char** argv);

// The text `php -h` prints, with PHP's rule for the program name: the part of argv[0] after its last `/`, or
// "php" when argv[0] has no `/` at all.
std::string usage_text(const char* argv0);

} // namespace miniphp::cli
