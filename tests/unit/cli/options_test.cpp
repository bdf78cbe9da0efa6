// Tests of the CLI option scanner: php's option syntax, its error texts, and where the script name starts.
//
// Expected texts are what `php -n` prints for the same command lines (checked by hand and, for the program as a
// whole, by tests/phpt/cli against real php).
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "sapi/cli/options.h"

namespace miniphp::cli {
namespace {

// Scans a command line given as words; argv[0] is "miniphp".
class CommandLine {
public:
    CommandLine(std::initializer_list<const char*> words)
    {
        m_words.emplace_back("miniphp");
        for (const char* word : words)
            m_words.emplace_back(word);
        for (std::string& word : m_words)
            m_pointers.push_back(word.data());
        m_pointers.push_back(nullptr);
        m_scanned = scan_options(static_cast<int>(m_words.size()), m_pointers.data());
    }

    const ScannedOptions& scanned() const { return m_scanned; }
    const std::vector<OptionEvent>& events() const { return m_scanned.events; }

private:
    std::vector<std::string> m_words;
    std::vector<char*> m_pointers;
    ScannedOptions m_scanned;
};

TEST(CliOptions, ShortOptionsAndTheScript)
{
    CommandLine line { "-n", "-l", "script.php", "-X" };
    ASSERT_EQ(line.events().size(), 2u);
    EXPECT_EQ(line.events()[0].code, 'n');
    EXPECT_EQ(line.events()[1].code, 'l');
    EXPECT_EQ(line.scanned().first_operand, 3); // options stop at the script; -X belongs to it
}

TEST(CliOptions, ClusteredShortOptions)
{
    CommandLine line { "-nl", "x.php" };
    ASSERT_EQ(line.events().size(), 2u);
    EXPECT_EQ(line.events()[0].code, 'n');
    EXPECT_EQ(line.events()[1].code, 'l');
    EXPECT_EQ(line.scanned().first_operand, 2);
}

TEST(CliOptions, ValueForms)
{
    for (auto words : { std::vector<const char*> { "-d", "a=1" }, { "-da=1" }, { "-d=a=1" }, { "--define", "a=1" },
                        { "--define=a=1" } }) {
        std::vector<std::string> storage { "miniphp" };
        for (const char* word : words)
            storage.emplace_back(word);
        std::vector<char*> argv;
        for (std::string& word : storage)
            argv.push_back(word.data());
        ScannedOptions scanned = scan_options(static_cast<int>(argv.size()), argv.data());
        ASSERT_EQ(scanned.events.size(), 1u) << storage[1];
        EXPECT_EQ(scanned.events[0].code, 'd');
        EXPECT_EQ(scanned.events[0].value, "a=1") << storage[1];
    }
}

TEST(CliOptions, ValueInsideACluster)
{
    CommandLine line { "-nr", "echo 1;" };
    ASSERT_EQ(line.events().size(), 2u);
    EXPECT_EQ(line.events()[1].code, 'r');
    EXPECT_EQ(line.events()[1].value, "echo 1;");
}

TEST(CliOptions, DoubleDashEndsTheOptionsAndIsConsumed)
{
    CommandLine line { "-n", "--", "-X" };
    ASSERT_EQ(line.events().size(), 1u);
    EXPECT_EQ(line.scanned().first_operand, 3);
}

TEST(CliOptions, LoneDashIsAnOperand)
{
    CommandLine line { "-l", "-" };
    ASSERT_EQ(line.events().size(), 1u);
    EXPECT_EQ(line.scanned().first_operand, 2);
}

TEST(CliOptions, UnknownShortOption)
{
    CommandLine line { "-n", "-X" };
    ASSERT_EQ(line.events().size(), 2u);
    EXPECT_EQ(line.events()[1].code, OPTION_INVALID);
    EXPECT_EQ(line.events()[1].error, "Error in argument 2, char 2: option not found X\n");
}

TEST(CliOptions, UnknownOptionInsideAClusterThenTheRest)
{
    CommandLine line { "-Xl" };
    ASSERT_EQ(line.events().size(), 2u);
    EXPECT_EQ(line.events()[0].error, "Error in argument 1, char 2: option not found X\n");
    EXPECT_EQ(line.events()[1].code, 'l');
}

TEST(CliOptions, UnknownLongOptionUsesTheLeftOverCharacterIndex)
{
    EXPECT_EQ(CommandLine { "--nope" }.events()[0].error, "Error in argument 1, char 1: no argument for option -\n");
    EXPECT_EQ(CommandLine({ "-n", "--nope" }).events()[1].error,
              "Error in argument 2, char 2: no argument for option -\n");
    EXPECT_EQ(CommandLine({ "-lq", "--nope" }).events()[2].error,
              "Error in argument 2, char 3: no argument for option n\n");
}

TEST(CliOptions, MissingValue)
{
    EXPECT_EQ(CommandLine({ "-n", "-r" }).events()[1].error, "Error in argument 2, char 2: no argument for option r\n");
    // A matched long option resets the character index.
    EXPECT_EQ(CommandLine({ "-n", "--define" }).events()[1].error,
              "Error in argument 2, char 1: no argument for option -\n");
}

TEST(CliOptions, ColonInFlags)
{
    EXPECT_EQ(CommandLine { "-:" }.events()[0].error, "Error in argument 1, char 2: : in flags\n");
}

TEST(CliOptions, EqualsSignAtTheEndIsPartOfTheLongName)
{
    CommandLine line { "--define=" };
    ASSERT_EQ(line.events().size(), 1u);
    EXPECT_EQ(line.events()[0].code, OPTION_INVALID);
}

TEST(CliOptions, MiniphpLongOptions)
{
    CommandLine line { "--tokens", "a.php" };
    ASSERT_EQ(line.events().size(), 1u);
    EXPECT_EQ(line.events()[0].code, OPTION_TOKENS);
    EXPECT_EQ(line.events()[0].value, "a.php");
    EXPECT_EQ(CommandLine { "--dump-ast=b.php" }.events()[0].code, OPTION_DUMP_AST);
}

TEST(CliUsage, ProgramNameFollowsPhpRule)
{
    EXPECT_EQ(usage_text("/usr/local/bin/miniphp").rfind("Usage: miniphp [options] [-f] <file>", 0), 0u);
    // Without a slash in argv[0], php calls itself "php".
    EXPECT_EQ(usage_text("miniphp").rfind("Usage: php [options] [-f] <file>", 0), 0u);
    std::string text = usage_text("./x");
    EXPECT_NE(text.find("\n   x [options] -r <code> [--] [args...]\n"), std::string::npos);
    EXPECT_EQ(text.substr(text.size() - 3), ".\n\n"); // ends with a blank line, as php's does
}

} // namespace
} // namespace miniphp::cli
