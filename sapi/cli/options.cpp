// The option scanner and the usage text (see options.h for the rules being reproduced).
//
// The scanner is a small state machine over (argument index, character index, "inside a cluster of short
// options"). Its state lives in one object for one scan, so nothing here is global.
#include "sapi/cli/options.h"

#include <cstring>

namespace miniphp::cli {

namespace {

struct OptionSpec {
    int code;
    bool takes_value;
    const char* long_name;
};

// PHP's CLI option table, in PHP's order (a short option matches the first entry with its character), followed
// by miniphp's own long options.
constexpr OptionSpec option_table[] = {
    { 'a', false, "interactive" },
    { 'B', true, "process-begin" },
    { 'C', false, "no-chdir" },
    { 'c', true, "php-ini" },
    { 'd', true, "define" },
    { 'E', true, "process-end" },
    { 'e', false, "profile-info" },
    { 'F', true, "process-file" },
    { 'f', true, "file" },
    { 'h', false, "help" },
    { 'i', false, "info" },
    { 'l', false, "syntax-check" },
    { 'm', false, "modules" },
    { 'n', false, "no-php-ini" },
    { 'q', false, "no-header" },
    { 'R', true, "process-code" },
    { 'H', false, "hide-args" },
    { 'r', true, "run" },
    { 's', false, "syntax-highlight" },
    { 's', false, "syntax-highlighting" },
    { 'S', true, "server" },
    { 't', true, "docroot" },
    { 'w', false, "strip" },
    { '?', false, "usage" },
    { 'v', false, "version" },
    { 'z', true, "zend-extension" },
    { OPTION_REFLECT_FUNCTION, true, "rf" },
    { OPTION_REFLECT_FUNCTION, true, "rfunction" },
    { OPTION_REFLECT_CLASS, true, "rc" },
    { OPTION_REFLECT_CLASS, true, "rclass" },
    { OPTION_REFLECT_EXTENSION, true, "re" },
    { OPTION_REFLECT_EXTENSION, true, "rextension" },
    { OPTION_REFLECT_ZEND_EXTENSION, true, "rz" },
    { OPTION_REFLECT_ZEND_EXTENSION, true, "rzendextension" },
    { OPTION_EXTENSION_INFO, true, "ri" },
    { OPTION_EXTENSION_INFO, true, "rextinfo" },
    { OPTION_INI, false, "ini" },
    { OPTION_REPEAT, true, "repeat" },
    // DIVERGENCE: options php does not have; `php --tokens` is an error, `miniphp --tokens` prints tokens.
    { OPTION_TOKENS, true, "tokens" },
    { OPTION_DUMP_AST, true, "dump-ast" },
};

class OptionScanner {
public:
    OptionScanner(int argc, char** argv)
        : m_argc(argc)
        , m_argv(argv)
    {
    }

    // Returns false at the end of the options.
    bool next(OptionEvent& event);

    int index() const { return m_index; }

private:
    char char_at(int argument, size_t position) const
    {
        // PHP can index past the end of an argument in odd error cases; here such a read yields NUL.
        const char* text = m_argv[argument];
        return position <= std::strlen(text) ? text[position] : '\0';
    }

    OptionEvent error(int argument, size_t position, const char* what, bool quote_character) const
    {
        std::string message = "Error in argument " + std::to_string(argument) + ", char "
            + std::to_string(position + 1) + ": " + what;
        if (quote_character)
            message += char_at(argument, position);
        message += '\n';
        return { OPTION_INVALID, {}, message };
    }

