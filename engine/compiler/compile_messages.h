// Every message the compiler and the VM raise, in one table, each a printf format with the place in
// php-src that raises the same text. Texts marked "miniphp" are our own: constructs this slice of the
// compiler does not handle yet, reported as a compile error instead of being run wrongly.
#pragma once

#include <cinttypes>

namespace miniphp::compiler::messages {

// --- compile time (E_COMPILE_ERROR unless noted) ---------------------------------------------------
// Zend/zend_compile.c, zend_compile_break_continue.
inline constexpr const char kNotInLoop[] = "'%s' not in the 'loop' or 'switch' context";
inline constexpr const char kBreakLevels[] = "Cannot '%s' %d level%s";
inline constexpr const char kBreakPositive[] = "'%s' operator accepts only positive integers";
inline constexpr const char kBreakIntegerOperand[] = "'%s' operator with non-integer operand is no longer supported";
// E_COMPILE_WARNING, zend_compile_break_continue.
// E_WARNING (sic), zend_compile_break_continue.
inline constexpr const char kContinueTargetingSwitch[] = "\"continue\" targeting switch is equivalent to \"break\"";
inline constexpr const char kContinueTargetingSwitchInLoop[] =
    "\"continue\" targeting switch is equivalent to \"break\". Did you mean to use \"continue %d\"?";
inline constexpr const char kContinueNTargetingSwitch[] = "\"continue %d\" targeting switch is equivalent to \"break %d\"";
inline constexpr const char kContinueNTargetingSwitchInLoop[] =
    "\"continue %d\" targeting switch is equivalent to \"break %d\". Did you mean to use \"continue %d\"?";
// Zend/zend_compile.c, do_bind_function / zend_begin_func_decl.
inline constexpr const char kCannotRedeclare[] = "Cannot redeclare %s() (previously declared in %s:%u)";
inline constexpr const char kCannotRedeclareInternal[] = "Cannot redeclare %s()";
// Zend/zend_compile.c, zend_compile_params / zend_compile_static_var / zend_compile_global_var.
inline constexpr const char kRedefinitionOfParameter[] = "Redefinition of parameter $%s";
inline constexpr const char kCannotReassignThis[] = "Cannot re-assign $this";
inline constexpr const char kCannotUseThisAsParameter[] = "Cannot use $this as parameter";
inline constexpr const char kCannotUseTempInWrite[] = "Cannot use temporary expression in write context";
inline constexpr const char kCannotUseEmptyForReading[] = "Cannot use [] for reading";
inline constexpr const char kCannotUseIssetOnExpression[] =
    "Cannot use isset() on the result of an expression (you can use \"null !== expression\" instead)";
inline constexpr const char kMatchMultipleDefault[] = "Match expressions may only contain one default arm";
inline constexpr const char kSwitchMultipleDefault[] = "Switch statements may only contain one default clause";
inline constexpr const char kEmptyList[] = "Cannot use empty list";
inline constexpr const char kEmptyArrayElement[] = "Cannot use empty array elements in arrays";
inline constexpr const char kEmptyKeyedListEntry[] = "Cannot use empty array entries in keyed array assignment";
inline constexpr const char kCurlyOffset[] = "Array and string offset access syntax with curly braces is no longer supported";
// E_DEPRECATED, zend_compile_params.
inline constexpr const char kOptionalBeforeRequired[] =
    "Optional parameter $%s declared before required parameter $%s is implicitly treated as a required parameter";
// zend_compile_conditional: PHP 8 rejects nested ternaries without parentheses.
inline constexpr const char kNestedTernary1[] =
    "Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)`";
inline constexpr const char kNestedTernary2[] =
    "Unparenthesized `a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)`";
inline constexpr const char kNestedTernary3[] =
    "Unparenthesized `a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or `a ?: (b ? c : d)`";
inline constexpr const char kMixedKeyedList[] = "Cannot mix keyed and unkeyed array entries in assignments";
inline constexpr const char kVariadicLast[] = "Only the last parameter can be variadic";
// E_DEPRECATED, zend_compile_encaps_list (PHP 8.2).
inline constexpr const char kDollarCurlyVar[] = "Using ${var} in strings is deprecated, use {$var} instead";
inline constexpr const char kDollarCurlyExpression[] =
    "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead";
// miniphp: a construct this slice of the compiler does not compile yet.
inline constexpr const char kNotSupported[] = "miniphp: %s is not supported yet";

// --- run time ---------------------------------------------------------------------------------------
// Zend/zend_execute.c, E_WARNING.
inline constexpr const char kUndefinedVariable[] = "Undefined variable $%s";
inline constexpr const char kUndefinedArrayKeyInt[] = "Undefined array key %" PRId64;
inline constexpr const char kUndefinedArrayKeyString[] = "Undefined array key \"%s\"";
inline constexpr const char kArrayOffsetOnType[] = "Trying to access array offset on value of type %s";
inline constexpr const char kUninitializedStringOffset[] = "Uninitialized string offset %" PRId64;
inline constexpr const char kForeachArgument[] = "foreach() argument must be of type array|object, %s given";
inline constexpr const char kCannotAddElement[] = "Cannot add element to the array as the next element is already occupied";
// Zend/zend_execute.c, E_DEPRECATED.
inline constexpr const char kFalseToArray[] = "Automatic conversion of false to array is deprecated";
// Zend/zend_execute.c and zend_vm_def.h, thrown as Error/TypeError/ArgumentCountError.
// Zend/zend_compile.c: declared types.
inline constexpr const char kMixedNullable[] = "Type mixed cannot be marked as nullable since mixed already includes null";
inline constexpr const char kDuplicateType[] = "Duplicate type %s is redundant";
inline constexpr const char kVoidParameter[] = "void cannot be used as a parameter type";
inline constexpr const char kVoidStandalone[] = "Void can only be used as a standalone type";
inline constexpr const char kVoidReturnsValue[] = "A void function must not return a value";
inline constexpr const char kMustReturnValue[] = "A function with return type must return a value";
inline constexpr const char kNeverReturns[] = "A never-returning function must not return";
inline constexpr const char kOnlyVariablesAssignedByReference[] = "Only variables should be assigned by reference";
inline constexpr const char kOnlyVariableReferencesReturned[] = "Only variable references should be returned by reference";
inline constexpr const char kGlobalsModification[] =
    "$GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax";
inline constexpr const char kUndefinedGlobalVariable[] = "Undefined global variable $%s";
inline constexpr const char kBuiltinWriteContext[] = "Cannot use result of built-in function in write context";
inline constexpr const char kNonReferenceableValue[] = "Cannot assign reference to non referenceable value";
inline constexpr const char kKeyReference[] = "Key element cannot be a reference";
inline constexpr const char kGotoUndefinedLabel[] = "'goto' to undefined label '%s'";
inline constexpr const char kGotoIntoLoop[] = "'goto' into loop or switch statement is disallowed";
inline constexpr const char kLabelAlreadyDefined[] = "Label '%s' already defined";
inline constexpr const char kStrictTypesFirst[] = "strict_types declaration must be the very first statement in the script";
// Zend/zend_execute.c: type errors at run time.
inline constexpr const char kArgumentType[] = "%s(): Argument #%u ($%s) must be of type %s, %s given, called in %s on line %u";
inline constexpr const char kArgumentTypeInternalCaller[] = "%s(): Argument #%u ($%s) must be of type %s, %s given";
inline constexpr const char kReturnType[] = "%s(): Return value must be of type %s, %s returned";
inline constexpr const char kNeverImplicitReturn[] = "%s(): never-returning function must not implicitly return";
inline constexpr const char kPositionalAfterNamed[] = "Cannot use positional argument after named argument";
inline constexpr const char kUnknownNamedParameter[] = "Unknown named parameter $%s";
inline constexpr const char kNamedParameterOverwrites[] = "Named parameter $%s overwrites previous argument";
inline constexpr const char kArgumentNotPassed[] = "%s(): Argument #%u ($%s) not passed";
inline constexpr const char kPositionalAfterUnpacking[] = "Cannot use positional argument after argument unpacking";
inline constexpr const char kOnlyArraysUnpacked[] = "Only arrays and Traversables can be unpacked";
inline constexpr const char kPositionalAfterNamedUnpacking[] =
    "Cannot use positional argument after named argument during unpacking";
inline constexpr const char kCallUndefinedFunction[] = "Call to undefined function %s()";
inline constexpr const char kNotCallable[] = "Value of type %s is not callable";
inline constexpr const char kClassNotFound[] = "Class \"%.*s\" not found";
inline constexpr const char kArrayCallbackTwoElements[] = "Array callback must have exactly two elements";
inline constexpr const char kArrayCallbackClass[] = "First array member is not a valid class name or object";
// Zend/zend_constants.c / zend_execute.c: constants.
inline constexpr const char kUndefinedConstant[] = "Undefined constant \"%s\"";
inline constexpr const char kConstantAlreadyDefined[] = "Constant %s already defined";
inline constexpr const char kScalarAsArray[] = "Cannot use a scalar value as an array";
inline constexpr const char kIllegalOffsetType[] = "Illegal offset type";
inline constexpr const char kIllegalOffsetTypeIsset[] = "Illegal offset type in isset or empty";
inline constexpr const char kCannotUnsetStringOffsets[] = "Cannot unset string offsets";
inline constexpr const char kCannotUnsetOffset[] = "Cannot unset offset in a non-array variable";
// Zend/zend_execute.c: string offsets.
inline constexpr const char kStringOffsetAsArray[] = "Cannot use string offset as an array";
inline constexpr const char kStringOffsetAssignOp[] = "Cannot use assign-op operators with string offsets";
inline constexpr const char kStringOffsetIncDec[] = "Cannot increment/decrement string offsets";
inline constexpr const char kStringOffsetReference[] = "Cannot create references to/from string offsets";
inline constexpr const char kStringAppend[] = "[] operator not supported for strings";
inline constexpr const char kStringOffsetAccessType[] = "Cannot access offset of type %s on string";
inline constexpr const char kIllegalStringOffsetString[] = "Illegal string offset \"%s\"";
inline constexpr const char kIllegalStringOffset[] = "Illegal string offset %" PRId64;
inline constexpr const char kStringOffsetCast[] = "String offset cast occurred";
inline constexpr const char kStringOffsetEmptyAssign[] = "Cannot assign an empty string to a string offset";
inline constexpr const char kStringOffsetFirstByte[] = "Only the first byte will be assigned to the string offset";
inline constexpr const char kTooFewArguments[] =
    "Too few arguments to function %s(), %u passed in %s on line %u and %s %u expected";
// The same when the caller is not user code (a callback called by an internal function).
inline constexpr const char kTooFewArgumentsInternal[] = "Too few arguments to function %s(), %u passed and %s %u expected";
inline constexpr const char kUnhandledMatchLong[] = "Unhandled match case %" PRId64;
inline constexpr const char kUnhandledMatchString[] = "Unhandled match case %s";
inline constexpr const char kUnhandledMatchType[] = "Unhandled match case of type %s";
// Zend/zend_execute.c, zend_cannot_pass_by_reference: a value for a by-reference parameter (Error).
inline constexpr const char kCannotPassByReference[] = "%s(): Argument #%u ($%s) cannot be passed by reference";
inline constexpr const char kCannotPassByReferenceUnnamed[] = "%s(): Argument #%u cannot be passed by reference";
// Zend/zend_vm_def.h, E_NOTICE: a function's result sent to a by-reference parameter.
inline constexpr const char kOnlyVariablesByReference[] = "Only variables should be passed by reference";

} // namespace miniphp::compiler::messages
