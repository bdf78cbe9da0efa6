// The message texts the ini table raises, in one list, so they can be checked against PHP's. Each is a
// printf format; the comment names where PHP raises the same text.
#pragma once

namespace miniphp::ini::messages {

// Zend/zend.c, OnUpdateAssertions: ini_set("zend.assertions", ...) to or from -1 at run time.
inline constexpr const char kAssertionsOnlyInIni[] = "zend.assertions may be completely enabled or disabled only in php.ini";
// Zend/zend_ini.c (zend_ini_parse_quantity_warn): a malformed quantity; the second %s is the detail
// engine/memory's quantity parser writes ("Invalid quantity \"abc\": no valid leading digits, ...").
inline constexpr const char kInvalidSetting[] = "Invalid \"%s\" setting. %s";

}
