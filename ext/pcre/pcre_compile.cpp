// From a PHP pattern string to a compiled PCRE2 pattern, through the cache.
//
// A PHP pattern is "DELIMITER regex DELIMITER modifiers", after optional leading whitespace
// (https://www.php.net/manual/en/regexp.reference.delimiters.php). The delimiter is any byte but an
// alphanumeric, a backslash or NUL; an opening bracket ( [ { < is closed by its partner, and nested pairs
// inside the regex are counted. The modifiers (https://www.php.net/manual/en/reference.pcre.pattern.modifiers.php)
// map to PCRE2 options; spaces and newlines among them are ignored. Each malformed case raises PHP's
// warning and leaves PREG_INTERNAL_ERROR as the last error.
//
// The cache maps the pattern string, byte for byte, to its compiled form. It is persistent: a pattern
// compiled once serves every later request of the engine. Keys are persistent copies, never the script's
// (possibly interned, request-lived) strings. When it holds kCacheSize entries, the oldest eighth of the
// ones not in use is dropped, as PHP does.
#include <cctype>
#include <cstring>

#include "ext/pcre/pcre_internal.h"
#include "ext/pcre/pcre_messages.h"

namespace miniphp::pcre {

namespace {

// Drops up to kCacheSize / 8 entries, oldest first, skipping the ones in use.
void evict_old_patterns(HashTable* cache)
{
    uint32_t to_drop = kCacheSize / 8;
    for (uint32_t i = 0; i < cache->nNumUsed && to_drop > 0; ++i) {
        Bucket* bucket = &cache->arData[i];
        if (Z_ISUNDEF(bucket->val))
            continue;
        if (static_cast<Pattern*>(Z_PTR(bucket->val))->in_use == 0) {
            zend_hash_del_bucket(cache, bucket);
            --to_drop;
        }
    }
}

// Finds the end delimiter of the regex starting at `p`. Returns null when there is none.
const char* find_end_delimiter(const char* p, const char* end, char start_delimiter, char end_delimiter)
{
    if (start_delimiter == end_delimiter) {
        // Skip escaped characters; the first bare delimiter ends the regex.
        for (; p < end; ++p) {
            if (*p == '\\' && p + 1 < end)
                ++p;
            else if (*p == end_delimiter)
                return p;
        }
        return nullptr;
    }
    // Brackets nest: count the opening ones so that "(a(b)c)" ends at the last ')'.
    int depth = 1;
    for (; p < end; ++p) {
        if (*p == '\\' && p + 1 < end)
            ++p;
        else if (*p == end_delimiter && --depth <= 0)
            return p;
        else if (*p == start_delimiter)
            ++depth;
    }
    return nullptr;
}

// Fails the pattern with a warning: PHP's texts take the function name first.
template <typename... Args>
Pattern* fail(const char* format, Args... args)
{
    zend_error(E_WARNING, format, get_active_function_name(), args...);
    state()->error_code = kInternalError;
    return nullptr;
}

} // namespace

Pattern* get_pattern(zend_string* regex)
{
    State* s = state();
    if (auto* cached = static_cast<Pattern*>(zend_hash_find_ptr(&s->cache, regex)))
        return cached;

    const char* p = ZSTR_VAL(regex);
    const char* end = p + ZSTR_LEN(regex);
    while (p < end && std::isspace(static_cast<unsigned char>(*p)))
        ++p;
    if (p >= end)
        return fail(messages::kEmptyRegex);

    char start_delimiter = *p++;
    if (std::isalnum(static_cast<unsigned char>(start_delimiter)) || start_delimiter == '\\' || start_delimiter == '\0')
        return fail(messages::kBadDelimiter);
    char end_delimiter = start_delimiter;
    switch (start_delimiter) {
    case '(': end_delimiter = ')'; break;
    case '[': end_delimiter = ']'; break;
    case '{': end_delimiter = '}'; break;
    case '<': end_delimiter = '>'; break;
    default: break;
    }
    const char* regex_end = find_end_delimiter(p, end, start_delimiter, end_delimiter);
    if (!regex_end) {
        if (start_delimiter == end_delimiter)
            return fail(messages::kNoEndingDelimiter, end_delimiter);
        return fail(messages::kNoEndingMatchingDelimiter, end_delimiter);
    }

    uint32_t options = 0;
    bool eval = false;
    for (const char* m = regex_end + 1; m < end; ++m) {
        switch (*m) {
        case 'i': options |= PCRE2_CASELESS; break;
        case 'm': options |= PCRE2_MULTILINE; break;
        case 'n': options |= PCRE2_NO_AUTO_CAPTURE; break;
        case 's': options |= PCRE2_DOTALL; break;
        case 'x': options |= PCRE2_EXTENDED; break;
        case 'A': options |= PCRE2_ANCHORED; break;
        case 'D': options |= PCRE2_DOLLAR_ENDONLY; break;
        case 'S': break; // PCRE2 always studies
        case 'X': break; // PCRE2 is always strict about escapes
        case 'U': options |= PCRE2_UNGREEDY; break;
        // UTF-8, with \d \w \s and POSIX classes following Unicode properties, as PHP sets it.
        case 'u': options |= PCRE2_UTF | PCRE2_UCP; break;
        case 'J': options |= PCRE2_DUPNAMES; break;
        case 'e': eval = true; break;
        case ' ':
        case '\n':
        case '\r': break;
        case '\0': return fail(messages::kNulModifier);
        default: return fail(messages::kUnknownModifier, *m);
        }
    }
    if (eval)
        return fail(messages::kEvalModifier);

    int error_number = 0;
    PCRE2_SIZE error_offset = 0;
    pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(p), static_cast<PCRE2_SIZE>(regex_end - p), options,
                                     &error_number, &error_offset, s->compile);
    if (!code) {
        PCRE2_UCHAR text[128];
        pcre2_get_error_message(error_number, text, sizeof text);
        return fail(messages::kCompilationFailed, reinterpret_cast<const char*>(text), static_cast<size_t>(error_offset));
    }

