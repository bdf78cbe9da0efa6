// The HTML string functions (https://www.php.net/manual/en/ref.strings.php): htmlspecialchars and
// htmlspecialchars_decode, for the five characters HTML gives meaning to (& < > " ') and their entities;
// htmlentities and html_entity_decode, for every character with a named entity, with the table
// get_html_translation_table shows; and strip_tags.
//
// The flags are PHP's ENT_* bits: which quotes to convert (ENT_COMPAT, ENT_QUOTES, ENT_NOQUOTES), what
// to do with input that is not valid in the charset (by default the result is "", ENT_IGNORE drops the
// bytes, ENT_SUBSTITUTE writes U+FFFD), ENT_DISALLOWED (replace code points the document type does not
// allow), and the document type (ENT_HTML401, ENT_XML1, ENT_XHTML, ENT_HTML5), which decides how ' is
// written and which existing entities $double_encode = false leaves alone.
//
// Charsets: UTF-8 (the default) is validated as PHP does (UTR #36 strategy 2: a bad sequence ends
// before any byte that could start a valid one), and so are the East Asian multi-byte charsets (BIG5,
// BIG5-HKSCS, GB2312, Shift_JIS, EUC-JP), which only get the five special entities. The single-byte
// charsets map through Unicode (ISO-8859-1 directly, the others by table) for htmlentities and
// html_entity_decode. The named entities are HTML 4.01's (below) or, for ENT_HTML5, HTML5's
// (html_entities_html5.cpp).
#include "ext/standard/html_entities_html5.h"
#include "ext/standard/php_standard.h"
#include "ext/standard/php_string.h"
#include "ext/standard/standard_messages.h"

#include <cstdio>
#include <cstring>

namespace msg = standard_messages;

