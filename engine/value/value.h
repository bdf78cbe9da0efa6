// The value subsystem's extension-facing API in one include: zval and its macros, zend_string,
// HashTable and the zend_hash_* functions, references, resources, objects and the refcount operations.
//
// Ownership, everywhere in this API: arguments are borrowed, results are owned. A function that stores
// a zval you pass (zend_hash_update, ...) takes over the count you held; one that returns a zend_string*
// or HashTable* gives you a count that you must release.
#pragma once

#include "engine/value/hash_table.h"
#include "engine/value/object.h"
#include "engine/value/reference.h"
#include "engine/value/refcount.h"
#include "engine/value/resource.h"
#include "engine/value/zstring.h"
#include "engine/value/zval.h"
