// Phonetic keys of English words (https://www.php.net/manual/en/ref.strings.php): soundex and metaphone.
// Both look only at ASCII letters (PHP's C locale); other bytes are skipped or end a word.
#include "ext/standard/php_standard.h"
#include "ext/standard/php_string.h"
#include "ext/standard/standard_messages.h"

namespace msg = standard_messages;

// soundex(string $string): string
// https://www.php.net/manual/en/function.soundex.php
// The first letter, then the codes of the following consonants (runs of one code count once; vowels
// separate runs, H and W do not), padded with zeros to four characters. Non-letters are skipped.
PHP_FUNCTION(soundex)
{
    zend_string* input;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S", &input) == FAILURE)
        RETURN_THROWS();
    static const char codes[] = "01230120022455012623010202"; // A..Z; '0' means none
    char result[5];
    size_t length = 0;
    char last = 0;
    for (size_t i = 0; i < ZSTR_LEN(input) && length < 4; ++i) {
        unsigned char c = standard::ascii_toupper(static_cast<unsigned char>(ZSTR_VAL(input)[i]));
        if (c < 'A' || c > 'Z')
            continue;
        char code = codes[c - 'A'] == '0' ? 0 : codes[c - 'A'];
        if (length == 0) {
            result[length++] = static_cast<char>(c);
            last = code;
        } else if (code != last) {
            if (code != 0)
                result[length++] = code;
            last = code;
        }
    }
    while (length < 4)
        result[length++] = '0';
    RETURN_STRINGL(result, 4);
}

namespace {

bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Lawrence Philips' metaphone as Michael G Schwern coded it and PHP keeps it ("traditional" rules).
// The word is read as a C string: a NUL ends it.
class Metaphone {
public:
    Metaphone(const char* word, zend_long max_phonemes) : m_word(word), m_max(max_phonemes) {}

    zend_string* run()
    {
        // Leading non-letters are skipped; the first letter has its own rules.
        while (!is_letter(current())) {
            if (current() == '\0')
                return finish();
            ++m_index;
        }
        switch (current()) {
        case 'A':
            if (next() == 'E') {
                phonize('E');
                m_index += 2;
            } else {
                phonize('A');
                ++m_index;
            }
            break;
        case 'G':
        case 'K':
        case 'P':
            if (next() == 'N') {
                phonize('N');
                m_index += 2;
            }
            break;
        case 'W':
            if (next() == 'R') {
                phonize('R');
                m_index += 2;
            } else if (next() == 'H' || is_vowel(next())) {
                phonize('W');
                m_index += 2;
            }
            break;
        case 'X':
            phonize('S');
            ++m_index;
            break;
        case 'E':
        case 'I':
        case 'O':
        case 'U':
            phonize(current());
            ++m_index;
            break;
        default: break;
        }
        for (; current() != '\0' && (m_max == 0 || smart_str_get_len(&m_out) < static_cast<size_t>(m_max)); ++m_index) {
            unsigned char c = current();
            if (!is_letter(c))
                continue;
            if (c == previous() && c != 'C') // doubled letters count once, except CC
                continue;
            m_index += encode(c);
        }
        return finish();
    }

private:
    // The letter classes of the original ("Stolen directly out of the book").
    static int letter_class(unsigned char c)
    {
        static const int classes[26] = {1, 16, 4, 16, 9, 2, 4, 16, 9, 2, 0, 2, 2, 2, 1, 4, 0, 2, 4, 4, 1, 0, 0, 0, 8, 0};
        return is_letter(c) ? classes[standard::ascii_toupper(c) - 'A'] : 0;
    }
    static bool is_vowel(unsigned char c) { return letter_class(c) & 1; }        // AEIOU
    static bool affects_h(unsigned char c) { return letter_class(c) & 4; }       // CGPST
    static bool makes_soft(unsigned char c) { return letter_class(c) & 8; }      // EIY
    static bool prevents_gh_f(unsigned char c) { return letter_class(c) & 16; }  // BDH

    unsigned char at(size_t index) const { return standard::ascii_toupper(static_cast<unsigned char>(m_word[index])); }
    unsigned char current() const { return at(m_index); }
    unsigned char next() const { return at(m_index + 1); }
    unsigned char after_next() const { return next() != '\0' ? at(m_index + 2) : '\0'; }
    unsigned char back(size_t n) const { return m_index >= n ? at(m_index - n) : '\0'; }
    unsigned char previous() const { return back(1); }
    // The letter n ahead, or the NUL if the word ends first.
    unsigned char ahead(size_t n) const
    {
        size_t i = 0;
        while (m_word[m_index + i] != '\0' && i < n)
            ++i;
        return at(m_index + i);
    }

