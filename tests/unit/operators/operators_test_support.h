// Shared pieces of the operator tests: a fixture (the value tests' fixture, which starts an engine and a
// request and checks that every byte of request memory was given back) that also records diagnostics;
// a reader for the PHP literals the expectation tables use; and a printer that prints a value exactly
// as generate_cases.php's render() does, so results compare as text with what PHP printed.
//
// Operators that throw bail out today (engine/operators/throw.h), so each operation runs inside its
// own try point (`guarded`), and a throw is recorded as "EXC Class: message", as the generator prints
// a caught Throwable. The frames between the try point and the operator hold no C++ object with a
// destructor (the bailout rule): the lambdas only touch zvals and the fixture's members.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/error/bailout.h"
#include "engine/error/error.h"
#include "engine/operators/operators.h"
#include "engine/operators/string_builder.h"
#include "tests/unit/value/value_fixture.h"

class OperatorsTest : public ValueTest {
protected:
    void SetUp() override
    {
        ValueTest::SetUp();
        m_previous_hook = miniphp::error::set_error_hook(&OperatorsTest::record, this);
        miniphp::current_context()->borrowed_current_file = "FILE";
        miniphp::current_context()->current_line = 3;
    }

    void TearDown() override
    {
        miniphp::error::set_error_hook(m_previous_hook, nullptr);
        miniphp::current_context()->borrowed_current_file = nullptr;
        miniphp::current_context()->current_line = 0;
        ValueTest::TearDown();
    }

    // Runs `operation` under a try point; true when it bailed out (a throw or another fatal error).
    template<typename Operation>
    bool guarded(Operation& operation)
    {
        volatile bool bailed = false;
        MINIPHP_TRY
        {
            operation();
        }
        MINIPHP_CATCH
        {
            bailed = true;
        }
        MINIPHP_END_TRY
        if (bailed) {
            miniphp::current_context()->request_failed = false;
            miniphp::current_context()->exit_status = 0;
        }
        return bailed;
    }

    // The diagnostics raised since the last call, each "W:message" (E_WARNING), "D:" (E_DEPRECATED),
    // "N:" (E_NOTICE), or "EXC Class: message" for a throw, tab-separated.
    std::string take_diagnostics(std::string* thrown = nullptr)
    {
        std::string out;
        for (const std::string& line : m_diagnostics) {
            if (line.rfind("EXC ", 0) == 0) {
                if (thrown)
                    *thrown = line;
                continue;
            }
            out += '\t';
            out += line;
        }
        m_diagnostics.clear();
        return out;
    }

    std::vector<std::string> m_diagnostics;
    std::string m_last_fatal; // the last E_ERROR text as raised, for tests of the exact format

private:
    static void record(void* user, int type, const char* message, const char*, uint32_t)
    {
        auto* self = static_cast<OperatorsTest*>(user);
        std::string text(message);
        switch (type) {
        case E_WARNING:
            self->m_diagnostics.push_back("W:" + text);
            break;
        case E_NOTICE:
            self->m_diagnostics.push_back("N:" + text);
            break;
        case E_DEPRECATED:
            self->m_diagnostics.push_back("D:" + text);
            break;
        case E_ERROR: {
            self->m_last_fatal = text;
            // "Uncaught TypeError: msg in FILE:3\nStack trace:..." -> "EXC TypeError: msg"
            std::string body = text.rfind("Uncaught ", 0) == 0 ? text.substr(9) : text;
            size_t trace = body.find(" in FILE:3\nStack trace:");
            if (trace != std::string::npos)
                body = body.substr(0, trace);
            self->m_diagnostics.push_back("EXC " + body);
            break;
        }
        default:
            self->m_diagnostics.push_back("E" + std::to_string(type) + ":" + text);
        }
    }

    miniphp::ErrorHook m_previous_hook = nullptr;
};

// --- PHP literals ------------------------------------------------------------------------------------

// Reads one literal of the tables' small PHP subset: null, true, false, INF, NAN, PHP_INT_MAX,
// PHP_INT_MIN, integers, floats, '...' and "..." strings (with \t \n \v \f \\ \" \xHH), and arrays
// [a, b] / ['k' => v]. The zval it fills is owned by the caller.
class LiteralReader {
public:
    explicit LiteralReader(const std::string& text)
        : m_text(text)
    {
    }

