// The pcre module's per-engine state and its life cycle: the PCRE2 contexts and JIT stack made at engine
// start (MINIT) and freed at engine end (MSHUTDOWN), the request-memory allocator made and dropped around
// each request (RINIT/RSHUTDOWN), the match data blocks, and the mapping of match errors to
// preg_last_error() codes.
//
// Where the state lives. miniphp keeps no mutable globals: each engine (one Context) has its own pcre state,
// as each PHP thread has its own PCRE_G. The extension API has no module-globals slot yet, so the states
// hang off a thread-local list keyed by the engine's context, the running engine's first.
// FIXME: move to a module-globals slot in the Context when the extension API grows one (php-src's
// ZEND_DECLARE_MODULE_GLOBALS).
//
// Bailout. A fatal error can leave the shared match data marked as taken and cache entries marked as used;
// request end (deactivate_state) clears both, so the next request starts clean. Match data made in request
// memory is reclaimed with the rest of the request heap.
#include "ext/pcre/pcre_internal.h"

namespace miniphp::pcre {

namespace {

thread_local State* t_states = nullptr;

// PHP's JIT stack sizes. (The match limits are the pcre.* ini settings, pcre_module.cpp.)
constexpr size_t kJitStackMin = 32 * 1024;
constexpr size_t kJitStackMax = 192 * 1024;

void* request_allocate(PCRE2_SIZE size, void*) { return emalloc(size); }
void request_free(void* block, void*)
{
    if (block)
        efree(block);
}

// The cache table's destructor: frees one entry and its compiled code.
void free_pattern(zval* value)
{
    auto* pattern = static_cast<Pattern*>(Z_PTR_P(value));
    pcre2_code_free(pattern->code);
    pefree(pattern, 1);
}

} // namespace

State* state()
{
    Context* context = current_context();
    State* first = t_states;
    if (first && first->owner == context) [[likely]]
        return first;
    // Another engine of this thread runs: bring its state to the front.
    for (State** link = &t_states; *link; link = &(*link)->next) {
        State* found = *link;
        if (found->owner == context) {
            *link = found->next;
            found->next = t_states;
            t_states = found;
            return found;
        }
    }
    return nullptr;
}

zend_result startup_state()
{
    auto* s = static_cast<State*>(pecalloc(1, sizeof(State), 1));
    s->owner = current_context();
    s->general = pcre2_general_context_create(nullptr, nullptr, nullptr);
    s->compile = pcre2_compile_context_create(s->general);
    s->match = pcre2_match_context_create(s->general);
    s->shared_match_data = pcre2_match_data_create(kSharedMatchPairs, s->general);
    if (!s->general || !s->compile || !s->match || !s->shared_match_data) {
        pcre2_match_data_free(s->shared_match_data);
        pcre2_match_context_free(s->match);
        pcre2_compile_context_free(s->compile);
        pcre2_general_context_free(s->general);
        pefree(s, 1);
        return FAILURE;
    }
    // PCRE2 10.38 stopped allowing \K in lookarounds by default; PHP allows it.
#ifdef PCRE2_EXTRA_ALLOW_LOOKAROUND_BSK
    pcre2_set_compile_extra_options(s->compile, PCRE2_EXTRA_ALLOW_LOOKAROUND_BSK);
#endif
    uint32_t jit_available = 0;
    pcre2_config(PCRE2_CONFIG_JIT, &jit_available);
    if (jit_available)
        s->jit_stack = pcre2_jit_stack_create(kJitStackMin, kJitStackMax, s->general);
    zend_hash_init(&s->cache, 0, nullptr, free_pattern, true);
    s->next = t_states;
    t_states = s;
    return SUCCESS;
}

void shutdown_state()
{
    State* s = state();
    if (!s)
        return;
    for (State** link = &t_states; *link; link = &(*link)->next) {
        if (*link == s) {
            *link = s->next;
            break;
        }
    }
    // The patterns first: JIT code may refer to the stack.
    zend_hash_destroy(&s->cache);
    pcre2_match_data_free(s->shared_match_data);
    pcre2_jit_stack_free(s->jit_stack);
    pcre2_match_context_free(s->match);
    pcre2_compile_context_free(s->compile);
    pcre2_general_context_free(s->general);
    pefree(s, 1);
}

void set_jit(bool on)
{
    State* s = state();
    // Without a JIT stack (no JIT support) the setting stays off.
    s->jit = on && s->jit_stack;
    pcre2_jit_stack_assign(s->match, nullptr, s->jit ? s->jit_stack : nullptr);
}

void activate_state()
{
    State* s = state();
    if (!s)
        return;
    s->error_code = kNoError;
    s->shared_match_data_used = false;
    s->request_general = pcre2_general_context_create(request_allocate, request_free, nullptr);
}

void deactivate_state()
{
    State* s = state();
    if (!s)
        return;
    if (s->request_general) {
        pcre2_general_context_free(s->request_general);
        s->request_general = nullptr;
    }
    s->shared_match_data_used = false;
    // Only a bailout out of a call leaves entries marked as used.
    if (s->pinned) {
        zend_hash_for_each(&s->cache, [](zend_ulong, zend_string*, zval* value) {
            static_cast<Pattern*>(Z_PTR_P(value))->in_use = 0;
        });
        s->pinned = 0;
    }
}

void pin(Pattern* pattern)
{
    if (pattern->in_use++ == 0)
        ++state()->pinned;
}

void unpin(Pattern* pattern)
{
    if (--pattern->in_use == 0)
        --state()->pinned;
}

pcre2_match_data* acquire_match_data(Pattern* pattern, bool hold)
{
    State* s = state();
    if (!s->shared_match_data_used && pattern->capture_count + 1 <= kSharedMatchPairs) {
        if (hold)
            s->shared_match_data_used = true;
        return s->shared_match_data;
    }
    pcre2_match_data* data = pcre2_match_data_create_from_pattern(pattern->code, s->request_general);
    if (!data)
        s->error_code = kInternalError;
    return data;
}

void release_match_data(pcre2_match_data* data, bool held)
{
    State* s = state();
    if (data != s->shared_match_data)
        pcre2_match_data_free(data);
    else if (held)
        s->shared_match_data_used = false;
}

int run_match(const Pattern* pattern, const char* subject, size_t length, size_t offset, uint32_t options,
              pcre2_match_data* data)
{
    auto* text = reinterpret_cast<PCRE2_SPTR>(subject);
    if (pattern->jit && options == PCRE2_NO_UTF_CHECK)
        return pcre2_jit_match(pattern->code, text, length, offset, PCRE2_NO_UTF_CHECK, data, state()->match);
    return pcre2_match(pattern->code, text, length, offset, options, data, state()->match);
}

void set_match_error(int pcre_code)
{
    int code;
    switch (pcre_code) {
    case PCRE2_ERROR_MATCHLIMIT: code = kBacktrackLimitError; break;
    case PCRE2_ERROR_DEPTHLIMIT: code = kRecursionLimitError; break;
    case PCRE2_ERROR_BADUTFOFFSET: code = kBadUtf8OffsetError; break;
    case PCRE2_ERROR_JIT_STACKLIMIT: code = kJitStackLimitError; break;
    default:
        // The UTF-8 errors are the range ERR1 (-3) down to ERR21 (-23).
        code = pcre_code <= PCRE2_ERROR_UTF8_ERR1 && pcre_code >= PCRE2_ERROR_UTF8_ERR21 ? kBadUtf8Error
                                                                                        : kInternalError;
        break;
    }
    state()->error_code = code;
}

size_t unit_length(const Pattern* pattern, const char* at)
{
    if (!(pattern->compile_options & PCRE2_UTF))
        return 1;
    // Skip the continuation bytes; the subject's trailing NUL stops the walk at its end.
    const char* end = at + 1;
    while ((static_cast<unsigned char>(*end) & 0xC0) == 0x80)
        ++end;
    return static_cast<size_t>(end - at);
}

zval* reference_target(zval* argument) { return Z_ISREF_P(argument) ? Z_REFVAL_P(argument) : argument; }

void assign_reference(zval* argument, zval* value)
{
    zval* target = reference_target(argument);
    zval old;
    ZVAL_COPY_VALUE(&old, target);
    ZVAL_COPY_VALUE(target, value);
    zval_ptr_dtor(&old);
}

} // namespace miniphp::pcre
