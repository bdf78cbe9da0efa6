// The compiler's public face: an AST (parser/ast.h) in, an op_array (op_array.h) out.
//
// `compile_script` compiles a script's main code and every function declared in it. As PHP does,
// the functions declared unconditionally at the top level are bound into the request's function table
// while compiling (so they can be called before their declaration, and a second declaration is a
// compile error); the others are bound by DECLARE_FUNCTION when execution reaches them.
//
// Must run inside a request with a bailout point: compile errors are E_COMPILE_ERROR, which bails out.
// Everything it allocates is request memory. The AST may be released once it returns.
//
// The opcode dump (`dump_op_array`, dump.cpp) prints one op_array per block, for tests and debugging:
//
//     function NAME (or {main}): N CVs, M TMPs
//       L0003 #0000 ASSIGN CV0($x) CONST(int 1)
//       L0004 #0001 ADD CV0($x) CONST(int 2) -> TMP0
//       L0004 #0002 JMPZ TMP0 -> #0005
//
// `Lnnnn` is the source line, `#nnnn` the opline number; operands are CVn($name), TMPn, VARn,
// CONST(type value) with strings quoted and escaped as in the AST dump, plain numbers as `n`, and jump
// targets as `-> #nnnn` (op2 jumps) or `=> #nnnn` (extended_value jumps); `-> X` after the operands
// is the result. `ext=N` shows a non-zero extended_value for the opcodes that use it.
#pragma once

#include <string>

#include "engine/compiler/op_array.h"
#include "parser/ast.h"

namespace miniphp {

// `eval_code`: eval()'d code, which returns null (a file returns 1 to its includer).
zend_op_array* compile_script(const Node* root, const char* file_name, bool eval_code = false);

// Appends the dump of `op_array` and then of each function declared in it.
void dump_op_array(const zend_op_array* op_array, std::string& out);

} // namespace miniphp

namespace miniphp {

// Releases an op_array compile_script made, with every function declared in it and their static
// variables. Only at the end of a request that did not bail out (after one, the heap is released
// wholesale). The function table must not be used afterwards.
void destroy_op_array(zend_op_array* op_array);

} // namespace miniphp
