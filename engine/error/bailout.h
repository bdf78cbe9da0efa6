// Bailout: leaving a fatal error for the nearest try point with setjmp/longjmp.
//
// A fatal error (E_ERROR, memory exhaustion, exit) cannot return to its caller, and the engine does not
// use C++ exceptions for it: the executor, extension code written in C style and the allocator all sit
// between the error and whoever can recover. Instead each recovery point pushes a `BailoutPoint` on the
// context's chain and `bailout()` jumps to the innermost one. Try points nest: a catch block that cannot
// handle the bailout calls `bailout()` again to pass it outwards.
//
//     MINIPHP_TRY {
//         run_the_script();
//     } MINIPHP_CATCH {
//         // the request failed; request memory is released by request_shutdown()
//     } MINIPHP_END_TRY
//
// The bailout rule. longjmp skips C++ destructors, so the frames between a try point and anything that
// can bail out (any E_ERROR, any emalloc under memory_limit) hold no object with a non-trivial destructor
// (std::string, std::vector, smart pointers, RAII guards): they keep their data in request memory, which
// request end reclaims. Locals of the function that opened the try and are changed inside it must be
// `volatile` if the catch block reads them. Do not `return`, `break` or `goto` out of a try block: the
// try point would stay on the chain.
//
// The jump buffer does not save the signal mask (sigsetjmp(..., 0)), which keeps entering a try cheap.
#pragma once

#include <csetjmp>
#include <cstdint>

#include "engine/context.h"

namespace miniphp::error {

struct BailoutPoint {
    sigjmp_buf jump;
    BailoutPoint* outer;
};

// Jumps to the innermost try point. With none, prints a message and ends the process with status 255
// (as PHP does), since there is nobody left to recover. `file`/`line` name the caller for that message.
[[noreturn]] void bailout(const char* file = nullptr, uint32_t line = 0);

// Whether this thread has an active try point to bail out to.
bool has_bailout_point();

}

#define MINIPHP_TRY                                                                  \
    {                                                                                \
        ::miniphp::error::BailoutPoint miniphp_try_point;                            \
        miniphp_try_point.outer = ::miniphp::current_context()->bailout;             \
        ::miniphp::current_context()->bailout = &miniphp_try_point;                  \
        if (sigsetjmp(miniphp_try_point.jump, 0) == 0) {

#define MINIPHP_CATCH                                                                \
        } else {                                                                     \
            ::miniphp::current_context()->bailout = miniphp_try_point.outer;

#define MINIPHP_END_TRY                                                              \
        }                                                                            \
        ::miniphp::current_context()->bailout = miniphp_try_point.outer;             \
    }

// Forgets every outer try point first, for the outermost try of a host.
#define MINIPHP_FIRST_TRY                                                            \
    ::miniphp::current_context()->bailout = nullptr;                                 \
    MINIPHP_TRY

// PHP's spellings.
#define zend_try MINIPHP_TRY
#define zend_catch MINIPHP_CATCH
#define zend_end_try() MINIPHP_END_TRY
#define zend_first_try MINIPHP_FIRST_TRY
#define zend_bailout() ::miniphp::error::bailout(__FILE__, __LINE__)
