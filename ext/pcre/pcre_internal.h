// What the pcre module's files share: the per-engine state (PCRE2 contexts, the compiled-pattern cache, the
// reusable match data, the last error), a compiled pattern's cache entry, and the helpers every preg_*
// function uses to compile, match and build its result arrays.
//
// Memory. Compiled patterns, the PCRE2 contexts, the JIT stack and the shared match data belong to the engine
// and come from the C library (PCRE2's default allocator): they outlive requests, and nothing between their
// creation and their storage in the state can bail out, so a fatal error never loses one. The cache table
// itself is a persistent HashTable (pemalloc). What one call needs beyond that (a second match data block
// while the shared one is in use, the group-name strings, the result arrays) is request memory, which the
// request end reclaims after a bailout.
//
// Ownership follows the API's rule: functions here borrow their arguments and return owned values.
#pragma once

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "engine/api/php_api.h"

namespace miniphp::pcre {

// The PREG_* flag values, as PHP defines them (they are user-visible through the constants).
inline constexpr zend_long kPatternOrder = 1;
inline constexpr zend_long kSetOrder = 2;
inline constexpr zend_long kOffsetCapture = 1 << 8;
inline constexpr zend_long kUnmatchedAsNull = 1 << 9;
inline constexpr zend_long kSplitNoEmpty = 1 << 0;
inline constexpr zend_long kSplitDelimCapture = 1 << 1;
inline constexpr zend_long kSplitOffsetCapture = 1 << 2;
inline constexpr zend_long kGrepInvert = 1 << 0;

// preg_last_error()'s codes, PHP's PREG_*_ERROR values.
enum ErrorCode : int {
    kNoError = 0,
    kInternalError,
    kBacktrackLimitError,
    kRecursionLimitError,
    kBadUtf8Error,
    kBadUtf8OffsetError,
    kJitStackLimitError,
};

// One compiled pattern in the cache, keyed by the pattern string exactly as the script wrote it.
struct Pattern {
    pcre2_code* code;
    uint32_t compile_options;
    uint32_t capture_count;
    uint32_t name_count;
    // Calls currently using this entry; the cache never evicts an entry in use (a callback may compile
    // enough new patterns to fill the cache while preg_replace_callback still holds its own).
    uint32_t in_use;
    bool jit; // JIT code exists, so pcre2_jit_match may be used
};

struct State {
    Context* owner; // the engine this state belongs to
    State* next;    // the next engine's state on this thread

    pcre2_general_context* general;     // the C library's malloc: contexts, patterns, shared match data
    pcre2_compile_context* compile;
    pcre2_match_context* match;         // backtrack and depth limits, the JIT stack
    pcre2_jit_stack* jit_stack;
    pcre2_match_data* shared_match_data; // room for kSharedMatchPairs pairs, reused call after call
    bool shared_match_data_used;         // held by a call that runs PHP code (preg_replace_callback)
    bool jit;                            // pcre.jit (turned off when the system refuses JIT memory)

    // Request memory for match data blocks that cannot use the shared one; made by RINIT, freed by RSHUTDOWN.
    pcre2_general_context* request_general;

    HashTable cache;            // pattern string -> Pattern* (persistent)
    uint32_t pinned;            // entries with in_use > 0, so request end knows whether to reset them
    int error_code;             // preg_last_error()
};

inline constexpr uint32_t kSharedMatchPairs = 32;
inline constexpr uint32_t kCacheSize = 4096;

// The running engine's state (created by MINIT).
State* state();

// Module hooks (pcre_cache.cpp).
zend_result startup_state();
void shutdown_state();
void activate_state();
void deactivate_state();
// pcre.jit: compile new patterns with JIT, and give JIT code the engine's JIT stack.
void set_jit(bool on);

// The compiled form of `regex` ("/pattern/flags"), compiled and cached on first use. Null after PHP's
// warning (bad delimiter, unknown modifier, compilation failure); the last error is then PREG_INTERNAL_ERROR.
Pattern* get_pattern(zend_string* regex);

// Marks `pattern` as used for the length of a call; `unpin` undoes it. A bailout between the two leaves
// the mark, which request end clears.
void pin(Pattern* pattern);
void unpin(Pattern* pattern);

// A match data block for `pattern`: the shared one when it is free and large enough, else one in request
// memory. `hold` marks the shared block as taken until release (for calls that run PHP code meanwhile).
// Null (and PREG_INTERNAL_ERROR) when none could be made.
pcre2_match_data* acquire_match_data(Pattern* pattern, bool hold);
void release_match_data(pcre2_match_data* data, bool held);

// Runs one match, using the JIT entry point when PHP would: a JIT-compiled pattern and no UTF check.
int run_match(const Pattern* pattern, const char* subject, size_t length, size_t offset, uint32_t options,
              pcre2_match_data* data);

// Records a failed match's PCRE2 error code as preg_last_error()'s code.
void set_match_error(int pcre_code);

// The byte length of the character at `at`: 1, or a whole UTF-8 sequence in UTF mode.
size_t unit_length(const Pattern* pattern, const char* at);

// The group names of `pattern`, indexed by group number (null for unnamed groups), in request memory;
// null when the pattern has no names. Free with free_group_names.
zend_string** make_group_names(const Pattern* pattern);
void free_group_names(zend_string** names, uint32_t count);

// Result building. `offsets` is the match's ovector; `count` the number of pairs set (pcre2_match's result).
void set_match_value(zval* value, const char* subject, PCRE2_SIZE start, PCRE2_SIZE end, bool unmatched_as_null);
void add_offset_pair(zval* array, const char* subject, PCRE2_SIZE start, PCRE2_SIZE end, zend_string* name,
                     bool unmatched_as_null);
void add_named(zval* array, zend_string* name, zval* value, bool unmatched);
void populate_groups(zval* array, const char* subject, const PCRE2_SIZE* offsets, zend_string** names,
                     uint32_t group_count, int count, PCRE2_SPTR mark, zend_long flags);

// A by-reference parameter's target (the referenced value); the argument itself if it is not a reference.
zval* reference_target(zval* argument);
// Replaces the target's value with `value` (taking it over), destroying the old one after.
void assign_reference(zval* argument, zval* value);

} // namespace miniphp::pcre
