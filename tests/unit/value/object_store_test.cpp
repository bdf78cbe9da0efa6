// The object store: handles given out, reused through the free list, growth of the store, the
// destructor/free sequence, resurrection, and request-end destruction.
#include "value_fixture.h"

#include <vector>

namespace {

std::vector<std::string> g_events;

void logging_dtor(zend_object* object) { g_events.push_back("dtor " + std::to_string(object->handle)); }

void logging_free(zend_object* object)
{
    g_events.push_back("free " + std::to_string(object->handle));
    zend_object_std_dtor(object);
}

const zend_object_handlers g_logging_handlers = {
    .offset = 0,
    .free_obj = logging_free,
    .dtor_obj = logging_dtor,
};

zend_object* new_logged_object(uint32_t slots = 0)
{
    zend_object* object = zend_objects_new(nullptr, slots);
    object->handlers = &g_logging_handlers;
    return object;
}

// An extension's object: native data first, the header last, found through `offset`.
struct Wrapped {
    int native_data;
    zend_object std;
};

void wrapped_free(zend_object* object) { zend_object_std_dtor(object); }

const zend_object_handlers g_wrapped_handlers = {
    .offset = static_cast<int>(offsetof(Wrapped, std)),
    .free_obj = wrapped_free,
    .dtor_obj = nullptr,
};

} // namespace

TEST_F(ValueTest, HandlesStartAtOneAndAreReused)
{
    zend_object* a = zend_objects_new(nullptr);
    zend_object* b = zend_objects_new(nullptr);
    EXPECT_EQ(a->handle, 1u);
    EXPECT_EQ(b->handle, 2u);
    EXPECT_EQ(zend_objects_store_get(1), a);
    zval zv;
    ZVAL_OBJ(&zv, a);
    EXPECT_EQ(Z_OBJ_HANDLE(zv), 1u);
    zval_ptr_dtor(&zv);
    EXPECT_EQ(zend_objects_store_get(1), nullptr);
    zend_object* c = zend_objects_new(nullptr);
    EXPECT_EQ(c->handle, 1u) << "freed handles are reused";
    ZVAL_OBJ(&zv, b);
    zval_ptr_dtor(&zv);
    ZVAL_OBJ(&zv, c);
    zval_ptr_dtor(&zv);
}

TEST_F(ValueTest, StoreGrows)
{
    std::vector<zval> objects(5000);
    for (zval& zv : objects)
        ZVAL_OBJ(&zv, zend_objects_new(nullptr));
    EXPECT_EQ(Z_OBJ(objects.back())->handle, 5000u);
    EXPECT_GE(miniphp::value_request()->objects.size, 5001u);
    for (zval& zv : objects)
        zval_ptr_dtor(&zv);
}

TEST_F(ValueTest, DestructorThenFreeOnLastRelease)
{
    g_events.clear();
    zval zv;
    ZVAL_OBJ(&zv, new_logged_object());
    zval copy;
    ZVAL_COPY(&copy, &zv);
    zval_ptr_dtor(&zv);
    EXPECT_TRUE(g_events.empty());
    zval_ptr_dtor(&copy);
    const std::vector<std::string> expected { "dtor 1", "free 1" };
    EXPECT_EQ(g_events, expected);
}

namespace {
zval g_saved;
void resurrecting_dtor(zend_object* object) { ZVAL_OBJ_COPY(&g_saved, object); }
const zend_object_handlers g_resurrecting_handlers = {
    .offset = 0,
    .free_obj = zend_object_std_dtor,
    .dtor_obj = resurrecting_dtor,
};
} // namespace

TEST_F(ValueTest, DestructorMayResurrectAndRunsOnlyOnce)
{
    zend_object* object = zend_objects_new(nullptr);
    object->handlers = &g_resurrecting_handlers;
    zval zv;
    ZVAL_OBJ(&zv, object);
    zval_ptr_dtor(&zv);
    ASSERT_EQ(Z_TYPE(g_saved), IS_OBJECT);
    EXPECT_EQ(Z_OBJ(g_saved), object) << "the destructor stored $this: the object lives on";
    EXPECT_EQ(GC_REFCOUNT(object), 1u);
    EXPECT_EQ(zend_objects_store_get(object->handle), object);
    zval_ptr_dtor(&g_saved); // now it goes, without a second destructor call
    EXPECT_EQ(zend_objects_store_get(1), nullptr);
}

TEST_F(ValueTest, PropertiesAreReleasedWithTheObject)
{
    zend_object* object = zend_objects_new(nullptr, 3);
    ZVAL_STRING(&object->properties_table[0], "declared");
    ZVAL_LONG(&object->properties_table[1], 5);
    object->properties = zend_new_array(0);
    zval inner;
    ZVAL_OBJ(&inner, zend_objects_new(nullptr));
    zend_hash_str_update(object->properties, "child", 5, &inner);
    zval zv;
    ZVAL_OBJ(&zv, object);
    zval_ptr_dtor(&zv); // frees the child too; the fixture checks no memory is left
    EXPECT_EQ(zend_objects_store_get(2), nullptr);
}

TEST_F(ValueTest, ExtensionObjectsWithOffset)
{
    auto* wrapped = static_cast<Wrapped*>(emalloc(sizeof(Wrapped)));
    wrapped->native_data = 7;
    zend_object_std_init(&wrapped->std, nullptr);
    wrapped->std.handlers = &g_wrapped_handlers;
    zval zv;
    ZVAL_OBJ(&zv, &wrapped->std);
    auto* back = reinterpret_cast<Wrapped*>(reinterpret_cast<char*>(Z_OBJ(zv)) - Z_OBJ_HT(zv)->offset);
    EXPECT_EQ(back->native_data, 7);
    zval_ptr_dtor(&zv); // frees the whole Wrapped block
}

TEST(Objects, RequestEndRunsDestructorsThenFreesEvenCycles)
{
    g_events.clear();
    miniphp::Context* context = miniphp::context_create();
    miniphp::set_current_context(context);
    miniphp::value_engine_startup();
    miniphp::value_engine_startup_done();
    miniphp::request_startup();
    miniphp::value_request_startup();
    // Two objects pointing at each other, plus one leaked outright.
    zend_object* a = new_logged_object();
    zend_object* b = new_logged_object();
    a->properties = zend_new_array(0);
    b->properties = zend_new_array(0);
    zval to_b;
    ZVAL_OBJ(&to_b, b);
    zend_hash_str_update(a->properties, "b", 1, &to_b);
    zval to_a;
    ZVAL_OBJ_COPY(&to_a, a);
    zend_hash_str_update(b->properties, "a", 1, &to_a);
    GC_DELREF(a); // the script's variable went away: only the cycle holds them
    new_logged_object();
    miniphp::value_request_shutdown();
    EXPECT_EQ(miniphp::memory::memory_usage(false), 0u);
    miniphp::request_shutdown();
    miniphp::value_engine_shutdown();
    miniphp::set_current_context(nullptr);
    miniphp::context_destroy(context);
    ASSERT_GE(g_events.size(), 6u);
    EXPECT_EQ(g_events[0], "dtor 1");
    EXPECT_EQ(g_events[1], "dtor 2");
    EXPECT_EQ(g_events[2], "dtor 3");
    EXPECT_EQ(std::count(g_events.begin(), g_events.end(), std::string("free 1")), 1);
    EXPECT_EQ(std::count(g_events.begin(), g_events.end(), std::string("free 2")), 1);
    EXPECT_EQ(std::count(g_events.begin(), g_events.end(), std::string("free 3")), 1);
}