    void read(zval* out)
    {
        skip_spaces();
        char c = peek();
        if (c == '[') {
            ++m_pos;
            HashTable* ht = zend_new_array(0);
            skip_spaces();
            while (peek() != ']') {
                zval first;
                read(&first);
                skip_spaces();
                if (m_text.compare(m_pos, 2, "=>") == 0) {
                    m_pos += 2;
                    zval value;
                    read(&value);
                    if (Z_TYPE(first) == IS_LONG) {
                        zend_hash_index_update(ht, static_cast<zend_ulong>(Z_LVAL(first)), &value);
                    } else {
                        zend_symtable_update(ht, Z_STR(first), &value);
                        zval_ptr_dtor(&first);
                    }
                } else {
                    zend_hash_next_index_insert(ht, &first);
                }
                skip_spaces();
                if (peek() == ',')
                    ++m_pos;
                skip_spaces();
            }
            ++m_pos;
            ZVAL_ARR(out, ht);
            return;
        }
        if (c == '\'' || c == '"') {
            ++m_pos;
            std::string bytes;
            while (m_pos < m_text.size() && m_text[m_pos] != c) {
                char ch = m_text[m_pos++];
                if (ch == '\\' && m_pos < m_text.size()) {
                    char next = m_text[m_pos];
                    if (c == '\'') {
                        if (next == '\\' || next == '\'') {
                            bytes += next;
                            ++m_pos;
                        } else {
                            bytes += ch;
                        }
                        continue;
                    }
                    ++m_pos;
                    if (next == 't')
                        bytes += '\t';
                    else if (next == 'v')
                        bytes += '\v';
                    else if (next == 'f')
                        bytes += '\f';
                    else if (next == 'n')
                        bytes += '\n';
                    else if (next == 'x') {
                        bytes += static_cast<char>(std::strtol(m_text.substr(m_pos, 2).c_str(), nullptr, 16));
                        m_pos += 2;
                    } else
                        bytes += next;
                    continue;
                }
                bytes += ch;
            }
            ++m_pos;
            ZVAL_STRINGL(out, bytes.data(), bytes.size());
            return;
        }
        size_t start = m_pos;
        while (m_pos < m_text.size() && (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '_'
                                         || m_text[m_pos] == '.' || m_text[m_pos] == '-' || m_text[m_pos] == '+'))
            ++m_pos;
        std::string word = m_text.substr(start, m_pos - start);
        if (word == "null")
            ZVAL_NULL(out);
        else if (word == "true")
            ZVAL_TRUE(out);
        else if (word == "false")
            ZVAL_FALSE(out);
        else if (word == "INF")
            ZVAL_DOUBLE(out, INFINITY);
        else if (word == "NAN")
            ZVAL_DOUBLE(out, NAN);
        else if (word == "PHP_INT_MAX")
            ZVAL_LONG(out, ZEND_LONG_MAX);
        else if (word == "PHP_INT_MIN")
            ZVAL_LONG(out, ZEND_LONG_MIN);
        else if (word.find_first_of(".eE") != std::string::npos)
            ZVAL_DOUBLE(out, std::strtod(word.c_str(), nullptr));
        else
            ZVAL_LONG(out, std::strtoll(word.c_str(), nullptr, 10));
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void skip_spaces()
    {
        while (m_pos < m_text.size() && m_text[m_pos] == ' ')
            ++m_pos;
    }

    std::string m_text;
    size_t m_pos = 0;
};

inline void read_literal(const std::string& text, zval* out) { LiteralReader(text).read(out); }

// --- printing ----------------------------------------------------------------------------------------

inline std::string escape_bytes(const char* bytes, size_t length)
{
    std::string out;
    for (size_t i = 0; i < length; ++i) {
        unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 || c >= 0x7f || c == '\\' || c == '"') {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            out += hex;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

inline std::string float_text(double d)
{
    char buffer[MINIPHP_DOUBLE_MAX_LENGTH];
    size_t length = miniphp::format_double_g(buffer, d, -1);
    return std::string(buffer, length);
}

inline std::string render(const zval* v)
{
    if (Z_ISREF_P(v))
        v = Z_REFVAL_P(v);
    switch (Z_TYPE_P(v)) {
    case IS_NULL:
        return "NULL";
    case IS_FALSE:
        return "bool(false)";
    case IS_TRUE:
        return "bool(true)";
    case IS_LONG:
        return "int(" + std::to_string(Z_LVAL_P(v)) + ")";
    case IS_DOUBLE:
        return "float(" + float_text(Z_DVAL_P(v)) + ")";
    case IS_STRING:
        return "string(" + std::to_string(Z_STRLEN_P(v)) + ") \"" + escape_bytes(Z_STRVAL_P(v), Z_STRLEN_P(v)) + "\"";
    case IS_ARRAY: {
        std::string out = "array(";
        bool first = true;
        for (miniphp::HashEntry entry : miniphp::hash_entries(Z_ARRVAL_P(v))) {
            if (!first)
                out += ',';
            first = false;
            if (entry.key)
                out += "\"" + escape_bytes(ZSTR_VAL(entry.key), ZSTR_LEN(entry.key)) + "\"";
            else
                out += std::to_string(static_cast<zend_long>(entry.h));
            out += "=>" + render(entry.value);
        }
        return out + ")";
    }
    case IS_UNDEF:
        return "UNDEF";
    default:
        return "object";
    }
}

// --- tables ------------------------------------------------------------------------------------------

inline std::vector<std::vector<std::string>> read_table(const std::string& name)
{
    std::vector<std::vector<std::string>> rows;
    std::ifstream file(std::string(MINIPHP_OPERATORS_DATA_DIR) + "/" + name + ".tsv");
    EXPECT_TRUE(file.good()) << "missing table " << name;
    std::string line;
    while (std::getline(file, line)) {
        if (line.empty())
            continue;
        std::vector<std::string> fields;
        std::stringstream stream(line);
        std::string field;
        while (std::getline(stream, field, '\t'))
            fields.push_back(field);
        rows.push_back(fields);
    }
    return rows;
}

// The fields from `first` on, joined with tabs (the expected result and diagnostics).
inline std::string join_from(const std::vector<std::string>& fields, size_t first)
{
    std::string out;
    for (size_t i = first; i < fields.size(); ++i) {
        if (i > first)
            out += '\t';
        out += fields[i];
    }
    return out;
}
