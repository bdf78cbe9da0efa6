// A test fixture for the ini table, the error display and the output layer: each test runs in a fresh
// engine and request, set up as the CLI sets it up (php -n's command-line defaults), with the host's
// standard output, standard error and error log captured into strings.
//
// Tests raise errors with zend_error as engine code does; the current file and line are "/t/a.php" and 3
// unless a test changes them. Call `end_request()` to run request end (buffers flushed, ini restored) and
// read what it produced; the fixture ends the request itself otherwise.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "engine/context.h"
#include "engine/error/bailout.h"
#include "engine/error/display.h"
#include "engine/error/error.h"
#include "engine/ini/core_entries.h"
#include "engine/ini/ini.h"
#include "engine/memory/heap.h"
#include "engine/output/output.h"
#include "engine/value/value.h"
#include "engine/value/value_state.h"

struct CapturedStreams {
    std::string out;
    std::string err;   // display_errors=stderr
    std::string log;   // log lines, each ended with "\n" as the CLI writes them
    std::string order; // "o", "e", "l" per write, to check interleaving
    int flushes = 0;
};

class EngineTest : public ::testing::Test {
protected:
    // Configuration on top of the command-line defaults, as `-d name=value` would give it.
    virtual std::vector<std::pair<std::string, std::string>> config() const { return {}; }

    void SetUp() override
    {
        m_context = miniphp::context_create();
        miniphp::set_current_context(m_context);
        miniphp::value_engine_startup();
        miniphp::value_engine_startup_done();
        size_t count;
        const miniphp::ini::ConfigValue* defaults = miniphp::ini::command_line_defaults(&count);
        miniphp::ini::engine_startup(defaults, count);
        miniphp::output::Host host;
        host.user = &m_streams;
        host.write = [](void* user, const char* data, size_t length) {
            auto* streams = static_cast<CapturedStreams*>(user);
            streams->out.append(data, length);
            streams->order += 'o';
            return length;
        };
        host.write_error = [](void* user, const char* data, size_t length) {
            auto* streams = static_cast<CapturedStreams*>(user);
            streams->err.append(data, length);
            streams->order += 'e';
            return length;
        };
        host.log = [](void* user, const char* data, size_t length) {
            auto* streams = static_cast<CapturedStreams*>(user);
            streams->log.append(data, length);
            streams->log += '\n';
            streams->order += 'l';
        };
        host.flush = [](void* user) { ++static_cast<CapturedStreams*>(user)->flushes; };
        miniphp::output::engine_startup(host);
        miniphp::error::display_startup();
        for (const auto& [name, value] : config())
            miniphp::ini::set_config(name.data(), name.size(), value.data(), value.size());
        start_request();
    }

    void TearDown() override
    {
        if (m_in_request)
            end_request();
        miniphp::output::engine_shutdown();
        miniphp::ini::engine_shutdown();
        miniphp::value_engine_shutdown();
        miniphp::set_current_context(nullptr);
        miniphp::context_destroy(m_context);
    }

    void start_request()
    {
        miniphp::request_startup();
        miniphp::value_request_startup();
        miniphp::ini::request_startup();
        miniphp::output::request_startup();
        m_context->borrowed_current_file = "/t/a.php";
        m_context->current_line = 3;
        m_in_request = true;
    }

    // Request end in PHP's order: buffers flushed, values released, ini restored, memory released.
    void end_request()
    {
        miniphp::output::request_shutdown();
        miniphp::value_request_shutdown();
        miniphp::ini::request_shutdown();
        miniphp::request_shutdown();
        m_in_request = false;
    }

    static void echo(const std::string& text) { php_output_write(text.data(), text.size()); }

    static bool ini_set(const std::string& name, const std::string& value)
    {
        return miniphp::ini::alter(name.data(), name.size(), value.data(), value.size(), miniphp::ini::kUser,
                                   miniphp::ini::Stage::Runtime);
    }

    static std::string ini_get(const std::string& name)
    {
        const char* value = miniphp::ini::get(name.data(), name.size());
        return value ? value : "<false>";
    }

    // Raises a fatal error under a try point, as the VM's request would; true when it bailed out.
    static bool raise_fatal(int type, const char* message)
    {
        volatile bool bailed = false;
        MINIPHP_TRY {
            zend_error(type, "%s", message);
        } MINIPHP_CATCH {
            bailed = true;
        } MINIPHP_END_TRY
        return bailed;
    }

    static std::string take(zend_string* text)
    {
        if (!text)
            return "<false>";
        std::string copy(ZSTR_VAL(text), ZSTR_LEN(text));
        zend_string_release(text);
        return copy;
    }

    miniphp::Context* m_context = nullptr;
    CapturedStreams m_streams;
    bool m_in_request = false;
};