namespace {

// The ENT_* flag bits (PHP's values; the constants are registered in math.cpp's constant list).
constexpr zend_long kQuoteDouble = 2;
constexpr zend_long kQuoteSingle = 1;
constexpr zend_long kIgnore = 4;
constexpr zend_long kSubstitute = 8;
constexpr zend_long kDocTypeMask = 16 | 32;
constexpr zend_long kHtml401 = 0;
constexpr zend_long kXml1 = 16;
constexpr zend_long kXhtml = 32;
constexpr zend_long kHtml5 = 16 | 32;
constexpr zend_long kDisallowed = 128;

// HTML 4.01's named entities, by code point (what htmlentities writes and html_entity_decode reads for
// HTML 4.01 and XHTML, and what $double_encode = false recognises).
struct NamedEntity {
    unsigned code_point;
    const char* name;
};
const NamedEntity kHtml401Entities[] = {
    {0x22, "quot"}, {0x26, "amp"}, {0x3C, "lt"}, {0x3E, "gt"}, {0xA0, "nbsp"}, {0xA1, "iexcl"}, {0xA2, "cent"},
    {0xA3, "pound"}, {0xA4, "curren"}, {0xA5, "yen"}, {0xA6, "brvbar"}, {0xA7, "sect"}, {0xA8, "uml"},
    {0xA9, "copy"}, {0xAA, "ordf"}, {0xAB, "laquo"}, {0xAC, "not"}, {0xAD, "shy"}, {0xAE, "reg"}, {0xAF, "macr"},
    {0xB0, "deg"}, {0xB1, "plusmn"}, {0xB2, "sup2"}, {0xB3, "sup3"}, {0xB4, "acute"}, {0xB5, "micro"},
    {0xB6, "para"}, {0xB7, "middot"}, {0xB8, "cedil"}, {0xB9, "sup1"}, {0xBA, "ordm"}, {0xBB, "raquo"},
    {0xBC, "frac14"}, {0xBD, "frac12"}, {0xBE, "frac34"}, {0xBF, "iquest"}, {0xC0, "Agrave"}, {0xC1, "Aacute"},
    {0xC2, "Acirc"}, {0xC3, "Atilde"}, {0xC4, "Auml"}, {0xC5, "Aring"}, {0xC6, "AElig"}, {0xC7, "Ccedil"},
    {0xC8, "Egrave"}, {0xC9, "Eacute"}, {0xCA, "Ecirc"}, {0xCB, "Euml"}, {0xCC, "Igrave"}, {0xCD, "Iacute"},
    {0xCE, "Icirc"}, {0xCF, "Iuml"}, {0xD0, "ETH"}, {0xD1, "Ntilde"}, {0xD2, "Ograve"}, {0xD3, "Oacute"},
    {0xD4, "Ocirc"}, {0xD5, "Otilde"}, {0xD6, "Ouml"}, {0xD7, "times"}, {0xD8, "Oslash"}, {0xD9, "Ugrave"},
    {0xDA, "Uacute"}, {0xDB, "Ucirc"}, {0xDC, "Uuml"}, {0xDD, "Yacute"}, {0xDE, "THORN"}, {0xDF, "szlig"},
    {0xE0, "agrave"}, {0xE1, "aacute"}, {0xE2, "acirc"}, {0xE3, "atilde"}, {0xE4, "auml"}, {0xE5, "aring"},
    {0xE6, "aelig"}, {0xE7, "ccedil"}, {0xE8, "egrave"}, {0xE9, "eacute"}, {0xEA, "ecirc"}, {0xEB, "euml"},
    {0xEC, "igrave"}, {0xED, "iacute"}, {0xEE, "icirc"}, {0xEF, "iuml"}, {0xF0, "eth"}, {0xF1, "ntilde"},
    {0xF2, "ograve"}, {0xF3, "oacute"}, {0xF4, "ocirc"}, {0xF5, "otilde"}, {0xF6, "ouml"}, {0xF7, "divide"},
    {0xF8, "oslash"}, {0xF9, "ugrave"}, {0xFA, "uacute"}, {0xFB, "ucirc"}, {0xFC, "uuml"}, {0xFD, "yacute"},
    {0xFE, "thorn"}, {0xFF, "yuml"}, {0x152, "OElig"}, {0x153, "oelig"}, {0x160, "Scaron"}, {0x161, "scaron"},
    {0x178, "Yuml"}, {0x192, "fnof"}, {0x2C6, "circ"}, {0x2DC, "tilde"}, {0x391, "Alpha"}, {0x392, "Beta"},
    {0x393, "Gamma"}, {0x394, "Delta"}, {0x395, "Epsilon"}, {0x396, "Zeta"}, {0x397, "Eta"}, {0x398, "Theta"},
    {0x399, "Iota"}, {0x39A, "Kappa"}, {0x39B, "Lambda"}, {0x39C, "Mu"}, {0x39D, "Nu"}, {0x39E, "Xi"},
    {0x39F, "Omicron"}, {0x3A0, "Pi"}, {0x3A1, "Rho"}, {0x3A3, "Sigma"}, {0x3A4, "Tau"}, {0x3A5, "Upsilon"},
    {0x3A6, "Phi"}, {0x3A7, "Chi"}, {0x3A8, "Psi"}, {0x3A9, "Omega"}, {0x3B1, "alpha"}, {0x3B2, "beta"},
    {0x3B3, "gamma"}, {0x3B4, "delta"}, {0x3B5, "epsilon"}, {0x3B6, "zeta"}, {0x3B7, "eta"}, {0x3B8, "theta"},
    {0x3B9, "iota"}, {0x3BA, "kappa"}, {0x3BB, "lambda"}, {0x3BC, "mu"}, {0x3BD, "nu"}, {0x3BE, "xi"},
    {0x3BF, "omicron"}, {0x3C0, "pi"}, {0x3C1, "rho"}, {0x3C2, "sigmaf"}, {0x3C3, "sigma"}, {0x3C4, "tau"},
    {0x3C5, "upsilon"}, {0x3C6, "phi"}, {0x3C7, "chi"}, {0x3C8, "psi"}, {0x3C9, "omega"}, {0x3D1, "thetasym"},
    {0x3D2, "upsih"}, {0x3D6, "piv"}, {0x2002, "ensp"}, {0x2003, "emsp"}, {0x2009, "thinsp"}, {0x200C, "zwnj"},
    {0x200D, "zwj"}, {0x200E, "lrm"}, {0x200F, "rlm"}, {0x2013, "ndash"}, {0x2014, "mdash"}, {0x2018, "lsquo"},
    {0x2019, "rsquo"}, {0x201A, "sbquo"}, {0x201C, "ldquo"}, {0x201D, "rdquo"}, {0x201E, "bdquo"},
    {0x2020, "dagger"}, {0x2021, "Dagger"}, {0x2022, "bull"}, {0x2026, "hellip"}, {0x2030, "permil"},
    {0x2032, "prime"}, {0x2033, "Prime"}, {0x2039, "lsaquo"}, {0x203A, "rsaquo"}, {0x203E, "oline"},
    {0x2044, "frasl"}, {0x20AC, "euro"}, {0x2111, "image"}, {0x2118, "weierp"}, {0x211C, "real"}, {0x2122, "trade"},
    {0x2135, "alefsym"}, {0x2190, "larr"}, {0x2191, "uarr"}, {0x2192, "rarr"}, {0x2193, "darr"}, {0x2194, "harr"},
    {0x21B5, "crarr"}, {0x21D0, "lArr"}, {0x21D1, "uArr"}, {0x21D2, "rArr"}, {0x21D3, "dArr"}, {0x21D4, "hArr"},
    {0x2200, "forall"}, {0x2202, "part"}, {0x2203, "exist"}, {0x2205, "empty"}, {0x2207, "nabla"}, {0x2208, "isin"},
    {0x2209, "notin"}, {0x220B, "ni"}, {0x220F, "prod"}, {0x2211, "sum"}, {0x2212, "minus"}, {0x2217, "lowast"},
    {0x221A, "radic"}, {0x221D, "prop"}, {0x221E, "infin"}, {0x2220, "ang"}, {0x2227, "and"}, {0x2228, "or"},
    {0x2229, "cap"}, {0x222A, "cup"}, {0x222B, "int"}, {0x2234, "there4"}, {0x223C, "sim"}, {0x2245, "cong"},
    {0x2248, "asymp"}, {0x2260, "ne"}, {0x2261, "equiv"}, {0x2264, "le"}, {0x2265, "ge"}, {0x2282, "sub"},
    {0x2283, "sup"}, {0x2284, "nsub"}, {0x2286, "sube"}, {0x2287, "supe"}, {0x2295, "oplus"}, {0x2297, "otimes"},
    {0x22A5, "perp"}, {0x22C5, "sdot"}, {0x2308, "lceil"}, {0x2309, "rceil"}, {0x230A, "lfloor"}, {0x230B, "rfloor"},
    {0x2329, "lang"}, {0x232A, "rang"}, {0x25CA, "loz"}, {0x2660, "spades"}, {0x2663, "clubs"}, {0x2665, "hearts"},
    {0x2666, "diams"},
};

const NamedEntity* entity_for_code_point(unsigned code_point)
{
    size_t low = 0;
    size_t high = sizeof kHtml401Entities / sizeof kHtml401Entities[0];
    while (low < high) {
        size_t middle = (low + high) / 2;
        if (kHtml401Entities[middle].code_point < code_point)
            low = middle + 1;
        else
            high = middle;
    }
    if (low < sizeof kHtml401Entities / sizeof kHtml401Entities[0] && kHtml401Entities[low].code_point == code_point)
        return &kHtml401Entities[low];
    return nullptr;
}

const NamedEntity* entity_for_name(const char* name, size_t length)
{
    for (const NamedEntity& entity : kHtml401Entities) {
        if (std::strlen(entity.name) == length && std::memcmp(entity.name, name, length) == 0)
            return &entity;
    }
    return nullptr;
}

// The charsets PHP's HTML functions know. UTF-8 and ISO-8859-1 share Unicode's code points; the other
// single-byte ones map through a table; the East Asian multi-byte ones are validated but only get
// entities for the five special characters (PHP calls them partially supported).
enum class Charset {
    Utf8,
    Latin1,
    Cp1252,
    Latin9,
    Koi8R,
    Cp1251,
    Iso8859_5,
    Cp866,
    MacRoman,
    Big5, // the multi-byte ones from here on
    Big5Hkscs,
    Gb2312,
    ShiftJis,
    EucJp,
};

bool unicode_compatible(Charset charset) { return charset == Charset::Utf8 || charset == Charset::Latin1; }
bool multibyte(Charset charset) { return charset >= Charset::Big5; }

// PHP's charset names (case-insensitive). Null or "" is the default, UTF-8.
Charset determine_charset(const zend_string* name)
{
    if (!name || ZSTR_LEN(name) == 0)
        return Charset::Utf8;
    static const struct {
        const char* name;
        Charset charset;
    } known[] = {
        {"ISO-8859-1", Charset::Latin1}, {"ISO8859-1", Charset::Latin1}, {"ISO-8859-15", Charset::Latin9},
        {"ISO8859-15", Charset::Latin9}, {"utf-8", Charset::Utf8}, {"cp1252", Charset::Cp1252},
        {"Windows-1252", Charset::Cp1252}, {"1252", Charset::Cp1252}, {"BIG5", Charset::Big5}, {"950", Charset::Big5},
        {"GB2312", Charset::Gb2312}, {"936", Charset::Gb2312}, {"BIG5-HKSCS", Charset::Big5Hkscs},
        {"Shift_JIS", Charset::ShiftJis}, {"SJIS", Charset::ShiftJis}, {"932", Charset::ShiftJis},
        {"SJIS-win", Charset::ShiftJis}, {"CP932", Charset::ShiftJis}, {"EUCJP", Charset::EucJp},
        {"EUC-JP", Charset::EucJp}, {"eucJP-win", Charset::EucJp}, {"KOI8-R", Charset::Koi8R},
        {"koi8-ru", Charset::Koi8R}, {"koi8r", Charset::Koi8R}, {"cp1251", Charset::Cp1251},
        {"Windows-1251", Charset::Cp1251}, {"win-1251", Charset::Cp1251}, {"iso8859-5", Charset::Iso8859_5},
        {"iso-8859-5", Charset::Iso8859_5}, {"cp866", Charset::Cp866}, {"866", Charset::Cp866},
        {"ibm866", Charset::Cp866}, {"MacRoman", Charset::MacRoman},
    };
    for (const auto& entry : known) {
        if (std::strlen(entry.name) == ZSTR_LEN(name)
            && zend_binary_strcasecmp(entry.name, ZSTR_LEN(name), ZSTR_VAL(name), ZSTR_LEN(name)) == 0)
            return entry.charset;
    }
    php_error_docref(nullptr, E_WARNING, msg::kCharsetNotSupported, ZSTR_VAL(name));
    return Charset::Utf8;
}

// The upper halves (bytes 0x80..0xFF) of the table-mapped single-byte charsets, as Unicode code points
// (0xFFFF: the byte has no character). The lower halves are ASCII.
const uint16_t kCp1252[128] = {
    0x20AC, 0xFFFF, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0xFFFF, 0x017D, 0xFFFF, 0xFFFF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFF, 0x017E, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
    0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB,
    0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3,
    0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
    0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};
const uint16_t kIso8859_15[128] = {
    0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008A, 0x008B,
    0x008C, 0x008D, 0x008E, 0x008F, 0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
    0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
    0x20AC, 0x00A5, 0x0160, 0x00A7, 0x0161, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x017D, 0x00B5, 0x00B6, 0x00B7, 0x017E, 0x00B9, 0x00BA, 0x00BB,
    0x0152, 0x0153, 0x0178, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3,
    0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
    0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};
const uint16_t kKoi8R[128] = {
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580,
    0x2584, 0x2588, 0x258C, 0x2590, 0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,
    0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7, 0x2550, 0x2551, 0x2552, 0x0451,
    0x2553, 0x2554, 0x2555, 0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
    0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569,
    0x256A, 0x256B, 0x256C, 0x00A9, 0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
    0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x044F, 0x0440, 0x0441,
    0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
    0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A,
    0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
    0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
};
const uint16_t kCp1251[128] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039,
    0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFF, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408,
    0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB,
    0x0458, 0x0405, 0x0455, 0x0457, 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423,
    0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B,
    0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};
