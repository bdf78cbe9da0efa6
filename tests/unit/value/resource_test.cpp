// Resources: type registration, registration and fetching, destruction at the last release, early
// close, request-end destruction (newest first) and persistent resources.
#include "value_fixture.h"

#include <vector>

namespace {

std::vector<std::string> g_log;

struct File {
    std::string name;
};

void file_dtor(zend_resource* res)
{
    auto* file = static_cast<File*>(res->ptr);
    g_log.push_back("close " + file->name);
    delete file;
}

void persistent_file_dtor(zend_resource* res)
{
    auto* file = static_cast<File*>(res->ptr);
    g_log.push_back("pclose " + file->name);
    delete file;
}

} // namespace

TEST_F(ValueTest, ResourceLifecycle)
{
    g_log.clear();
    const int le_file = zend_register_list_destructors_ex(file_dtor, nullptr, "test file", 0);
    const int le_other = zend_register_list_destructors_ex(nullptr, nullptr, "other", 0);
    EXPECT_GE(le_file, 1);
    EXPECT_NE(le_file, le_other);
    EXPECT_EQ(zend_fetch_list_dtor_id("test file"), le_file);
    EXPECT_EQ(zend_fetch_list_dtor_id("missing"), 0);

    zval zv;
    ZVAL_RES(&zv, zend_register_resource(new File { "a" }, le_file));
    EXPECT_EQ(Z_TYPE(zv), IS_RESOURCE);
    EXPECT_GE(Z_RES_HANDLE(zv), 1);
    EXPECT_STREQ(zend_rsrc_list_get_rsrc_type(Z_RES(zv)), "test file");
    auto* file = static_cast<File*>(zend_fetch_resource(Z_RES(zv), "test file", le_file));
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(file->name, "a");
    EXPECT_EQ(zend_fetch_resource(Z_RES(zv), "other", le_other), nullptr) << "wrong type";
    EXPECT_NE(zend_fetch_resource2(Z_RES(zv), "either", le_other, le_file), nullptr);
    EXPECT_NE(zend_fetch_resource_ex(&zv, "test file", le_file), nullptr);

    zval copy;
    ZVAL_COPY(&copy, &zv);
    zval_ptr_dtor(&zv);
    EXPECT_TRUE(g_log.empty()) << "still referenced";
    zval_ptr_dtor(&copy);
    ASSERT_EQ(g_log.size(), 1u) << "the last release runs the destructor at once";
    EXPECT_EQ(g_log[0], "close a");
    EXPECT_EQ(zend_hash_num_elements(&miniphp::value_request()->regular_list), 0u);
}

TEST_F(ValueTest, HandlesCountUp)
{
    const int le = zend_register_list_destructors_ex(nullptr, nullptr, "plain", 0);
    zend_resource* a = zend_register_resource(nullptr, le);
    zend_resource* b = zend_register_resource(nullptr, le);
    EXPECT_EQ(b->handle, a->handle + 1);
    zend_list_delete(a);
    zend_resource* c = zend_register_resource(nullptr, le);
    EXPECT_EQ(c->handle, b->handle + 1) << "handles are not reused";
    zend_list_delete(b);
    zend_list_delete(c);
}

TEST_F(ValueTest, CloseRunsTheDestructorEarly)
{
    g_log.clear();
    const int le_file = zend_register_list_destructors_ex(file_dtor, nullptr, "test file", 0);
    zval zv;
    ZVAL_RES(&zv, zend_register_resource(new File { "b" }, le_file));
    zend_list_close(Z_RES(zv)); // fclose($f)
    ASSERT_EQ(g_log.size(), 1u);
    EXPECT_EQ(Z_RES_TYPE(zv), -1);
    EXPECT_EQ(zend_fetch_resource(Z_RES(zv), "test file", le_file), nullptr) << "a closed resource fails fetches";
    EXPECT_EQ(zend_rsrc_list_get_rsrc_type(Z_RES(zv)), nullptr);
    zend_list_close(Z_RES(zv)); // twice is harmless
    zval_ptr_dtor(&zv);
    EXPECT_EQ(g_log.size(), 1u) << "the destructor ran once";
}

TEST(Resources, RemainingResourcesDieAtRequestEndNewestFirst)
{
    g_log.clear();
    miniphp::Context* context = miniphp::context_create();
    miniphp::set_current_context(context);
    miniphp::value_engine_startup();
    const int le_file = zend_register_list_destructors_ex(file_dtor, persistent_file_dtor, "test file", 0);
    miniphp::value_engine_startup_done();
    for (int request = 0; request < 2; ++request) {
        miniphp::request_startup();
        miniphp::value_request_startup();
        zend_register_resource(new File { "first" }, le_file); // leaked by "the script"
        zend_register_resource(new File { "second" }, le_file);
        if (request == 0)
            zend_register_persistent_resource("conn", 4, new File { "persistent" }, le_file);
        else
            EXPECT_NE(zend_find_persistent_resource("conn", 4), nullptr) << "persistent resources outlive requests";
        miniphp::value_request_shutdown();
        EXPECT_EQ(miniphp::memory::memory_usage(false), 0u);
        miniphp::request_shutdown();
    }
    miniphp::value_engine_shutdown();
    miniphp::set_current_context(nullptr);
    miniphp::context_destroy(context);
    const std::vector<std::string> expected { "close second", "close first", "close second", "close first",
                                              "pclose persistent" };
    EXPECT_EQ(g_log, expected);
}

TEST_F(ValueTest, CleaningAModulesTypes)
{
    const int le = zend_register_list_destructors_ex(nullptr, nullptr, "module type", 42);
    EXPECT_EQ(zend_fetch_list_dtor_id("module type"), le);
    zend_clean_module_rsrc_dtors(42);
    EXPECT_EQ(zend_fetch_list_dtor_id("module type"), 0);
}

TEST(Resources, ALeakedObjectHoldingAResourceAtRequestEnd)
{
    g_log.clear();
    miniphp::Context* context = miniphp::context_create();
    miniphp::set_current_context(context);
    miniphp::value_engine_startup();
    const int le_file = zend_register_list_destructors_ex(file_dtor, nullptr, "test file", 0);
    miniphp::value_engine_startup_done();
    miniphp::request_startup();
    miniphp::value_request_startup();
    zend_object* holder = zend_objects_new(nullptr, 1); // never released by "the script"
    ZVAL_RES(&holder->properties_table[0], zend_register_resource(new File { "held" }, le_file));
    miniphp::value_request_shutdown(); // closes the file, then frees the object (dropping the resource)
    EXPECT_EQ(miniphp::memory::memory_usage(false), 0u);
    miniphp::request_shutdown();
    miniphp::value_engine_shutdown();
    miniphp::set_current_context(nullptr);
    miniphp::context_destroy(context);
    const std::vector<std::string> expected { "close held" };
    EXPECT_EQ(g_log, expected);
}
