// The `miniphp` program: a command-line host that behaves like `php -n`.
//
// It reads the options the way php does (options.cpp), decides the mode in php's order, loads the script from
// a file, from standard input or from -r, and hands it to the pipeline (pipeline.cpp). Everything it prints
// that php also prints (usage, option errors, "Could not open input file", lint results, diagnostics) is
// php's text byte for byte, on the same stream, with the same exit status.
//
// The file is written top-down: the mode decision, then loading the source, then running each mode.
//
// FIXME: scripts are only parsed for now; once the compiler and the VM exist the CLI runs them through the
// embed API like any other host, and passes the script arguments on as $argv.
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "sapi/cli/options.h"
#include "sapi/cli/pipeline.h"
#include "sapi/cli/report.h"

#ifndef MINIPHP_VERSION
#define MINIPHP_VERSION "0.0.0"
#endif

namespace miniphp::cli {

namespace {

constexpr int exit_ok = 0;
constexpr int exit_usage = 1;
constexpr int exit_fatal = 255;

// PHP's modes, plus miniphp's own ways of looking inside the pipeline.
enum class Mode {
    Standard,     // run a file or standard input
    Lint,         // -l
    Direct,       // -r CODE
    ProcessStdin, // -B/-R/-F/-E
    Highlight,    // -s
    Strip,        // -w
    Reflection,   // --rf, --rc, --re, --rz, --ri
    ShowIni,      // --ini
    Tokens,       // --tokens FILE
    DumpAst,      // --dump-ast FILE
};

struct Invocation {
    Mode mode = Mode::Standard;
    IniSettings ini;
    std::optional<std::string> script_file;
    std::string direct_code;
    std::vector<std::string> script_arguments; // $argv[1..]
    bool hide_arguments = false;                // -H
};

const char* const mode_conflict = "Either execute direct code, process stdin or use a file.\n";

void define_ini(IniSettings& ini, const std::string& definition)
{
    size_t equals = definition.find('=');
    if (equals == std::string::npos)
        ini.insert_or_assign(definition, std::string(1, '1'));
    else
        ini.insert_or_assign(definition.substr(0, equals), definition.substr(equals + 1));
}

int unsupported(const std::string& what)
{
    // DIVERGENCE: php supports these; miniphp says so plainly instead of doing something else.
    Console::err("miniphp: " + what + " is not supported\n");
    return exit_usage;
}

void print_version()
{
    // DIVERGENCE: php prints its own name, version and build; miniphp names itself and the language version it
    // implements, in the same layout (first line "NAME VERSION (cli) (built: DATE TIME) (NTS)").
    Console::out("miniphp " MINIPHP_VERSION " (cli) (built: " __DATE__ " " __TIME__ ") (NTS)\n"
                 "Copyright (c) The miniphp authors\n"
                 "Implements PHP 8.2, with php -n as the reference for its behaviour\n");
}

// Applies the options to `invocation` in php's order. Returns an exit status when the program is done
// (help, version, an option error), or nothing when a script is to be handled.
std::optional<int> decide(const ScannedOptions& scanned, int argc, char** argv, Invocation& invocation)
{
    // First pass, as php's start-up reads the options: ini settings, help, and option errors, up to the first
    // of -i, -v, -m (php stops looking there, so an unknown option after -v is never reported).
    for (const OptionEvent& event : scanned.events) {
        bool stop = false;
        switch (event.code) {
        case 'd':
            define_ini(invocation.ini, event.value);
            break;
        case 'h':
        case '?':
            Console::out(usage_text(argv[0]));
            return exit_ok;
        case OPTION_INVALID:
            Console::err(event.error);
            Console::out(usage_text(argv[0]));
            return exit_usage;
        case 'S':
            return unsupported("the built-in web server (-S)");
        case 'i':
        case 'v':
        case 'm':
            stop = true;
            break;
        default:
            // -n: miniphp never reads a php.ini file, so it is always in effect.
            // DIVERGENCE: -c FILE is accepted and ignored; php would read FILE as its php.ini.
            break;
        }
        if (stop)
            break;
    }

    // Second pass: the options that print something and exit.
    for (const OptionEvent& event : scanned.events) {
        if (event.code == 'v') {
            print_version();
            return exit_ok;
        }
        if (event.code == 'i')
            return unsupported("phpinfo (-i)");
        if (event.code == 'm')
            return unsupported("listing modules (-m)");
    }

    // Third pass: the mode, with php's rules for which options may be combined.
    const char* param_error = nullptr;
    Mode& mode = invocation.mode;
    for (const OptionEvent& event : scanned.events) {
        switch (event.code) {
        case 'a':
            // This is what php without the readline extension answers, and miniphp has no interactive shell.
            param_error = "Interactive shell (-a) requires the readline extension.\n";
            break;
        case 'f':
            if (mode == Mode::Direct || mode == Mode::ProcessStdin)
                param_error = mode_conflict;
            else if (invocation.script_file)
                param_error = "You can use -f only once.\n";
            else
                invocation.script_file = event.value;
            break;
        case 'l':
            if (mode == Mode::Standard)
                mode = Mode::Lint;
            break;
        case 'r':
            if (mode == Mode::Direct) {
                param_error = "You can use -r only once.\n";
            } else if (mode != Mode::Standard) {
                param_error = mode_conflict;
            } else {
                mode = Mode::Direct;
                invocation.direct_code = event.value;
            }
            break;
        case 'F':
        case 'R':
        case 'B':
        case 'E':
            if (mode != Mode::Standard && mode != Mode::ProcessStdin)
                param_error = mode_conflict;
            else
                mode = Mode::ProcessStdin;
            break;
        case 's':
            if (mode == Mode::Direct || mode == Mode::ProcessStdin)
                param_error = "Source highlighting only works for files.\n";
            else
                mode = Mode::Highlight;
            break;
        case 'w':
            if (mode == Mode::Direct || mode == Mode::ProcessStdin)
                param_error = "Source stripping only works for files.\n";
            else
                mode = Mode::Strip;
            break;
        case 'z':
            return unsupported("loading Zend extensions (-z)");
        case OPTION_REFLECT_FUNCTION:
        case OPTION_REFLECT_CLASS:
        case OPTION_REFLECT_EXTENSION:
        case OPTION_REFLECT_ZEND_EXTENSION:
        case OPTION_EXTENSION_INFO:
            mode = Mode::Reflection;
            break;
        case OPTION_INI:
            mode = Mode::ShowIni;
            break;
        case OPTION_TOKENS:
            mode = Mode::Tokens;
            invocation.script_file = event.value;
            break;
        case OPTION_DUMP_AST:
            mode = Mode::DumpAst;
            invocation.script_file = event.value;
            break;
        case 'H':
            invocation.hide_arguments = true;
            break;
        default:
            // -C, -q, -e, --repeat and the start-up options change nothing miniphp does.
            break;
        }
    }
    if (param_error) {
        Console::out(param_error);
        return exit_usage;
    }
    switch (mode) {
    case Mode::ProcessStdin:
        return unsupported("processing standard input line by line (-B, -R, -F, -E)");
    case Mode::Highlight:
        return unsupported("syntax highlighting (-s)");
    case Mode::Strip:
        return unsupported("stripping source (-w)");
    case Mode::Reflection:
        return unsupported("reflection (--rf, --rc, --re, --rz, --ri)");
    case Mode::ShowIni:
        return unsupported("--ini");
    default:
        break;
    }

    // The first operand is the script, unless the code comes from -r or the options ended with "--" (then the
    // script is standard input and every operand is an argument).
    int operand = scanned.first_operand;
    if (argc > operand && !invocation.script_file && mode != Mode::Direct
        && std::string(argv[operand - 1]) != "--") {
        invocation.script_file = argv[operand++];
    }
    for (; operand < argc; ++operand)
        invocation.script_arguments.emplace_back(argv[operand]);
    return std::nullopt;
}

// Reads a whole stream. A read error (the "file" is a directory, for instance) ends the input, as in php.
std::string read_all(FILE* stream)
{
    std::string data;
    char buffer[65536];
    size_t count;
    while ((count = std::fread(buffer, 1, sizeof buffer, stream)) > 0)
        data.append(buffer, count);
    return data;
}

void report_all(const StageResult& result, const IniSettings& ini, const std::string& file)
{
    DiagnosticReporter reporter(ini);
    for (const SourceDiagnostic& diagnostic : result.diagnostics)
        reporter.report(diagnostic.severity, diagnostic.message, file, diagnostic.line);
}

int run(int argc, char** argv)
{
    Invocation invocation;
    ScannedOptions scanned = scan_options(argc, argv);
    if (std::optional<int> status = decide(scanned, argc, argv, invocation))
        return *status;

    // Load the source and decide the name messages give it: the path as given for -l, the real path when a
    // file is run (php reports the resolved name there), fixed names for standard input and -r.
    std::string source;
    std::string file_name;
    FILE* script = nullptr;
    if (invocation.script_file) {
        // php opens a script named with -f even when -r then gives the code, and fails when it cannot.
        script = std::fopen(invocation.script_file->c_str(), "rb");
        if (!script) {
            Console::out("Could not open input file: " + *invocation.script_file + "\n");
            return exit_usage;
        }
    }
    if (invocation.mode == Mode::Direct) {
        if (script)
            std::fclose(script);
        // php compiles -r code as if an open tag came first; "<?php " keeps it on line 1. Its -H blanks the
        // command line in memory before the code is compiled, and the code is read from there: none is left.
        source = "<?php " + (invocation.hide_arguments ? std::string() : invocation.direct_code);
        file_name = "Command line code";
    } else if (script) {
        const std::string& path = *invocation.script_file;
        source = read_all(script);
        std::fclose(script);
        file_name = path;
        if (invocation.mode == Mode::Standard) {
            char resolved[PATH_MAX];
            if (realpath(path.c_str(), resolved))
                file_name = resolved;
        }
    } else {
        source = read_all(stdin);
        file_name = "Standard input code";
    }

    switch (invocation.mode) {
    case Mode::Tokens: {
        // token_get_all() does not skip a "#!" line, so --tokens keeps it too.
        StageResult result = dump_tokens(source);
        Console::out(result.output);
        return exit_ok;
    }
    case Mode::DumpAst: {
        StageResult result = dump_ast(source);
        report_all(result, invocation.ini, file_name);
        if (!result.ok)
            return exit_fatal;
        Console::out(result.output);
        return exit_ok;
    }
    case Mode::Lint: {
        StageResult result = parse_source(source);
        report_all(result, invocation.ini, file_name);
        // php's -H blanks the command line in memory, and its lint summary reads the file name from there, so
        // the summary names no file (diagnostics keep the name: php copied it before).
        std::string summary_name = invocation.hide_arguments && invocation.script_file ? "" : file_name;
        if (result.ok) {
            Console::out("No syntax errors detected in " + summary_name + "\n");
            return exit_ok;
        }
        Console::out("Errors parsing " + summary_name + "\n");
        return exit_fatal;
    }
    default: {
        // The script runs as one request of the CLI's engine. A script file or stdin may start with a "#!" line,
        // which PHP skips; -r code never does.
        DiagnosticReporter reporter(invocation.ini);
        ParseOptions options;
        options.skip_shebang = invocation.mode != Mode::Direct;
        // $argv[0] is the script as named on the command line; php names stdin and -r code alike.
        std::vector<std::string> arguments;
        arguments.push_back(invocation.script_file && invocation.mode != Mode::Direct ? *invocation.script_file
                                                                                      : "Standard input code");
        arguments.insert(arguments.end(), invocation.script_arguments.begin(), invocation.script_arguments.end());
        return reporter.engine().run(source.c_str(), source.size(), file_name.c_str(), arguments, options).status;
    }
    }
}

} // namespace

} // namespace miniphp::cli

int main(int argc, char** argv)
{
    int status = miniphp::cli::run(argc, argv);
    std::fflush(stdout);
    return status;
}