    int m_argc;
    char** m_argv;
    int m_index = 1;           // the argument being read
    size_t m_position = 0;     // the character being read inside a cluster of short options
    bool m_in_cluster = false; // inside `-abc` after its dash
};

bool OptionScanner::next(OptionEvent& event)
{
    if (m_index >= m_argc)
        return false;
    const char* argument = m_argv[m_index];
    if (!m_in_cluster && (argument[0] != '-' || argument[1] == '\0'))
        return false; // an operand, or a lone "-" (which names standard input)

    const OptionSpec* spec = nullptr;
    size_t value_start;
    if (argument[0] == '-' && argument[1] == '-') {
        if (argument[2] == '\0') {
            ++m_index; // "--" ends the options and is consumed
            return false;
        }
        // `--name` or `--name=value`. PHP looks for '=' before the last character only, so `--define=` is
        // read as the unknown option "define=".
        size_t length = std::strlen(argument);
        const char* equals = static_cast<const char*>(std::memchr(argument + 2, '=', length - 3));
        size_t name_length = equals ? static_cast<size_t>(equals - (argument + 2)) : length - 2;
        for (const OptionSpec& candidate : option_table) {
            if (std::strlen(candidate.long_name) == name_length
                && std::strncmp(argument + 2, candidate.long_name, name_length) == 0) {
                spec = &candidate;
                break;
            }
        }
        if (!spec) {
            // PHP reports an unknown long option as a missing argument, at the character position left over
            // from the last short option.
            ++m_index;
            event = error(m_index - 1, m_position, "no argument for option ", true);
            return true;
        }
        m_position = 0;
        m_in_cluster = false;
        value_start = 2 + name_length + (equals ? 1 : 0);
    } else {
        if (!m_in_cluster) {
            m_in_cluster = true;
            m_position = 1;
        }
        if (argument[m_position] == ':') {
            m_in_cluster = false;
            ++m_index;
            event = error(m_index - 1, m_position, ": in flags", false);
            return true;
        }
        value_start = 1 + m_position;
        for (const OptionSpec& candidate : option_table) {
            if (candidate.code == static_cast<unsigned char>(argument[m_position])) {
                spec = &candidate;
                break;
            }
        }
        if (!spec) {
            int error_index = m_index;
            size_t error_position = m_position;
            if (argument[m_position + 1] == '\0') {
                m_in_cluster = false;
                ++m_index;
            } else {
                ++m_position;
            }
            event = error(error_index, error_position, "option not found ", true);
            return true;
        }
    }

    event = { spec->code, {}, {} };
    if (spec->takes_value) {
        // The value is the rest of this argument (after an optional '='), or else the next argument.
        m_in_cluster = false;
        if (argument[value_start] == '\0') {
            ++m_index;
            if (m_index == m_argc) {
                event = error(m_index - 1, m_position, "no argument for option ", true);
                return true;
            }
            event.value = m_argv[m_index++];
        } else {
            if (argument[value_start] == '=')
                ++value_start;
            event.value = argument + value_start;
            ++m_index;
        }
        return true;
    }
    bool is_long = argument[0] == '-' && argument[1] == '-';
    if (!is_long && argument[m_position + 1] != '\0') {
        ++m_position; // more short options in this cluster
    } else {
        if (!is_long)
            m_in_cluster = false;
        ++m_index;
    }
    return true;
}

} // namespace

ScannedOptions scan_options(int argc, char** argv)
{
    ScannedOptions result;
    OptionScanner scanner(argc, argv);
    OptionEvent event;
    while (scanner.next(event))
        result.events.push_back(std::move(event));
    result.first_operand = scanner.index();
    return result;
}

std::string usage_text(const char* argv0)
{
    const char* slash = std::strrchr(argv0, '/');
    std::string program = slash ? slash + 1 : "php";
    std::string text;
    auto line = [&](const char* rest) {
        text += program;
        text += rest;
        text += '\n';
    };
    text += "Usage: ";
    line(" [options] [-f] <file> [--] [args...]");
    text += "   ";
    line(" [options] -r <code> [--] [args...]");
    text += "   ";
    line(" [options] [-B <begin_code>] -R <code> [-E <end_code>] [--] [args...]");
    text += "   ";
    line(" [options] [-B <begin_code>] -F <file> [-E <end_code>] [--] [args...]");
    text += "   ";
    line(" [options] -S <addr>:<port> [-t docroot] [router]");
    text += "   ";
    line(" [options] -- [args...]");
    text += "   ";
    line(" [options] -a");
    text += R"(
  -a               Run as interactive shell (requires readline extension)
  -c <path>|<file> Look for php.ini file in this directory
  -n               No configuration (ini) files will be used
  -d foo[=bar]     Define INI entry foo with value 'bar'
  -e               Generate extended information for debugger/profiler
  -f <file>        Parse and execute <file>.
  -h               This help
  -i               PHP information
  -l               Syntax check only (lint)
  -m               Show compiled in modules
  -r <code>        Run PHP <code> without using script tags <?..?>
  -B <begin_code>  Run PHP <begin_code> before processing input lines
  -R <code>        Run PHP <code> for every input line
  -F <file>        Parse and execute <file> for every input line
  -E <end_code>    Run PHP <end_code> after processing all input lines
  -H               Hide any passed arguments from external tools.
  -S <addr>:<port> Run with built-in web server.
  -t <docroot>     Specify document root <docroot> for built-in web server.
  -s               Output HTML syntax highlighted source.
  -v               Version number
  -w               Output source with stripped comments and whitespace.
  -z <file>        Load Zend extension <file>.

  args...          Arguments passed to script. Use -- args when first argument
                   starts with - or script is read from stdin

  --ini            Show configuration file names

  --rf <name>      Show information about function <name>.
  --rc <name>      Show information about class <name>.
  --re <name>      Show information about extension <name>.
  --rz <name>      Show information about Zend extension <name>.
  --ri <name>      Show configuration for extension <name>.

)";
    return text;
}

} // namespace miniphp::cli