const uint16_t kIso8859_5[128] = {
    0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008A, 0x008B,
    0x008C, 0x008D, 0x008E, 0x008F, 0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
    0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F, 0x00A0, 0x0401, 0x0402, 0x0403,
    0x0404, 0x0405, 0x0406, 0x0407, 0x0408, 0x0409, 0x040A, 0x040B, 0x040C, 0x00AD, 0x040E, 0x040F,
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B,
    0x041C, 0x041D, 0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433,
    0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B,
    0x044C, 0x044D, 0x044E, 0x044F, 0x2116, 0x0451, 0x0452, 0x0453, 0x0454, 0x0455, 0x0456, 0x0457,
    0x0458, 0x0459, 0x045A, 0x045B, 0x045C, 0x00A7, 0x045E, 0x045F,
};
const uint16_t kCp866[128] = {
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B,
    0x041C, 0x041D, 0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433,
    0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B,
    0x044C, 0x044D, 0x044E, 0x044F, 0x0401, 0x0451, 0x0404, 0x0454, 0x0407, 0x0457, 0x040E, 0x045E,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x2116, 0x00A4, 0x25A0, 0x00A0,
};
const uint16_t kMacRoman[128] = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

const uint16_t* upper_half(Charset charset)
{
    switch (charset) {
    case Charset::Cp1252: return kCp1252;
    case Charset::Latin9: return kIso8859_15;
    case Charset::Koi8R: return kKoi8R;
    case Charset::Cp1251: return kCp1251;
    case Charset::Iso8859_5: return kIso8859_5;
    case Charset::Cp866: return kCp866;
    case Charset::MacRoman: return kMacRoman;
    default: return nullptr;
    }
}

// A byte of a table-mapped charset as a code point (0xFFFF: none; PHP's MacRoman table leaves the
// control bytes unmapped).
unsigned to_unicode(Charset charset, unsigned byte)
{
    if (charset == Charset::MacRoman && (byte < 0x20 || byte == 0x7F))
        return 0xFFFF;
    const uint16_t* table = upper_half(charset);
    return byte < 0x80 || !table ? byte : table[byte - 0x80];
}

// A code point in the charset (PHP's map_from_unicode): false when the charset cannot write it.
bool from_unicode(Charset charset, unsigned code_point, unsigned* byte)
{
    switch (charset) {
    case Charset::Utf8:
        *byte = code_point;
        return true;
    case Charset::Latin1:
        *byte = code_point;
        return code_point <= 0xFF;
    case Charset::ShiftJis:
    case Charset::EucJp:
        // 0x5C is the yen sign there, so a backslash cannot be written.
        *byte = code_point;
        return code_point >= 0x20 && code_point <= 0x7D && code_point != 0x5C;
    case Charset::Big5:
    case Charset::Big5Hkscs:
    case Charset::Gb2312:
        *byte = code_point;
        return code_point >= 0x20 && code_point <= 0x7D;
    default: break;
    }
    if (code_point <= 0x7F) {
        *byte = code_point;
        return !(charset == Charset::MacRoman && code_point == 0x7F);
    }
    const uint16_t* table = upper_half(charset);
    for (unsigned i = 0; i < 128; ++i) {
        if (table[i] == code_point) {
            *byte = 0x80 + i;
            return true;
        }
    }
    return false;
}

