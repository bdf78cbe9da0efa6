// Shared fixtures for the memory tests: a context with a running request, per backend, and an error
// hook that records messages instead of printing them.
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "engine/context.h"
#include "engine/error/bailout.h"
#include "engine/error/error.h"
#include "engine/memory/heap.h"

namespace miniphp::testing_support {

// Records every message zend_error delivers.
struct ErrorRecorder {
    int count = 0;
    int last_type = 0;
    char last_message[1024] = {};

    static void hook(void* user, int type, const char* message, const char*, uint32_t)
    {
        auto* self = static_cast<ErrorRecorder*>(user);
        ++self->count;
        self->last_type = type;
        std::snprintf(self->last_message, sizeof self->last_message, "%s", message);
    }
};

// A fresh context, installed on this thread, inside a request on script "test.php".
class RequestTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_previous = current_context();
        m_context = context_create();
        ASSERT_NE(m_context, nullptr);
        set_current_context(m_context);
        request_startup("test.php");
    }

    void TearDown() override
    {
        if (!m_context)
            return; // skipped before SetUp ran
        if (m_context->request_active)
            request_shutdown();
        set_current_context(m_previous);
        context_destroy(m_context);
    }

    void use_backend(memory::Backend backend) { ASSERT_TRUE(memory::heap_set_backend(&m_context->heap, backend)); }
    void record_errors() { error::set_error_hook(&ErrorRecorder::hook, &m_errors); }

    // Ends the request without a leak report (as after a bailout), then starts the next one.
    void end_request_silently()
    {
        m_context->request_failed = true;
        request_shutdown();
        request_startup("test.php");
    }

    Context* m_context = nullptr;
    Context* m_previous = nullptr;
    ErrorRecorder m_errors;
};

class BackendTest : public RequestTest, public ::testing::WithParamInterface<memory::Backend> {
protected:
    void SetUp() override
    {
        RequestTest::SetUp();
        use_backend(GetParam());
    }
};

inline std::string backend_name(const ::testing::TestParamInfo<memory::Backend>& info)
{
    return info.param == memory::Backend::Chunks ? "Chunks" : "System";
}

#define MINIPHP_FOR_EACH_BACKEND(suite) \
    INSTANTIATE_TEST_SUITE_P(Backends, suite, \
        ::testing::Values(::miniphp::memory::Backend::Chunks, ::miniphp::memory::Backend::System), \
        ::miniphp::testing_support::backend_name)

}
