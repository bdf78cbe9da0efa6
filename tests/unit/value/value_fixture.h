// A test fixture that runs each test inside a fresh engine and request with the value subsystem
// started, and checks at the end that the test gave back every byte of request memory it took.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "engine/context.h"
#include "engine/memory/heap.h"
#include "engine/value/value.h"
#include "engine/value/value_state.h"

class ValueTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_context = miniphp::context_create();
        miniphp::set_current_context(m_context);
        miniphp::value_engine_startup();
        miniphp::value_engine_startup_done();
        miniphp::request_startup();
        miniphp::value_request_startup();
    }

    void TearDown() override
    {
        miniphp::value_request_shutdown();
        EXPECT_EQ(miniphp::memory::memory_usage(false), 0u) << "request memory left after the test";
        miniphp::request_shutdown();
        miniphp::value_engine_shutdown();
        miniphp::set_current_context(nullptr);
        miniphp::context_destroy(m_context);
    }

    // "k1=v1,k2=v2" for an array of longs/strings, in iteration order; string keys quoted.
    static std::string dump(const HashTable* ht)
    {
        std::string out;
        for (miniphp::HashEntry entry : miniphp::hash_entries(ht)) {
            if (!out.empty())
                out += ',';
            if (entry.key)
                out += '"' + std::string(ZSTR_VAL(entry.key), ZSTR_LEN(entry.key)) + '"';
            else
                out += std::to_string(static_cast<zend_long>(entry.h));
            out += '=';
            const zval* v = entry.value;
            if (Z_ISREF_P(v))
                v = Z_REFVAL_P(v);
            switch (Z_TYPE_P(v)) {
            case IS_LONG:
                out += std::to_string(Z_LVAL_P(v));
                break;
            case IS_STRING:
                out += std::string(Z_STRVAL_P(v), Z_STRLEN_P(v));
                break;
            case IS_NULL:
                out += "null";
                break;
            default:
                out += "?";
            }
        }
        return out;
    }

    static std::string keys(const HashTable* ht)
    {
        std::string out;
        for (miniphp::HashEntry entry : miniphp::hash_entries(ht)) {
            if (!out.empty())
                out += ',';
            if (entry.key)
                out += '"' + std::string(ZSTR_VAL(entry.key), ZSTR_LEN(entry.key)) + '"';
            else
                out += std::to_string(static_cast<zend_long>(entry.h));
        }
        return out;
    }

    static zval long_zval(zend_long l)
    {
        zval zv;
        ZVAL_LONG(&zv, l);
        return zv;
    }

    // $ht[key] = value with PHP's key rules, as the VM will do it.
    static void set(HashTable* ht, const std::string& key, zend_long value)
    {
        zval zv = long_zval(value);
        zend_symtable_str_update(ht, key.data(), key.size(), &zv);
    }
    static void set(HashTable* ht, zend_long key, zend_long value)
    {
        zval zv = long_zval(value);
        zend_hash_index_update(ht, static_cast<zend_ulong>(key), &zv);
    }
    static void append(HashTable* ht, zend_long value)
    {
        zval zv = long_zval(value);
        ASSERT_NE(zend_hash_next_index_insert(ht, &zv), nullptr);
    }
    static void release(HashTable* ht)
    {
        if (GC_DELREF(ht) == 0)
            zend_array_destroy(ht);
    }

private:
    miniphp::Context* m_context = nullptr;
};
