// The request heap against glibc's malloc, on the patterns an interpreter produces:
//   - SmallMixed: batches of small blocks of mixed sizes (8 to 512 bytes), allocated then freed;
//   - AllocFree: one small block allocated and freed at once (the temporary-value pattern), also with
//     efree_size;
//   - Churn: a request's life: allocate many blocks of mixed sizes (a few large ones), free most of
//     them in random order, then end the request (for malloc: free the rest);
//   - EmptyRequest: request start plus request end with nothing allocated.
// Each pair of benchmarks does the same work; compare items_per_second. Run a Release build.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <vector>

#include "engine/context.h"
#include "engine/memory/heap.h"

namespace {

using namespace miniphp;

std::vector<size_t> mixed_sizes(size_t count, size_t max_size, uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::vector<size_t> sizes(count);
    for (size_t& size : sizes) {
        // Interpreters mostly allocate tiny blocks: skew towards the small end.
        size_t roll = random() % 100;
        size = roll < 60 ? 8 + random() % 56 : roll < 90 ? 64 + random() % 192 : 256 + random() % (max_size - 255);
    }
    return sizes;
}

constexpr size_t kBatch = 1024;

void BM_SmallMixed_emalloc(benchmark::State& state)
{
    ScopedRequest request("bench.php");
    auto sizes = mixed_sizes(kBatch, 512, 1);
    std::vector<void*> blocks(kBatch);
    for (auto _ : state) {
        for (size_t index = 0; index < kBatch; ++index)
            blocks[index] = emalloc(sizes[index]);
        benchmark::DoNotOptimize(blocks.data());
        for (size_t index = 0; index < kBatch; ++index)
            efree(blocks[index]);
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kBatch));
}
BENCHMARK(BM_SmallMixed_emalloc);

void BM_SmallMixed_malloc(benchmark::State& state)
{
    auto sizes = mixed_sizes(kBatch, 512, 1);
    std::vector<void*> blocks(kBatch);
    for (auto _ : state) {
        for (size_t index = 0; index < kBatch; ++index)
            blocks[index] = std::malloc(sizes[index]);
        benchmark::DoNotOptimize(blocks.data());
        for (size_t index = 0; index < kBatch; ++index)
            std::free(blocks[index]);
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kBatch));
}
BENCHMARK(BM_SmallMixed_malloc);

void BM_AllocFree_emalloc(benchmark::State& state)
{
    ScopedRequest request("bench.php");
    auto sizes = mixed_sizes(kBatch, 512, 2);
    size_t index = 0;
    for (auto _ : state) {
        void* block = emalloc(sizes[index]);
        benchmark::DoNotOptimize(block);
        efree(block);
        index = (index + 1) & (kBatch - 1);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_AllocFree_emalloc);

// The same with efree_size, as value code that knows its sizes (strings, arrays) frees.
void BM_AllocFreeSized_emalloc(benchmark::State& state)
{
    ScopedRequest request("bench.php");
    auto sizes = mixed_sizes(kBatch, 512, 2);
    size_t index = 0;
    for (auto _ : state) {
        void* block = emalloc(sizes[index]);
        benchmark::DoNotOptimize(block);
        efree_size(block, sizes[index]);
        index = (index + 1) & (kBatch - 1);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_AllocFreeSized_emalloc);

void BM_AllocFree_malloc(benchmark::State& state)
{
    auto sizes = mixed_sizes(kBatch, 512, 2);
    size_t index = 0;
    for (auto _ : state) {
        void* block = std::malloc(sizes[index]);
        benchmark::DoNotOptimize(block);
        std::free(block);
        index = (index + 1) & (kBatch - 1);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_AllocFree_malloc);

// The churn pattern: 20,000 blocks, 1% of them large (4 KiB to 64 KiB), 80% freed in random order.
struct ChurnPlan {
    std::vector<size_t> sizes;
    std::vector<uint32_t> free_order;
};

ChurnPlan make_churn_plan()
{
    constexpr size_t kBlocks = 20000;
    ChurnPlan plan;
    std::mt19937_64 random(3);
    plan.sizes = mixed_sizes(kBlocks, 1024, 3);
    for (size_t index = 0; index < kBlocks; index += 100)
        plan.sizes[index] = 4096 + random() % 60000;
    for (uint32_t index = 0; index < kBlocks; ++index)
        plan.free_order.push_back(index);
    std::shuffle(plan.free_order.begin(), plan.free_order.end(), random);
    plan.free_order.resize(kBlocks * 8 / 10);
    return plan;
}

void BM_Churn_emalloc(benchmark::State& state)
{
    Context* context = context_create();
    Context* previous = current_context();
    set_current_context(context);
    ChurnPlan plan = make_churn_plan();
    std::vector<void*> blocks(plan.sizes.size());
    for (auto _ : state) {
        request_startup("bench.php");
        for (size_t index = 0; index < plan.sizes.size(); ++index)
            blocks[index] = emalloc(plan.sizes[index]);
        for (uint32_t index : plan.free_order)
            efree(blocks[index]);
        benchmark::DoNotOptimize(blocks.data());
        context->request_failed = true; // the rest is left to request end, silently
        request_shutdown();
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * plan.sizes.size()));
    set_current_context(previous);
    context_destroy(context);
}
BENCHMARK(BM_Churn_emalloc);

void BM_Churn_malloc(benchmark::State& state)
{
    ChurnPlan plan = make_churn_plan();
    std::vector<void*> blocks(plan.sizes.size());
    std::vector<bool> freed(plan.sizes.size());
    for (auto _ : state) {
        for (size_t index = 0; index < plan.sizes.size(); ++index)
            blocks[index] = std::malloc(plan.sizes[index]);
        for (uint32_t index : plan.free_order) {
            std::free(blocks[index]);
            blocks[index] = nullptr;
        }
        benchmark::DoNotOptimize(blocks.data());
        for (void* block : blocks)
            std::free(block); // what request end does for malloc's blocks
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * plan.sizes.size()));
}
BENCHMARK(BM_Churn_malloc);

void BM_EmptyRequest(benchmark::State& state)
{
    Context* context = context_create();
    Context* previous = current_context();
    set_current_context(context);
    for (auto _ : state) {
        request_startup("bench.php");
        request_shutdown();
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
    set_current_context(previous);
    context_destroy(context);
}
BENCHMARK(BM_EmptyRequest);

// A request that touched a little memory: the common case of a tiny script.
void BM_SmallRequest(benchmark::State& state)
{
    Context* context = context_create();
    Context* previous = current_context();
    set_current_context(context);
    for (auto _ : state) {
        request_startup("bench.php");
        for (int index = 0; index < 100; ++index)
            benchmark::DoNotOptimize(emalloc(static_cast<size_t>(16 + index * 8)));
        context->request_failed = true;
        request_shutdown();
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
    set_current_context(previous);
    context_destroy(context);
}
BENCHMARK(BM_SmallRequest);

}

BENCHMARK_MAIN();