    // JIT is an optimisation: a pattern it cannot take still works through the interpreter. Its warnings
    // wait until the entry is stored, so that nothing between here and there can lose `code`.
    bool jit = false;
    int jit_result = 0;
    if (s->jit) {
        jit_result = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
        if (jit_result >= 0) {
            size_t jit_size = 0;
            jit = pcre2_pattern_info(code, PCRE2_INFO_JITSIZE, &jit_size) == 0 && jit_size > 0;
        } else if (jit_result == PCRE2_ERROR_NOMEMORY) {
            s->jit = false;
        }
    }

    uint32_t capture_count = 0;
    uint32_t name_count = 0;
    int info_result = pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &capture_count);
    if (info_result >= 0)
        info_result = pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &name_count);
    if (info_result < 0) {
        pcre2_code_free(code);
        return fail(messages::kPatternInfoFailed, info_result);
    }

    if (zend_hash_num_elements(&s->cache) >= kCacheSize)
        evict_old_patterns(&s->cache);
    auto* pattern = static_cast<Pattern*>(pemalloc(sizeof(Pattern), 1));
    *pattern = Pattern {code, options, capture_count, name_count, 0, jit};
    zend_hash_str_add_ptr(&s->cache, ZSTR_VAL(regex), ZSTR_LEN(regex), pattern);

    if (jit_result == PCRE2_ERROR_NOMEMORY) {
        zend_error(E_WARNING, messages::kJitNoMemory, get_active_function_name());
    } else if (jit_result < 0) {
        PCRE2_UCHAR text[128];
        pcre2_get_error_message(jit_result, text, sizeof text);
        zend_error(E_WARNING, messages::kJitCompilationFailed, get_active_function_name(),
                   reinterpret_cast<const char*>(text));
        s->error_code = kInternalError;
    }
    return pattern;
}

zend_string** make_group_names(const Pattern* pattern)
{
    if (pattern->name_count == 0)
        return nullptr;
    PCRE2_SPTR table = nullptr;
    uint32_t entry_size = 0;
    pcre2_pattern_info(pattern->code, PCRE2_INFO_NAMETABLE, &table);
    pcre2_pattern_info(pattern->code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
    uint32_t group_count = pattern->capture_count + 1;
    auto** names = static_cast<zend_string**>(ecalloc(group_count, sizeof(zend_string*)));
    // Each entry: the group number in two bytes, big-endian, then the NUL-terminated name. PCRE2 names
    // cannot start with a digit, so PHP's "Numeric named subpatterns are not allowed" cannot arise.
    for (uint32_t i = 0; i < pattern->name_count; ++i, table += entry_size) {
        uint32_t group = (static_cast<uint32_t>(table[0]) << 8) | table[1];
        const char* name = reinterpret_cast<const char*>(table + 2);
        if (names[group])
            zend_string_release(names[group]);
        names[group] = zend_string_init(name, std::strlen(name), false);
    }
    return names;
}

void free_group_names(zend_string** names, uint32_t count)
{
    if (!names)
        return;
    for (uint32_t i = 0; i < count; ++i) {
        if (names[i])
            zend_string_release(names[i]);
    }
    efree(names);
}

} // namespace miniphp::pcre