// The next character of `text` in the charset (PHP's get_next_char): its code (a code point for UTF-8,
// the byte or bytes otherwise), and *cursor past it. On an invalid sequence, false with *cursor past
// the bytes that belong to it.
bool next_char(Charset charset, const unsigned char* text, size_t length, size_t* cursor, unsigned* code)
{
    size_t pos = *cursor;
    size_t available = length - pos;
    unsigned c = text[pos];
    auto fail = [&](size_t advance) {
        *cursor = pos + advance;
        return false;
    };
    auto take = [&](size_t count, unsigned value) {
        *code = value;
        *cursor = pos + count;
        return true;
    };
    switch (charset) {
    case Charset::Utf8: return standard::next_utf8(text, length, cursor, code);
    case Charset::Big5:
        if (c >= 0x81 && c <= 0xFE) {
            if (available < 2)
                return fail(1);
            unsigned next = text[pos + 1];
            if ((next >= 0x40 && next <= 0x7E) || (next >= 0xA1 && next <= 0xFE))
                return take(2, c << 8 | next);
            return fail(1);
        }
        return take(1, c);
    case Charset::Big5Hkscs:
        if (c >= 0x81 && c <= 0xFE) {
            if (available < 2)
                return fail(1);
            unsigned next = text[pos + 1];
            if ((next >= 0x40 && next <= 0x7E) || (next >= 0xA1 && next <= 0xFE))
                return take(2, c << 8 | next);
            return fail(next != 0x80 && next != 0xFF ? 1 : 2);
        }
        return take(1, c);
    case Charset::Gb2312: {
        auto lead = [](unsigned b) { return b != 0x8E && b != 0x8F && b != 0xA0 && b != 0xFF; };
        if (c >= 0xA1 && c <= 0xFE) {
            if (available < 2)
                return fail(1);
            unsigned next = text[pos + 1];
            if (next >= 0xA1 && next <= 0xFE)
                return take(2, c << 8 | next);
            return fail(lead(next) ? 1 : 2);
        }
        if (lead(c))
            return take(1, c);
        return fail(1);
    }
    case Charset::ShiftJis: {
        auto lead = [](unsigned b) { return b != 0x80 && b != 0xA0 && b < 0xFD; };
        auto trail = [](unsigned b) { return b >= 0x40 && b != 0x7F && b < 0xFD; };
        if ((c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC)) {
            if (available < 2)
                return fail(1);
            unsigned next = text[pos + 1];
            if (trail(next))
                return take(2, c << 8 | next);
            return fail(lead(next) ? 1 : 2);
        }
        if (c < 0x80 || (c >= 0xA1 && c <= 0xDF))
            return take(1, c);
        return fail(1);
    }
    case Charset::EucJp: {
        auto edge = [](unsigned b) { return b == 0xA0 || b == 0xFF; };
        if ((c >= 0xA1 && c <= 0xFE) || c == 0x8E) {
            if (available < 2)
                return fail(1);
            unsigned next = text[pos + 1];
            bool ok = c == 0x8E ? (next >= 0xA1 && next <= 0xDF) : (next >= 0xA1 && next <= 0xFE);
            if (ok)
                return take(2, c << 8 | next);
            return fail(edge(next) ? 2 : 1);
        }
        if (c == 0x8F) {
            bool second = available >= 2 && text[pos + 1] >= 0xA1 && text[pos + 1] <= 0xFE;
            bool third = available >= 3 && text[pos + 2] >= 0xA1 && text[pos + 2] <= 0xFE;
            if (available < 3 || !second || !third) {
                if (available < 2 || !edge(text[pos + 1]))
                    return fail(1);
                if (available < 3 || !edge(text[pos + 2]))
                    return fail(2);
                return fail(3);
            }
            return take(3, c << 16 | static_cast<unsigned>(text[pos + 1]) << 8 | text[pos + 2]);
        }
        if (c != 0xA0 && c != 0xFF)
            return take(1, c);
        return fail(1);
    }
    default: return take(1, c);
    }
}

// Whether a document type allows the code point as a character (for ENT_DISALLOWED).
bool code_point_allowed(unsigned cp, zend_long doctype)
{
    switch (doctype) {
    case kHtml401:
        return (cp >= 0x20 && cp <= 0x7E) || cp == 0x0A || cp == 0x09 || cp == 0x0D || (cp >= 0xA0 && cp <= 0xD7FF)
            || (cp >= 0xE000 && cp <= 0x10FFFF);
    case kHtml5:
        return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0x09 && cp <= 0x0D && cp != 0x0B) || (cp >= 0xA0 && cp <= 0xD7FF)
            || (cp >= 0xE000 && cp <= 0x10FFFF && (cp & 0xFFFF) < 0xFFFE && (cp < 0xFDD0 || cp > 0xFDEF));
    default: // XML 1.0 and XHTML
        return (cp >= 0x20 && cp <= 0xD7FF) || cp == 0x0A || cp == 0x09 || cp == 0x0D
            || (cp >= 0xE000 && cp <= 0x10FFFF && cp != 0xFFFE && cp != 0xFFFF);
    }
}

// Whether a document type allows a numeric entity for the code point (more permissive than the above).
bool numeric_entity_allowed(unsigned cp, zend_long doctype)
{
    switch (doctype) {
    case kHtml401: return cp <= 0x10FFFF;
    case kHtml5:
        return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0x09 && cp <= 0x0C && cp != 0x0B)
            || (cp >= 0xA0 && cp <= 0x10FFFF && (cp & 0xFFFF) < 0xFFFE && (cp < 0xFDD0 || cp > 0xFDEF));
    default: return code_point_allowed(cp, doctype);
    }
}

bool is_hex_digit(unsigned char c) { return hex_digit_value(c) >= 0; }

// Reads "#123;" or "#x1F;" at `p` (just after the '&'): the code point and the length up to, not
// including, the ';'. False if it is not a well-formed numeric entity of at most U+10FFFF.
bool read_numeric_entity(const char* p, const char* end, unsigned* code_point, size_t* length)
{
    const char* start = p;
    if (p >= end || *p != '#')
        return false;
    ++p;
    bool hex = p < end && (*p == 'x' || *p == 'X');
    if (hex)
        ++p;
    const char* digits = p;
    unsigned long long value = 0;
    while (p < end && (hex ? is_hex_digit(static_cast<unsigned char>(*p)) : (*p >= '0' && *p <= '9'))) {
        unsigned char c = static_cast<unsigned char>(*p);
        unsigned d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        if (value <= 0x10FFFFull * 16)
            value = value * (hex ? 16 : 10) + d;
        ++p;
    }
    if (p == digits || p >= end || *p != ';' || value > 0x10FFFF)
        return false;
    *code_point = static_cast<unsigned>(value);
    *length = p - start;
    return true;
}

