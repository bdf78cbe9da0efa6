// Every allocation the value code makes can fail with the memory-limit fatal error, which bails out
// to the request's try point. Whichever allocation fails, the process must not crash, request end must
// still close native resources, and the next request must start clean.
#include "value_fixture.h"

#include "engine/error/bailout.h"
#include "engine/error/error.h"

namespace {

int g_closed;

void counting_dtor(zend_resource*) { ++g_closed; }

void silent_hook(void*, int, const char*, const char*, uint32_t) { }

// Array, string, object, reference and resource work of a small script.
void script_work(int le)
{
    zval array;
    ZVAL_ARR(&array, zend_new_array(0));
    for (int i = 0; i < 60; ++i) {
        char key[16];
        const int len = std::snprintf(key, sizeof(key), "k%d", i);
        zval value;
        if (i % 3 == 0) {
            ZVAL_STRINGL(&value, key, static_cast<size_t>(len));
        } else if (i % 3 == 1) {
            ZVAL_ARR(&value, zend_new_array(0));
            zval inner;
            ZVAL_LONG(&inner, i);
            zend_hash_next_index_insert(Z_ARR(value), &inner);
        } else {
            ZVAL_OBJ(&value, zend_objects_new(nullptr));
        }
        zend_symtable_str_update(Z_ARR(array), key, static_cast<size_t>(len), &value);
        zval appended;
        ZVAL_LONG(&appended, i);
        zend_hash_next_index_insert(Z_ARR(array), &appended);
    }
    zval copy;
    ZVAL_COPY(&copy, &array);
    SEPARATE_ARRAY(&copy);
    zval res;
    ZVAL_RES(&res, zend_register_resource(nullptr, le));
    zend_hash_str_update(Z_ARR(copy), "res", 3, &res);
    ZVAL_MAKE_REF(&copy);
    zend_string* interned = zend_string_init_interned("interned-name", 13, false);
    (void)interned;
    zval_ptr_dtor(&copy);
    zval_ptr_dtor(&array);
}

} // namespace

TEST(ValueAllocationFailure, EveryFailureIsAFatalNotACrash)
{
    if (!MINIPHP_HEAP_DEBUG)
        GTEST_SKIP() << "failing the Nth allocation needs a debug heap (MINIPHP_LEAK_REPORT)";
    int completed_at = -1;
    for (int n = 1; n < 2000 && completed_at < 0; ++n) {
        miniphp::Context* context = miniphp::context_create();
        miniphp::set_current_context(context);
        miniphp::error::set_error_hook(silent_hook, nullptr);
        miniphp::value_engine_startup();
        g_closed = 0;
        const int le = zend_register_list_destructors_ex(counting_dtor, nullptr, "counted", 0);
        miniphp::value_engine_startup_done();
        miniphp::request_startup();
        miniphp::value_request_startup();
        volatile bool failed = false;
        MINIPHP_TRY {
            miniphp::memory::fail_allocation_after(static_cast<uint64_t>(n));
            script_work(le);
            miniphp::memory::fail_allocation_after(0);
        } MINIPHP_CATCH {
            failed = true;
        } MINIPHP_END_TRY
        miniphp::memory::fail_allocation_after(0);
        EXPECT_EQ(failed, context->request_failed) << "allocation " << n;
        miniphp::value_request_shutdown();
        EXPECT_LE(g_closed, 1);
        miniphp::request_shutdown();
        miniphp::value_engine_shutdown();
        miniphp::set_current_context(nullptr);
        miniphp::context_destroy(context);
        if (!failed)
            completed_at = n;
    }
    std::printf("script completed once allocation %d was allowed to succeed\n", completed_at);
    EXPECT_GT(completed_at, 100) << "the script allocates more than 100 times, each failure was survived";
}
