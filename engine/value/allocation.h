// Where value memory comes from: the request heap (`emalloc` family) and, for what must outlive a
// request, `pemalloc(size, 1)` (engine/memory/heap.h). The value code includes this header rather than
// the heap's so that the dependency is named in one place.
#pragma once

#include "engine/memory/heap.h"