// Reads an entity name at `p` (letters and digits up to ';'); false if there is none.
bool read_entity_name(const char* p, const char* end, size_t* length)
{
    const char* start = p;
    while (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
        ++p;
    if (p == start || p >= end || *p != ';')
        return false;
    *length = p - start;
    return true;
}

// The code point of a named entity in the document type's list (`all`: every entity of the type;
// otherwise only those of & < > " and, except in HTML 4.01, '), or false.
bool resolve_entity_name(const char* name, size_t length, zend_long doctype, bool all, unsigned* code_point,
                         unsigned* second = nullptr)
{
    if (second)
        *second = 0;
    auto is = [&](const char* literal) { return std::strlen(literal) == length && std::memcmp(name, literal, length) == 0; };
    if (all && doctype == kHtml5) {
        uint32_t first;
        uint32_t next;
        if (!standard::html5_entity_by_name(name, length, &first, &next))
            return false;
        *code_point = first;
        if (second)
            *second = next;
        return true;
    }
    if (is("apos") && doctype != kHtml401) {
        *code_point = '\'';
        return true;
    }
    if (!all || doctype == kXml1) {
        static const NamedEntity basic[] = {{'&', "amp"}, {'<', "lt"}, {'>', "gt"}, {'"', "quot"}};
        for (const NamedEntity& entity : basic) {
            if (is(entity.name)) {
                *code_point = entity.code_point;
                return true;
            }
        }
        return false;
    }
    const NamedEntity* entity = entity_for_name(name, length);
    if (!entity)
        return false;
    *code_point = entity->code_point;
    return true;
}

// Whether `double_encode = false` leaves "&name;" alone: a name the document type knows.
bool known_entity_name(const char* name, size_t length, zend_long doctype)
{
    unsigned ignored;
    return resolve_entity_name(name, length, doctype, true, &ignored);
}

void append_utf8(smart_str* out, unsigned cp)
{
    if (cp < 0x80) {
        smart_str_appendc(out, static_cast<char>(cp));
    } else if (cp < 0x800) {
        smart_str_appendc(out, static_cast<char>(0xC0 | (cp >> 6)));
        smart_str_appendc(out, static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        smart_str_appendc(out, static_cast<char>(0xE0 | (cp >> 12)));
        smart_str_appendc(out, static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        smart_str_appendc(out, static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        smart_str_appendc(out, static_cast<char>(0xF0 | (cp >> 18)));
        smart_str_appendc(out, static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        smart_str_appendc(out, static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        smart_str_appendc(out, static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// htmlspecialchars (all = false) and htmlentities (all = true): PHP's php_escape_html_entities_ex.
// With `all`, every character the document type has a named entity for is written as that entity
// (HTML 4.01 and XHTML: the HTML 4.01 list; HTML5: its own, which names most ASCII punctuation too and
// some pairs of characters; XML 1.0: only the five; the multi-byte charsets: only the five, with a
// notice).
zend_string* escape(const zend_string* input, zend_long flags, Charset charset, bool double_encode, bool all)
{
    zend_long doctype = flags & kDocTypeMask;
    if (all && multibyte(charset))
        php_error_docref(nullptr, E_NOTICE, "%s", msg::kOnlyBasicEntities);
    all = all && doctype != kXml1 && !multibyte(charset);
    const char* replacement = charset == Charset::Utf8 ? "\xEF\xBF\xBD" : "&#xFFFD;";
    const unsigned char* text = reinterpret_cast<const unsigned char*>(ZSTR_VAL(input));
    const char* chars = ZSTR_VAL(input);
    size_t length = ZSTR_LEN(input);
    smart_str result {};
    size_t cursor = 0;
    while (cursor < length) {
        size_t before = cursor;
        unsigned code_point;
        if (!next_char(charset, text, length, &cursor, &code_point)) {
            if (flags & kIgnore)
                continue;
            if (flags & kSubstitute) {
                smart_str_appends(&result, replacement);
                continue;
            }
            smart_str_free(&result);
            return ZSTR_EMPTY_ALLOC();
        }
        if (all && doctype == kHtml5 && code_point != '&') {
            // HTML5 names almost every character, quotes included, some of them in pairs.
            if ((code_point == '\'' && !(flags & kQuoteSingle)) || (code_point == '"' && !(flags & kQuoteDouble))) {
                smart_str_appendl(&result, chars + before, cursor - before);
                continue;
            }
            unsigned first = code_point;
            if (!unicode_compatible(charset)) {
                first = to_unicode(charset, code_point);
                if (first == 0xFFFF) {
                    smart_str_appendl(&result, chars + before, cursor - before);
                    continue;
                }
            }
            size_t after = cursor;
            unsigned next = 0;
            if (cursor < length && !next_char(charset, text, length, &after, &next))
                next = 0;
            bool used_next;
            if (const char* name = standard::html5_entity_for(first, next, &used_next)) {
                smart_str_appendc(&result, '&');
                smart_str_appends(&result, name);
                smart_str_appendc(&result, ';');
                if (used_next)
                    cursor = after;
                continue;
            }
            if ((flags & kDisallowed) && !code_point_allowed(first, doctype)) {
                smart_str_appends(&result, replacement);
                continue;
            }
            smart_str_appendl(&result, chars + before, cursor - before);
            continue;
        }
        switch (code_point) {
        case '&': {
            unsigned entity_code;
            size_t entity_length;
            if (!double_encode) {
                bool keep = false;
                if (read_numeric_entity(chars + cursor, chars + length, &entity_code, &entity_length))
                    keep = !(flags & kDisallowed) || numeric_entity_allowed(entity_code, doctype);
                else if (read_entity_name(chars + cursor, chars + length, &entity_length))
                    keep = known_entity_name(chars + cursor, entity_length, doctype);
                if (keep) {
                    smart_str_appendl(&result, chars + before, entity_length + 2);
                    cursor += entity_length + 1;
                    continue;
                }
            }
            smart_str_appends(&result, "&amp;");
            continue;
        }
        case '<': smart_str_appends(&result, "&lt;"); continue;
        case '>': smart_str_appends(&result, "&gt;"); continue;
        case '"':
            if (flags & kQuoteDouble) {
                smart_str_appends(&result, "&quot;");
                continue;
            }
            break;
        case '\'':
            if (flags & kQuoteSingle) {
                // HTML 4.01 has no &apos;, nor has the HTML 4.01 list htmlentities uses for XHTML.
                bool numeric = doctype == kHtml401 || (all && doctype == kXhtml);
                smart_str_appends(&result, numeric ? "&#039;" : "&apos;");
                continue;
            }
            break;
        default: {
            // With `all`, table-mapped charsets are looked up (and checked) by code point; a byte
            // without a character passes through.
            bool mapped = all && !unicode_compatible(charset);
            if (mapped) {
                code_point = to_unicode(charset, code_point);
                if (code_point == 0xFFFF)
                    break;
            }
            if (all) {
                if (const NamedEntity* entity = entity_for_code_point(code_point)) {
                    smart_str_appendc(&result, '&');
                    smart_str_appends(&result, entity->name);
                    smart_str_appendc(&result, ';');
                    continue;
                }
            }
            // Without a table, only codes up to 0x7D can be judged (they are the same in every charset).
            bool judged = unicode_compatible(charset) || mapped || code_point <= 0x7D;
            if ((flags & kDisallowed) && judged && !code_point_allowed(code_point, doctype)) {
                smart_str_appends(&result, replacement);
                continue;
            }
            break;
        }
        }
        smart_str_appendl(&result, chars + before, cursor - before);
    }
    if (!result.s)
        return ZSTR_EMPTY_ALLOC();
    return smart_str_extract(&result);
}

// htmlspecialchars_decode (all = false) and html_entity_decode (all = true): PHP's traverse_for_entities.
// Numeric entities decode when the document type allows the character (and, without `all`, only for
// & < > " '); quotes only as the flags allow; characters the charset cannot write stay entities.
// Decoded text is not decoded again.
zend_string* unescape(zend_string* input, zend_long flags, Charset charset, bool all)
{
    const char* p = ZSTR_VAL(input);
    const char* end = p + ZSTR_LEN(input);
    if (!std::memchr(p, '&', ZSTR_LEN(input)))
        return zend_string_copy(input);
    zend_long doctype = flags & kDocTypeMask;
    smart_str result {};
    while (p < end) {
        if (*p != '&' || p + 3 >= end) {
            smart_str_appendc(&result, *p++);
            continue;
        }
        unsigned code_point = 0;
        unsigned second = 0; // a second character (some HTML5 entities stand for two)
        size_t length = 0;
        bool valid = false;
        if (read_numeric_entity(p + 1, end, &code_point, &length)) {
            bool basic = code_point == '&' || code_point == '<' || code_point == '>' || code_point == '"'
                || code_point == '\'';
            valid = (all || basic) && code_point_allowed(code_point, doctype) && !(doctype == kHtml5 && code_point == 0x0D);
        } else if (read_entity_name(p + 1, end, &length)) {
            valid = resolve_entity_name(p + 1, length, doctype, all, &code_point, &second);
        }
        if (valid && ((code_point == '\'' && !(flags & kQuoteSingle)) || (code_point == '"' && !(flags & kQuoteDouble))))
            valid = false;
        unsigned encoded = code_point;
        if (valid && charset != Charset::Utf8 && (!from_unicode(charset, code_point, &encoded) || second != 0))
            valid = false;
        if (!valid) {
            smart_str_appendc(&result, *p++);
            continue;
        }
        if (charset == Charset::Utf8) {
            append_utf8(&result, code_point);
            if (second)
                append_utf8(&result, second);
        } else {
            smart_str_appendc(&result, static_cast<char>(encoded));
        }
        p += length + 2;
    }
    return smart_str_extract(&result);
}

void escape_function(zend_execute_data* execute_data, zval* return_value, bool all)
{
    zend_string* input;
    zend_long flags = kQuoteDouble | kQuoteSingle | kSubstitute;
    zend_string* encoding = nullptr;
    bool double_encode = true;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|lS!b", &input, &flags, &encoding, &double_encode) == FAILURE)
        RETURN_THROWS();
    RETURN_STR(escape(input, flags, determine_charset(encoding), double_encode, all));
}

} // namespace

// htmlspecialchars(string $string, int $flags = ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401,
//                  ?string $encoding = null, bool $double_encode = true): string
// https://www.php.net/manual/en/function.htmlspecialchars.php
PHP_FUNCTION(htmlspecialchars) { escape_function(execute_data, return_value, false); }

// htmlentities(string $string, int $flags = ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401,
//              ?string $encoding = null, bool $double_encode = true): string
// https://www.php.net/manual/en/function.htmlentities.php
PHP_FUNCTION(htmlentities) { escape_function(execute_data, return_value, true); }

// htmlspecialchars_decode(string $string, int $flags = ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401): string
// https://www.php.net/manual/en/function.htmlspecialchars-decode.php
PHP_FUNCTION(htmlspecialchars_decode)
{
    zend_string* input;
    zend_long flags = kQuoteDouble | kQuoteSingle | kSubstitute;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|l", &input, &flags) == FAILURE)
        RETURN_THROWS();
    RETURN_STR(unescape(input, flags, Charset::Latin1, false));
}

// html_entity_decode(string $string, int $flags = ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401,
//                    ?string $encoding = null): string
// https://www.php.net/manual/en/function.html-entity-decode.php
PHP_FUNCTION(html_entity_decode)
{
    zend_string* input;
    zend_long flags = kQuoteDouble | kQuoteSingle | kSubstitute;
    zend_string* encoding = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|lS!", &input, &flags, &encoding) == FAILURE)
        RETURN_THROWS();
    Charset charset = determine_charset(encoding);
    RETURN_STR(unescape(input, flags, charset, true));
}

// get_html_translation_table(int $table = HTML_SPECIALCHARS, int $flags = ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401,
//                            string $encoding = "UTF-8"): array
// https://www.php.net/manual/en/function.get-html-translation-table.php
// The characters htmlspecialchars (HTML_SPECIALCHARS) or htmlentities (HTML_ENTITIES) would convert,
// with their entities, in code point order; the keys are in the charset's encoding.
PHP_FUNCTION(get_html_translation_table)
{
    zend_long table = 0;
    zend_long flags = kQuoteDouble | kQuoteSingle | kSubstitute;
    char* encoding = nullptr;
    size_t encoding_length = 0;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "|lls", &table, &flags, &encoding, &encoding_length) == FAILURE)
        RETURN_THROWS();
    zend_string* encoding_name = encoding ? zend_string_init(encoding, encoding_length, false) : nullptr;
    Charset charset = determine_charset(encoding_name);
    if (encoding_name)
        zend_string_release(encoding_name);
    zend_long doctype = flags & kDocTypeMask;
    bool all = table != 0 && doctype != kXml1 && !multibyte(charset);
    array_init(return_value);
    // `key` is the character in the charset's encoding.
    auto add = [&](unsigned code_point, unsigned key_code, const char* entity) {
        if ((code_point == '\'' && !(flags & kQuoteSingle)) || (code_point == '"' && !(flags & kQuoteDouble)))
            return;
        smart_str key {};
        if (charset == Charset::Utf8)
            append_utf8(&key, key_code);
        else
            smart_str_appendc(&key, static_cast<char>(key_code));
        zend_string* key_string = smart_str_extract(&key);
        zval value;
        ZVAL_STRING(&value, entity);
        zend_symtable_update(Z_ARRVAL_P(return_value), key_string, &value);
        zend_string_release(key_string);
    };
    bool numeric_apos = doctype == kHtml401 || (all && doctype == kXhtml);
    const char* apos = numeric_apos ? "&#039;" : "&apos;";
    if (!all) {
        add('"', '"', "&quot;");
        add('&', '&', "&amp;");
        add('\'', '\'', apos);
        add('<', '<', "&lt;");
        add('>', '>', "&gt;");
        return;
    }
    char entity[48];
    if (doctype == kHtml5) {
        // PHP's keys: the character and, for a pair, the second one (in ISO-8859-1 truncated to a
        // byte, as PHP writes it; in a table charset only when representable).
        size_t count;
        const standard::Html5Entity* entries = standard::html5_entities(&count);
        auto add_pair = [&](unsigned key_first, const standard::Html5Entity& entry) {
            if ((entry.first == '\'' && !(flags & kQuoteSingle)) || (entry.first == '"' && !(flags & kQuoteDouble)))
                return;
            smart_str key {};
            unsigned second = entry.second;
            if (charset == Charset::Utf8) {
                append_utf8(&key, key_first);
                if (second)
                    append_utf8(&key, second);
            } else {
                smart_str_appendc(&key, static_cast<char>(key_first));
                if (second) {
                    unsigned encoded = second;
                    if (!unicode_compatible(charset) && !from_unicode(charset, second, &encoded)) {
                        smart_str_free(&key);
                        return;
                    }
                    smart_str_appendc(&key, static_cast<char>(encoded));
                }
            }
            std::snprintf(entity, sizeof entity, "&%s;", entry.name);
            zend_string* key_string = smart_str_extract(&key);
            zval value;
            ZVAL_STRING(&value, entity);
            zend_symtable_update(Z_ARRVAL_P(return_value), key_string, &value);
            zend_string_release(key_string);
        };
        if (unicode_compatible(charset)) {
            for (size_t i = 0; i < count && (charset == Charset::Utf8 || entries[i].first <= 0xFF); ++i)
                add_pair(entries[i].first, entries[i]);
        } else {
            for (unsigned byte = 0; byte <= 0xFF; ++byte) {
                unsigned code_point = to_unicode(charset, byte);
                for (size_t i = 0; i < count; ++i) {
                    if (entries[i].first == code_point)
                        add_pair(byte, entries[i]);
                }
            }
        }
        return;
    }
    if (!unicode_compatible(charset)) {
        // By byte value, through the charset's table.
        for (unsigned byte = 0; byte <= 0xFF; ++byte) {
            unsigned code_point = to_unicode(charset, byte);
            if (code_point == '\'') {
                add(code_point, byte, apos);
            } else if (const NamedEntity* named = entity_for_code_point(code_point)) {
                std::snprintf(entity, sizeof entity, "&%s;", named->name);
                add(code_point, byte, entity);
            }
        }
        return;
    }
    for (const NamedEntity& named : kHtml401Entities) {
        if (charset == Charset::Latin1 && named.code_point > 0xFF)
            break;
        if (named.code_point == '<') // ' has no name in HTML 4.01; it sorts between & and <
            add('\'', '\'', apos);
        std::snprintf(entity, sizeof entity, "&%s;", named.name);
        add(named.code_point, named.code_point, entity);
    }
}

namespace {

// Whether the tag text in `tag` ("<a href=...>", "</b>", "<br/>") is in `allowed` ("<a><b>", lower
// case): the tag is reduced to "<name>" first.
bool tag_allowed(const char* tag, size_t length, const char* allowed, size_t allowed_length)
{
    smart_str name {};
    bool started = false;
    for (size_t i = 0; i < length; ++i) {
        unsigned char c = standard::ascii_tolower(static_cast<unsigned char>(tag[i]));
        if (c == '<') {
            smart_str_appendc(&name, '<');
        } else if (c == '>') {
            break;
        } else if (!standard::is_c_space(c)) {
            started = true;
            bool after_open = i > 0 && tag[i - 1] == '<';
            bool before_close = i + 1 < length && tag[i + 1] == '>';
            if (c != '/' || (!after_open && !before_close))
                smart_str_appendc(&name, static_cast<char>(c));
        } else if (started) {
            break;
        }
    }
    smart_str_appendc(&name, '>');
    zend_string* normalised = smart_str_extract(&name);
    bool found = standard::memnstr(allowed, ZSTR_VAL(normalised), ZSTR_LEN(normalised), allowed + allowed_length) != nullptr;
    zend_string_release(normalised);
    return found;
}

// PHP's strip_tags state machine (php_strip_tags_ex), state by state:
//   0 text: copied, except NUL; "<" followed by a non-space opens a tag;
//   1 an HTML tag: dropped up to its ">" (quotes and nested "<" are tracked), kept when allowed;
//   2 a PHP block "<?...?>" (parentheses and quotes tracked), which turns out to be XML after "<?xml";
//   3 a "<!...>" declaration, which becomes a comment after "<!--" or a tag after "<!doctype";
//   4 a comment, up to "-->".
zend_string* strip_tags(const zend_string* input, const char* allowed, size_t allowed_length)
{
    const char* buf = ZSTR_VAL(input);
    const char* end = buf + ZSTR_LEN(input);
    smart_str out {};
    smart_str tag {};
    int state = 0;
    int depth = 0;
    int parentheses = 0;
    char in_quote = 0;
    char last = 0;
    bool is_xml = false;
    auto next_is_space = [&](const char* p) {
        return p + 1 < end && standard::is_c_space(static_cast<unsigned char>(p[1]));
    };
    auto previous = [&](const char* p, int n) { return p - n >= buf ? p[-n] : '\0'; };
    auto previous_is = [&](const char* p, int n, char lower) {
        return p - n >= buf
            && standard::ascii_tolower(static_cast<unsigned char>(p[-n])) == static_cast<unsigned char>(lower);
    };
    for (const char* p = buf; p < end; ++p) {
        char c = *p;
        switch (state) {
        case 0:
            if (c == '\0')
                break;
            if (c == '<') {
                if (in_quote)
                    break;
                if (next_is_space(p)) {
                    smart_str_appendc(&out, c);
                    break;
                }
                last = '<';
                state = 1;
                if (allowed)
                    smart_str_appendc(&tag, '<');
                break;
            }
            if (c == '>') {
                if (depth) {
                    --depth;
                    break;
                }
                if (in_quote)
                    break;
            }
            smart_str_appendc(&out, c);
            break;
        case 1:
            switch (c) {
            case '\0': break;
            case '<':
                if (in_quote)
                    break;
                if (next_is_space(p)) {
                    if (allowed)
                        smart_str_appendc(&tag, c);
                    break;
                }
                ++depth;
                break;
            case '>':
                if (depth) {
                    --depth;
                    break;
                }
                if (in_quote)
                    break;
                last = '>';
                if (is_xml && previous(p, 1) == '-')
                    break;
                in_quote = 0;
                state = 0;
                is_xml = false;
                if (allowed) {
                    smart_str_appendc(&tag, '>');
                    if (tag_allowed(ZSTR_VAL(tag.s), ZSTR_LEN(tag.s), allowed, allowed_length))
                        smart_str_appendl(&out, ZSTR_VAL(tag.s), ZSTR_LEN(tag.s));
                    ZSTR_LEN(tag.s) = 0;
                }
                break;
            case '"':
            case '\'':
                if (p != buf && (!in_quote || c == in_quote))
                    in_quote = in_quote ? 0 : c;
                if (allowed)
                    smart_str_appendc(&tag, c);
                break;
            case '!':
                if (previous(p, 1) == '<') {
                    state = 3;
                    last = c;
                } else if (allowed) {
                    smart_str_appendc(&tag, c);
                }
                break;
            case '?':
                if (previous(p, 1) == '<') {
                    parentheses = 0;
                    state = 2;
                } else if (allowed) {
                    smart_str_appendc(&tag, c);
                }
                break;
            default:
                if (allowed)
                    smart_str_appendc(&tag, c);
                break;
            }
            break;
        case 2:
            switch (c) {
            case '(':
                if (last != '"' && last != '\'') {
                    last = '(';
                    ++parentheses;
                }
                break;
            case ')':
                if (last != '"' && last != '\'') {
                    last = ')';
                    --parentheses;
                }
                break;
            case '>':
                if (depth) {
                    --depth;
                    break;
                }
                if (in_quote)
                    break;
                if (!parentheses && last != '"' && previous(p, 1) == '?') {
                    in_quote = 0;
                    state = 0;
                    if (tag.s)
                        ZSTR_LEN(tag.s) = 0;
                }
                break;
            case '"':
            case '\'':
                if (p > buf && previous(p, 1) != '\\') {
                    if (last == c)
                        last = 0;
                    else if (last != '\\')
                        last = c;
                    if (!in_quote || c == in_quote)
                        in_quote = in_quote ? 0 : c;
                }
                break;
            case 'l':
            case 'L':
                if (p > buf + 4 && previous_is(p, 1, 'm') && previous_is(p, 2, 'x') && previous(p, 3) == '?'
                    && previous(p, 4) == '<') {
                    state = 1;
                    is_xml = true;
                }
                break;
            default: break;
            }
            break;
        case 3:
            switch (c) {
            case '>':
                if (depth) {
                    --depth;
                    break;
                }
                if (in_quote)
                    break;
                in_quote = 0;
                state = 0;
                if (tag.s)
                    ZSTR_LEN(tag.s) = 0;
                break;
            case '"':
            case '\'':
                if (p != buf && previous(p, 1) != '\\' && (!in_quote || c == in_quote))
                    in_quote = in_quote ? 0 : c;
                break;
            case '-':
                if (p >= buf + 2 && previous(p, 1) == '-' && previous(p, 2) == '!')
                    state = 4;
                break;
            case 'e':
            case 'E':
                if (p > buf + 6 && previous_is(p, 1, 'p') && previous_is(p, 2, 'y') && previous_is(p, 3, 't')
                    && previous_is(p, 4, 'c') && previous_is(p, 5, 'o') && previous_is(p, 6, 'd'))
                    state = 1;
                break;
            default: break;
            }
            break;
        default: // 4
            if (c == '>' && !in_quote && p >= buf + 2 && previous(p, 1) == '-' && previous(p, 2) == '-') {
                in_quote = 0;
                state = 0;
                if (tag.s)
                    ZSTR_LEN(tag.s) = 0;
            }
            break;
        }
    }
    smart_str_free(&tag);
    if (!out.s)
        return ZSTR_EMPTY_ALLOC();
    return smart_str_extract(&out);
}

} // namespace

// strip_tags(string $string, array|string|null $allowed_tags = null): string
// https://www.php.net/manual/en/function.strip-tags.php
// Removes HTML and PHP tags and comments; $allowed_tags ("<a><b>" or ["a", "b"]) keeps those tags.
PHP_FUNCTION(strip_tags)
{
    zend_string* input;
    zval* allowed_arg = nullptr;
    if (zend_parse_parameters(ZEND_NUM_ARGS(), "S|z!", &input, &allowed_arg) == FAILURE)
        RETURN_THROWS();
    smart_str allowed {};
    if (allowed_arg) {
        if (Z_TYPE_P(allowed_arg) == IS_ARRAY) {
            zend_hash_for_each(Z_ARRVAL_P(allowed_arg), [&](zend_ulong, zend_string*, zval* value) {
                ZVAL_DEREF(value);
                zend_string* name = zval_get_string(value);
                smart_str_appendc(&allowed, '<');
                smart_str_append(&allowed, name);
                smart_str_appendc(&allowed, '>');
                zend_string_release(name);
            });
        } else if (Z_TYPE_P(allowed_arg) == IS_STRING || Z_TYPE_P(allowed_arg) == IS_LONG
                   || Z_TYPE_P(allowed_arg) == IS_DOUBLE || Z_TYPE_P(allowed_arg) == IS_TRUE
                   || Z_TYPE_P(allowed_arg) == IS_FALSE) {
            zend_string* text = zval_get_string(allowed_arg);
            smart_str_append(&allowed, text);
            zend_string_release(text);
            if (!allowed.s)
                smart_str_appendl(&allowed, "", 0);
        } else {
            zend_argument_type_error(2, msg::kArrayOrStringOrNullType, zend_zval_type_name(allowed_arg));
            RETURN_THROWS();
        }
    }
    zend_string* allowed_lower = nullptr;
    if (allowed.s) {
        zend_string* text = smart_str_extract(&allowed);
        allowed_lower = zend_string_tolower(text);
        zend_string_release(text);
    }
    const char* allowed_text = allowed_lower ? ZSTR_VAL(allowed_lower) : nullptr;
    RETVAL_STR(strip_tags(input, allowed_text, allowed_lower ? ZSTR_LEN(allowed_lower) : 0));
    if (allowed_lower)
        zend_string_release(allowed_lower);
}

namespace {

const char* const arginfo_htmlspecialchars[] = {"string", "flags", "encoding", "double_encode", nullptr};
const char* const arginfo_htmlspecialchars_decode[] = {"string", "flags", nullptr};
const char* const arginfo_html_entity_decode[] = {"string", "flags", "encoding", nullptr};
const char* const arginfo_strip_tags[] = {"string", "allowed_tags", nullptr};
const char* const arginfo_get_html_translation_table[] = {"table", "flags", "encoding", nullptr};

} // namespace

const zend_function_entry standard_html_functions[] = {
    PHP_FE(htmlspecialchars, arginfo_htmlspecialchars)
    PHP_FE(htmlspecialchars_decode, arginfo_htmlspecialchars_decode)
    PHP_FE(htmlentities, arginfo_htmlspecialchars)
    PHP_FE(html_entity_decode, arginfo_html_entity_decode)
    PHP_FE(strip_tags, arginfo_strip_tags)
    PHP_FE(get_html_translation_table, arginfo_get_html_translation_table)
    PHP_FE_END
};
