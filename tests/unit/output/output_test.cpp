// The output layer: writes with and without buffers, nesting, handlers (C++ callbacks standing in for PHP
// callables), chunked buffers, the ob_* notices, request-end flushing and buffers left open by a fatal
// error. Each expectation is what php -n prints for the PHP script quoted beside it.
#include <cstring>

#include "engine/output/output_messages.h"
#include "tests/unit/output/engine_fixture.h"

namespace {

namespace output = miniphp::output;

class Output : public EngineTest { };

std::string dump_bool(bool value) { return value ? "bool(true)\n" : "bool(false)\n"; }

// function ($buffer, $phase) { return "[" . $buffer . ":" . $phase . "]"; }
bool bracket_with_phase(void*, zval*, zend_string* buffer, int phase, zval* result)
{
    std::string text = "[" + std::string(ZSTR_VAL(buffer), ZSTR_LEN(buffer)) + ":" + std::to_string(phase) + "]";
    ZVAL_STR(result, zend_string_init(text.data(), text.size(), false));
    return true;
}

// function ($buffer, $phase) { return strtoupper($buffer) . "($phase)"; }
bool upper_with_phase(void*, zval*, zend_string* buffer, int phase, zval* result)
{
    std::string text(ZSTR_VAL(buffer), ZSTR_LEN(buffer));
    for (char& c : text)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    text += "(" + std::to_string(phase) + ")";
    ZVAL_STR(result, zend_string_init(text.data(), text.size(), false));
    return true;
}

// function ($buffer) { return "[$buffer]"; }
bool bracket(void*, zval*, zend_string* buffer, int, zval* result)
{
    std::string text = "[" + std::string(ZSTR_VAL(buffer), ZSTR_LEN(buffer)) + "]";
    ZVAL_STR(result, zend_string_init(text.data(), text.size(), false));
    return true;
}

bool return_false(void*, zval*, zend_string*, int, zval* result)
{
    ZVAL_FALSE(result);
    return true;
}

bool return_true(void*, zval*, zend_string*, int, zval* result)
{
    ZVAL_TRUE(result);
    return true;
}

bool return_five(void*, zval*, zend_string*, int, zval* result)
{
    ZVAL_LONG(result, 5);
    return true;
}

// A handler that records the phases it was called with in the std::string its user pointer names.
bool record_phases(void* user, zval*, zend_string* buffer, int phase, zval* result)
{
    *static_cast<std::string*>(user) += std::to_string(phase) + ",";
    ZVAL_STR(result, zend_string_copy(buffer));
    return true;
}

bool start_with(output::OutputCallback callback, void* user = nullptr, int64_t chunk = 0,
                int64_t flags = output::kHandlerStdFlags, const char* name = "Closure::__invoke")
{
    // The VM passes the callable; a string zval stands in for it here (the buffer keeps a count of it).
    zval callable;
    ZVAL_STR(&callable, zend_string_init("callable", 8, false));
    bool ok = output::ob_start(name, std::strlen(name), callback, user, &callable, chunk, flags);
    zval_ptr_dtor(&callable);
    return ok;
}

bool start_default(int64_t chunk = 0, int64_t flags = output::kHandlerStdFlags)
{
    return output::ob_start(output::messages::kDefaultHandlerName, std::strlen(output::messages::kDefaultHandlerName),
                            nullptr, nullptr, nullptr, chunk, flags);
}

std::string notice(const std::string& text) { return "\nNotice: " + text + " in /t/a.php on line 3\n"; }

TEST_F(Output, WithoutBuffersWritesGoStraightToTheHost)
{
    echo("a");
    echo("bc");
    php_printf("%d-%s", 42, "x");
    EXPECT_EQ(m_streams.out, "abc42-x");
    EXPECT_EQ(m_streams.order, "ooo");
    EXPECT_EQ(output::ob_get_level(), 0);
}

TEST_F(Output, ImplicitFlushFlushesTheHostAfterEachWrite)
{
    // The CLI runs with implicit_flush=1.
    echo("a");
    echo("b");
    EXPECT_EQ(m_streams.flushes, 2);
    output::ob_implicit_flush(false);
    echo("c");
    EXPECT_EQ(m_streams.flushes, 2);
}

// var_dump(ob_get_level(), ob_get_length(), ob_get_contents(), ob_get_clean(), ob_get_flush());
// var_dump(ob_end_clean(), ob_end_flush(), ob_flush(), ob_clean());
TEST_F(Output, WithoutABufferTheFunctionsFailWithPhpsNotices)
{
    size_t length = 0;
    EXPECT_EQ(output::ob_get_level(), 0);
    EXPECT_FALSE(output::ob_get_length(&length));
    EXPECT_EQ(take(output::ob_get_contents()), "<false>");
    EXPECT_EQ(take(output::ob_get_clean()), "<false>");
    EXPECT_EQ(m_streams.out, "");
    EXPECT_EQ(take(output::ob_get_flush()), "<false>");
    EXPECT_EQ(m_streams.out, notice("ob_get_flush(): Failed to delete and flush buffer. No buffer to delete or flush"));
    m_streams.out.clear();
    EXPECT_FALSE(output::ob_end_clean());
    EXPECT_FALSE(output::ob_end_flush());
    EXPECT_FALSE(output::ob_flush());
    EXPECT_FALSE(output::ob_clean());
    EXPECT_EQ(m_streams.out, notice("ob_end_clean(): Failed to delete buffer. No buffer to delete")
                                 + notice("ob_end_flush(): Failed to delete and flush buffer. No buffer to delete or flush")
                                 + notice("ob_flush(): Failed to flush buffer. No buffer to flush")
                                 + notice("ob_clean(): Failed to delete buffer. No buffer to delete"));
}

// ob_start(); echo "abc"; ob_start(function($buf, $phase) { return "[" . $buf . ":" . $phase . "]"; });
// echo "in"; ob_flush(); echo "x"; ob_end_flush(); $c = ob_get_clean();   // "abc[in:5][x:8]"
TEST_F(Output, NestedBuffersAndAHandlerSeeThePhasesPhpGives)
{
    ASSERT_TRUE(start_default());
    echo("abc");
    size_t length = 0;
    ASSERT_TRUE(output::ob_get_length(&length));
    EXPECT_EQ(length, 3u);
    EXPECT_EQ(output::ob_get_level(), 1);
    ASSERT_TRUE(start_with(bracket_with_phase));
    echo("in");
    EXPECT_TRUE(output::ob_flush());
    echo("x");
    output::BufferStatus status {};
    ASSERT_TRUE(output::status(1, &status));
    EXPECT_EQ(std::string(status.name, status.name_length), "Closure::__invoke");
    EXPECT_EQ(status.type, 1);
    ASSERT_TRUE(output::status(0, &status));
    EXPECT_EQ(std::string(status.name, status.name_length), "default output handler");
    EXPECT_TRUE(output::ob_end_flush());
    EXPECT_EQ(take(output::ob_get_clean()), "abc[in:5][x:8]");
    EXPECT_EQ(output::ob_get_level(), 0);
    EXPECT_EQ(m_streams.out, "");
}

// ob_start(null, 4); echo "12"; echo "345"; echo "6"; $s = ob_get_status(true); ob_end_clean();
TEST_F(Output, AChunkSizeFlushesTheBufferWhenReached)
{
    ASSERT_TRUE(start_default(4));
    echo("12");
    EXPECT_EQ(m_streams.out, "");
    echo("345");
    EXPECT_EQ(m_streams.out, "12345");
    echo("6");
    output::BufferStatus status {};
    ASSERT_TRUE(output::status(0, &status));
    EXPECT_EQ(status.type, 0);
    EXPECT_EQ(status.flags, 20592);
    EXPECT_EQ(status.level, 0);
    EXPECT_EQ(status.chunk_size, 4u);
    EXPECT_EQ(status.buffer_size, 4096u);
    EXPECT_EQ(status.buffer_used, 1u);
    EXPECT_TRUE(output::ob_end_clean());
    EXPECT_EQ(m_streams.out, "12345");
}

TEST_F(Output, BuffersGrowPastTheirInitialSize)
{
    ASSERT_TRUE(start_default());
    std::string big(100000, 'z');
    echo(big);
    echo("!");
    EXPECT_EQ(take(output::ob_get_contents()), big + "!");
    output::BufferStatus status {};
    ASSERT_TRUE(output::status(0, &status));
    EXPECT_GE(status.buffer_size, 100001u);
    EXPECT_TRUE(output::ob_end_flush());
    EXPECT_EQ(m_streams.out, big + "!");
}

// ob_start(function($b){ return false;}); echo "x"; ob_end_flush(); echo "after";   // "xafter"
// ... return true ...                                                                  // "after"
// ... return 5 ...                                                                     // "5after"
TEST_F(Output, HandlerResultsAreReadAsPhpReadsThem)
{
    ASSERT_TRUE(start_with(return_false));
    echo("x");
    EXPECT_TRUE(output::ob_end_flush());
    echo("after");
    EXPECT_EQ(m_streams.out, "xafter");
    m_streams.out.clear();
    ASSERT_TRUE(start_with(return_true));
    echo("x");
    EXPECT_TRUE(output::ob_end_flush());
    echo("after");
    EXPECT_EQ(m_streams.out, "after");
    m_streams.out.clear();
    ASSERT_TRUE(start_with(return_five));
    echo("x");
    EXPECT_TRUE(output::ob_end_flush());
    echo("after");
    EXPECT_EQ(m_streams.out, "5after");
}

TEST_F(Output, ADisabledHandlerIsNotCalledAgain)
{
    std::string phases;
    ASSERT_TRUE(start_with(return_false));
    echo("a");
    EXPECT_TRUE(output::ob_flush()); // the handler fails: disabled, "a" passes through
    echo("b");
    EXPECT_TRUE(output::ob_end_flush());
    EXPECT_EQ(m_streams.out, "ab");
    ASSERT_TRUE(start_with(record_phases, &phases));
    echo("x");
    EXPECT_TRUE(output::ob_clean());
    echo("y");
    EXPECT_TRUE(output::ob_end_clean());
    EXPECT_EQ(phases, "3,10,");
    EXPECT_EQ(m_streams.out, "ab");
}

// ob_start(null, 0, 0); echo "x"; var_dump(ob_end_clean()); var_dump(ob_get_clean()); ob_flush(); ob_clean();
TEST_F(Output, ABufferWithoutAbilitiesRefusesEachOperation)
{
    ASSERT_TRUE(start_default(0, 0));
    echo("x");
    bool ended = output::ob_end_clean();
    echo(dump_bool(ended));
    std::string contents = take(output::ob_get_clean());
    std::string first_part = "x" + notice("ob_end_clean(): Failed to discard buffer of default output handler (0)")
        + "bool(false)\n";
    EXPECT_EQ(contents, first_part);
    EXPECT_FALSE(output::ob_flush());
    EXPECT_FALSE(output::ob_clean());
    end_request();
    EXPECT_EQ(m_streams.out, first_part + notice("ob_get_clean(): Failed to discard buffer of default output handler (0)")
                                 + notice("ob_get_clean(): Failed to delete buffer of default output handler (0)")
                                 + notice("ob_flush(): Failed to flush buffer of default output handler (0)")
                                 + notice("ob_clean(): Failed to delete buffer of default output handler (0)"));
}

// ob_start(function($b,$p){return strtoupper($b)."($p)";}); echo "x"; trigger_error("w", E_USER_WARNING); echo "y";
TEST_F(Output, DisplayedErrorsGoIntoTheOpenBuffer)
{
    ASSERT_TRUE(start_with(upper_with_phase));
    echo("x");
    zend_error(E_USER_WARNING, "w");
    echo("y");
    EXPECT_EQ(m_streams.out, "");
    end_request();
    EXPECT_EQ(m_streams.out, "X\nWARNING: W IN /T/A.PHP ON LINE 3\nY(9)");
}

// register_shutdown_function(function(){ echo "S"; var_dump(ob_get_level()); });
// ob_start(function($b,$p){return "[$b]";}); echo "x";             // "[xSint(1)\n]"
TEST_F(Output, RequestEndFlushesAfterWhatRunsBeforeIt)
{
    ASSERT_TRUE(start_with(bracket));
    echo("x");
    // The host's shutdown functions run before output::request_shutdown, with the buffers still open.
    echo("S");
    echo("int(" + std::to_string(output::ob_get_level()) + ")\n");
    end_request();
    EXPECT_EQ(m_streams.out, "[xSint(1)\n]");
}

TEST_F(Output, RequestEndFlushesNestedBuffersInnermostFirst)
{
    ASSERT_TRUE(start_with(bracket));
    echo("A");
    ASSERT_TRUE(start_default());
    echo("B");
    ASSERT_TRUE(start_with(upper_with_phase));
    echo("c");
    end_request();
    EXPECT_EQ(m_streams.out, "[ABC(9)]");
}

// ob_start(); echo "x"; undefined_function();   // "x\nFatal error: ..."
TEST_F(Output, AFatalErrorLeavesTheBuffersToBeFlushedAtRequestEnd)
{
    ASSERT_TRUE(start_default());
    echo("x");
    EXPECT_TRUE(raise_fatal(E_ERROR, "Uncaught Error: Call to undefined function undefined_function()"));
    EXPECT_EQ(m_streams.out, "");
    EXPECT_EQ(m_context->exit_status, 255);
    end_request();
    EXPECT_EQ(m_streams.out, "x\nFatal error: Uncaught Error: Call to undefined function undefined_function() in "
                             "/t/a.php on line 3\n");
}

bool start_buffer_inside(void*, zval*, zend_string* buffer, int, zval* result)
{
    output::ob_start("default output handler", 22, nullptr, nullptr, nullptr, 0, output::kHandlerStdFlags);
    ZVAL_STR(result, zend_string_copy(buffer));
    return true;
}

// ob_start(function($b){ ob_start(); return $b;}); echo "x"; ob_end_flush(); echo "after";
TEST_F(Output, BufferingInsideAHandlerIsFatalAndDropsTheBuffers)
{
    ASSERT_TRUE(start_with(start_buffer_inside));
    echo("x");
    volatile bool bailed = false;
    MINIPHP_TRY {
        output::ob_end_flush();
        echo("after");
    } MINIPHP_CATCH {
        bailed = true;
    } MINIPHP_END_TRY
    EXPECT_TRUE(bailed);
    end_request();
    EXPECT_EQ(m_streams.out, "\nFatal error: ob_start(): Cannot use output buffering in output buffering display "
                             "handlers in /t/a.php on line 3\n");
}

// A handler that fails fatally while request end flushes. PHP then drops every buffer, the fatal error's
// message with them (it went into the failing handler's own buffer):
// ob_start(); echo "outer "; ob_start(function($b){ trigger_error("hf", E_USER_ERROR); }); echo "inner";
bool fail_fatally(void*, zval*, zend_string*, int, zval*)
{
    zend_error(E_USER_ERROR, "hf");
    return false;
}

TEST_F(Output, AFatalErrorInAHandlerAtRequestEndDropsTheBuffers)
{
    ASSERT_TRUE(start_default());
    echo("outer ");
    ASSERT_TRUE(start_with(fail_fatally));
    echo("inner");
    end_request();
    EXPECT_EQ(m_streams.out, "");
    EXPECT_EQ(m_context->exit_status, 255);
}

// ob_start(function($b){ return "<".$b.">"; }); echo "a"; trigger_error("w", E_USER_WARNING);
// ob_start(function($b){ echo "E"; return "{".$b."}"; }); echo "inner";
bool echo_inside(void*, zval*, zend_string* buffer, int, zval* result)
{
    php_output_write("E", 1);
    std::string text = "{" + std::string(ZSTR_VAL(buffer), ZSTR_LEN(buffer)) + "}";
    ZVAL_STR(result, zend_string_init(text.data(), text.size(), false));
    return true;
}

bool angle(void*, zval*, zend_string* buffer, int, zval* result)
{
    std::string text = "<" + std::string(ZSTR_VAL(buffer), ZSTR_LEN(buffer)) + ">";
    ZVAL_STR(result, zend_string_init(text.data(), text.size(), false));
    return true;
}

TEST_F(Output, WhatAHandlerPrintsIsDropped)
{
    ASSERT_TRUE(start_with(angle));
    echo("a");
    zend_error(E_USER_WARNING, "w");
    ASSERT_TRUE(start_with(echo_inside));
    echo("inner");
    end_request();
    EXPECT_EQ(m_streams.out, "<a\nWarning: w in /t/a.php on line 3\n{inner}>");
}

TEST_F(Output, AfterRequestEndWritesGoToTheHost)
{
    end_request();
    echo("late");
    EXPECT_EQ(m_streams.out, "late");
}

TEST_F(Output, DiscardAllDropsEverything)
{
    ASSERT_TRUE(start_default());
    echo("a");
    ASSERT_TRUE(start_with(bracket));
    echo("b");
    output::discard_all();
    EXPECT_EQ(output::level(), 0);
    echo("c");
    EXPECT_EQ(m_streams.out, "c");
}

TEST_F(Output, GetFlushReturnsTheContentsAndSendsThem)
{
    ASSERT_TRUE(start_with(bracket));
    echo("abc");
    EXPECT_EQ(take(output::ob_get_flush()), "abc");
    EXPECT_EQ(m_streams.out, "[abc]");
}

class OutputBufferingConfigured : public EngineTest {
protected:
    std::vector<std::pair<std::string, std::string>> config() const override { return { { "output_buffering", "4096" } }; }
};

TEST_F(OutputBufferingConfigured, OutputBufferingStartsABufferForTheRequest)
{
    EXPECT_EQ(output::ob_get_level(), 1);
    output::BufferStatus status {};
    ASSERT_TRUE(output::status(0, &status));
    EXPECT_EQ(status.chunk_size, 4096u);
    echo("x");
    EXPECT_EQ(m_streams.out, "");
    end_request();
    EXPECT_EQ(m_streams.out, "x");
}

}

namespace {

// ob_start(); echo "x"; ini_set("memory_limit", "4M"); $a = str_repeat("a", 8000000);
// PHP drops the buffers before it shows the out-of-memory error, so the message has room to get out.
TEST_F(Output, OutOfMemoryDropsTheBuffersBeforeTheMessage)
{
    ASSERT_TRUE(start_default());
    echo("x");
    ASSERT_TRUE(ini_set("memory_limit", "4M"));
    volatile bool bailed = false;
    MINIPHP_TRY {
        void* block = emalloc(8003584);
        efree(block);
    } MINIPHP_CATCH {
        bailed = true;
    } MINIPHP_END_TRY
    EXPECT_TRUE(bailed);
    EXPECT_EQ(output::ob_get_level(), 0);
    end_request();
    EXPECT_EQ(m_streams.out, "\nFatal error: Allowed memory size of 4194304 bytes exhausted (tried to allocate 8003584 "
                             "bytes) in /t/a.php on line 3\n");
}

}