    void phonize(char c) { smart_str_appendc(&m_out, c); }

    // Encodes the letter at the current position; returns how many following letters it used up.
    int encode(unsigned char c)
    {
        constexpr char kSh = 'X';
        constexpr char kTh = '0';
        switch (c) {
        case 'B':
            if (previous() != 'M')
                phonize('B');
            return 0;
        case 'C':
            if (makes_soft(next())) {
                if (after_next() == 'A' && next() == 'I')
                    phonize(kSh);
                else if (previous() != 'S')
                    phonize('S');
                return 0;
            }
            if (next() == 'H') {
                phonize(kSh);
                return 1;
            }
            phonize('K');
            return 0;
        case 'D':
            if (next() == 'G' && makes_soft(after_next())) {
                phonize('J');
                return 1;
            }
            phonize('T');
            return 0;
        case 'G':
            if (next() == 'H') {
                if (!(prevents_gh_f(back(3)) || back(4) == 'H')) {
                    phonize('F');
                    return 1;
                }
                return 0;
            }
            if (next() == 'N') {
                if (!(!is_letter(after_next()) || (after_next() == 'E' && ahead(3) == 'D')))
                    phonize('K');
                return 0;
            }
            phonize(makes_soft(next()) && previous() != 'G' ? 'J' : 'K');
            return 0;
        case 'H':
            if (is_vowel(next()) && !affects_h(previous()))
                phonize('H');
            return 0;
        case 'K':
            if (previous() != 'C')
                phonize('K');
            return 0;
        case 'P': phonize(next() == 'H' ? 'F' : 'P'); return 0;
        case 'Q': phonize('K'); return 0;
        case 'S':
            if (next() == 'I' && (after_next() == 'O' || after_next() == 'A')) {
                phonize(kSh);
                return 0;
            }
            if (next() == 'H') {
                phonize(kSh);
                return 1;
            }
            phonize('S');
            return 0;
        case 'T':
            if (next() == 'I' && (after_next() == 'O' || after_next() == 'A')) {
                phonize(kSh);
                return 0;
            }
            if (next() == 'H') {
                phonize(kTh);
                return 1;
            }
            if (!(next() == 'C' && after_next() == 'H'))
                phonize('T');
            return 0;
        case 'V': phonize('F'); return 0;
        case 'W':
            if (is_vowel(next()))
                phonize('W');
            return 0;
        case 'X':
            phonize('K');
            phonize('S');
            return 0;
        case 'Y':
            if (is_vowel(next()))
                phonize('Y');
            return 0;
        case 'Z': phonize('S'); return 0;
        case 'F':
        case 'J':
        case 'L':
        case 'M':
        case 'N':
        case 'R': phonize(static_cast<char>(c)); return 0;
        default: return 0;
        }
    }

    zend_string* finish() { return m_out.s ? smart_str_extract(&m_out) : ZSTR_EMPTY_ALLOC(); }

    const char* m_word;
    zend_long m_max;
    size_t m_index = 0;
    smart_str m_out {};
};

} // namespace

// metaphone(string $string, int $max_phonemes = 0): string
// https://www.php.net/manual/en/function.metaphone.php
PHP_FUNCTION(metaphone)
{
    zend_string* input;
    zend_long max_phonemes = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|l", &input, &max_phonemes) == FAILURE)
        RETURN_THROWS();
    if (max_phonemes < 0) {
        zend_argument_value_error(2, "%s", msg::kMustBeGreaterOrEqualZero);
        RETURN_THROWS();
    }
    Metaphone metaphone(ZSTR_VAL(input), max_phonemes);
    RETURN_STR(metaphone.run());
}

namespace {

const char* const arginfo_string[] = {"string", nullptr};
const char* const arginfo_metaphone[] = {"string", "max_phonemes", nullptr};

} // namespace

const zend_function_entry standard_phonetic_functions[] = {
    PHP_FE(soundex, arginfo_string)
    PHP_FE(metaphone, arginfo_metaphone)
    PHP_FE_END
};
