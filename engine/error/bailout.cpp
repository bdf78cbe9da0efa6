// Bailout: the jump to the innermost try point (see bailout.h for the rules).
//
// The jump itself restores nothing but the stack and registers. The try point is popped by the catch
// code in MINIPHP_CATCH, not here, so that a bailout during the catch block (a second fatal error while
// recovering) goes to the next outer point.
#include "engine/error/bailout.h"

#include <cstdio>
#include <cstdlib>

#include "engine/error/messages.h"

namespace miniphp::error {

bool has_bailout_point()
{
    Context* context = current_context();
    return context && context->bailout;
}

void bailout(const char* file, uint32_t line)
{
    Context* context = current_context();
    if (!context || !context->bailout) {
        std::fprintf(stderr, messages::kBailoutWithoutTryPoint, file ? file : "unknown", line);
        std::fflush(stderr);
        std::exit(255);
    }
    context->request_failed = true;
    siglongjmp(context->bailout->jump, 1);
}

}
