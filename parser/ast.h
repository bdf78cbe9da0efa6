// The abstract syntax tree the parser builds, and the arena it lives in.
//
// Every node of one parse is carved out of one Arena, and the Arena releases all of them at once: nodes have no
// destructors and are never freed one by one. The Arena takes its big blocks from an allocation hook, malloc by
// default, so the engine can later point it at the request heap and a bailout in the middle of a parse loses
// nothing.
//
// A node is a kind, a line, a flags word and an array of children. A child may be null where the construct
// has an optional part (the `else` of a ternary, a parameter without default, ...). Leaf nodes (Integer, Float,
// String, Name, ...) keep their value in the node instead of children; their text is copied into the arena, so
// the tree does not point into the source buffer and outlives it. "List" kinds have any number of children and
// grow while the parser appends to them; all other kinds have the fixed layout written next to the kind below.
//
// The dump format (dump_ast, used by `miniphp --dump-ast FILE`) prints one node per line, indented two spaces
// per level:
//     Kind [flags] @line               an inner node; flags only when non-zero, in words: the operator of a
//                                      BinaryOperation ([+], [===]), the type of a Cast ([int]), the magic
//                                      constant ([__LINE__]), else the names of the NodeFlag bits set
//                                      ([public,static], [by-ref], [[]] for short array syntax)
//     Integer 42 @3, Float 1.5 @3      numbers
//     String "text" @3                 strings and identifiers, with \n, \t, \r, \\, \", \xNN escaped
//     Name "Foo\Bar" [not-fq] @3       names; the flags say not-fq / fq (written \Foo) / relative
//     -                                an absent optional child
// Declarations (functions, methods, closures, classes) also print `..endline` after their line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace miniphp {

// Name, layout. The layout lists the children in order; "list" means any number of children of one kind.
#define MINIPHP_AST_KINDS(K)                                                                                       \
    /* Leaves. */                                                                                                  \
    K(Integer, "leaf: value in integer")                                                                           \
    K(Float, "leaf: value in number")                                                                              \
    K(String, "leaf: a literal string, identifier or variable name (without $); value in text")                    \
    K(Name, "leaf: a class/function/constant name as written; flags NameFullyQualified/NameRelative/NameNotFq")    \
    K(MagicConst, "leaf: __LINE__, __FILE__, ...; flags is the token kind")                                        \
    K(BuiltinType, "leaf: the types array, callable, static; flags TypeArray/TypeCallable/TypeStatic")            \
    /* Lists. */                                                                                                   \
    K(StatementList, "list of statements (null entries are empty statements)")                                     \
    K(ExpressionList, "list of expressions (for-loop parts, match conditions)")                                     \
    K(ArgumentList, "list of arguments: expressions, Unpack, NamedArgument")                                       \
    K(ParameterList, "list of Parameter")                                                                          \
    K(Array, "list of ArrayElement/Unpack (null for a skipped slot); flags ArraySyntaxLong/Short/List")           \
    K(EncapsList, "list of String and variable parts of an interpolated string")                                   \
    K(NameList, "list of Name (catch types, implements, trait uses)")                                              \
    K(ClosureUses, "list of String variable names; flags BindByReference on each String")                          \
    K(UseList, "list of UseElement; flags UseClass/UseFunction/UseConst")                                          \
    K(ConstDeclaration, "list of ConstElement (const A = 1, B = 2;)")                                              \
    K(ClassConstDeclaration, "list of ConstElement inside a class")                                                \
    K(PropertyDeclaration, "list of PropertyElement")                                                              \
    K(IfList, "list of IfElement: if, elseif..., else")                                                            \
    K(SwitchList, "list of SwitchCase")                                                                            \
    K(CatchList, "list of Catch")                                                                                  \
    K(MatchArmList, "list of MatchArm")                                                                            \
    K(TraitAdaptations, "list of TraitPrecedence/TraitAlias")                                                      \
    K(AttributeList, "list of AttributeGroup (#[...] #[...])")                                                     \
    K(AttributeGroup, "list of Attribute inside one #[...]")                                                       \
    K(UnionType, "list of types joined with |")                                                                    \
    K(IntersectionType, "list of types joined with &")                                                             \
    /* Variables and accesses. */                                                                                  \
    K(Variable, "name: String, or an expression for $$x and ${expr}")                                              \
    K(Dimension, "base, offset (null for $a[])")                                                                   \
    K(Property, "object, name")                                                                                    \
    K(NullsafeProperty, "object, name")                                                                            \
    K(StaticProperty, "class, name")                                                                               \
    K(Call, "callee (Name or expression), ArgumentList or CallableConvert")                                        \
    K(MethodCall, "object, name, ArgumentList or CallableConvert")                                                 \
    K(NullsafeMethodCall, "object, name, ArgumentList or CallableConvert")                                         \
    K(StaticCall, "class, name, ArgumentList or CallableConvert")                                                  \
    K(CallableConvert, "no children: the (...) of a first-class callable")                                        \
    K(Constant, "Name")                                                                                            \
    K(ClassConstant, "class, name")                                                                                \
    K(ClassName, "class: Foo::class")                                                                              \
    /* Expressions. */                                                                                             \
    K(Assign, "target, value")                                                                                     \
    K(AssignReference, "target, source variable")                                                                  \
    K(AssignOperation, "target, value; flags is the BinaryOperator")                                               \
    K(AssignCoalesce, "target, value")                                                                             \
    K(BinaryOperation, "left, right; flags is the BinaryOperator")                                                 \
    K(Greater, "left, right")                                                                                      \
    K(GreaterEqual, "left, right")                                                                                 \
    K(LogicalAnd, "left, right (&& and 'and')")                                                                    \
    K(LogicalOr, "left, right (|| and 'or')")                                                                      \
    K(UnaryOperation, "operand; flags UnaryNot/UnaryBitwiseNot")                                                   \
    K(UnaryPlus, "operand")                                                                                        \
    K(UnaryMinus, "operand")                                                                                       \
    K(Cast, "operand; flags is the CastType")                                                                      \
    K(PreIncrement, "variable")                                                                                    \
    K(PreDecrement, "variable")                                                                                    \
    K(PostIncrement, "variable")                                                                                   \
    K(PostDecrement, "variable")                                                                                   \
    K(Conditional, "condition, then (null for ?:), else; flags Parenthesized when written in parentheses")        \
    K(Coalesce, "left, right")                                                                                     \
    K(Instanceof, "expression, class")                                                                             \
    K(New, "class (Name, expression or an anonymous ClassDeclaration), ArgumentList")                             \
    K(Clone, "expression")                                                                                         \
    K(Exit, "status or null")                                                                                      \
    K(Silence, "expression (@)")                                                                                   \
    K(ShellExec, "String or EncapsList (backticks)")                                                               \
    K(Print, "expression")                                                                                         \
    K(IncludeOrEval, "expression; flags is the IncludeKind")                                                       \
    K(Isset, "variable (several variables are chained with LogicalAnd)")                                           \
    K(Empty, "expression")                                                                                         \
    K(Yield, "value or null, key or null")                                                                         \
    K(YieldFrom, "expression")                                                                                     \
    K(Throw, "expression")                                                                                         \
    K(Match, "subject, MatchArmList")                                                                              \
    K(MatchArm, "ExpressionList of conditions (null for default), result")                                         \
    K(ArrayElement, "value, key or null; flags ByReference")                                                       \
    K(Unpack, "expression (...$x in calls and arrays)")                                                            \
    K(NamedArgument, "String name, value")                                                                         \
    K(Reference, "variable (&$v in foreach)")                                                                      \
    /* Statements. */                                                                                              \
    K(Echo, "expression (also inline HTML, as a String)")                                                          \
    K(Return, "expression or null")                                                                                \
    K(Break, "depth or null")                                                                                      \
    K(Continue, "depth or null")                                                                                   \
    K(Global, "Variable")                                                                                          \
    K(Static, "String variable name, default or null")                                                             \
    K(Unset, "variable")                                                                                           \
    K(IfElement, "condition (null for else), body")                                                                \
    K(While, "condition, body")                                                                                    \
    K(DoWhile, "body, condition")                                                                                  \
    K(For, "ExpressionList init, condition, step (each may be null), body")                                        \
    K(Foreach, "subject, value, key or null, body")                                                                \
    K(Switch, "subject, SwitchList")                                                                               \
    K(SwitchCase, "condition (null for default), StatementList")                                                   \
    K(Try, "StatementList, CatchList, finally StatementList or null")                                              \
    K(Catch, "NameList, String variable or null, StatementList")                                                   \
    K(Goto, "String label")                                                                                        \
    K(Label, "String label")                                                                                       \
    K(Declare, "ConstDeclaration, body or null")                                                                   \
    K(HaltCompiler, "Integer: the byte offset of the data after __halt_compiler();")                               \
    K(Namespace, "Name or null, StatementList or null (null: the unbraced form)")                                  \
    K(GroupUse, "prefix Name, UseList")                                                                            \
    K(UseElement, "Name, String alias or null; flags UseFunction/UseConst inside a mixed group")                   \
    K(ConstElement, "String name, value, String doc comment or null")                                              \
    /* Declarations. The five share a layout: */                                                                   \
    /* name String (null when anonymous), doc comment String or null, then as listed, then AttributeList. */      \
    K(FunctionDeclaration, "name, doc, ParameterList, null, StatementList, return type, attributes")              \
    K(Closure, "name, doc, ParameterList, ClosureUses or null, StatementList, return type, attributes")           \
    K(ArrowFunction, "name, doc, ParameterList, null, Return statement, return type, attributes")                 \
    K(MethodDeclaration, "name, doc, ParameterList, null, StatementList or null (abstract), return type, attrs")   \
    K(ClassDeclaration, "name, doc, extends (Name or NameList), implements NameList, StatementList, enum type, attrs") \
    K(Parameter, "type, String name, default, String doc, AttributeList; flags modifiers, ByReference, Variadic") \
    K(PropertyGroup, "type, PropertyDeclaration, AttributeList; flags modifiers")                                 \
    K(PropertyElement, "String name, default or null, String doc comment or null")                                 \
    K(ClassConstGroup, "ClassConstDeclaration, AttributeList; flags modifiers")                                    \
    K(EnumCase, "String name, value or null, String doc comment or null, AttributeList")                          \
    K(UseTrait, "NameList, TraitAdaptations or null")                                                              \
    K(TraitPrecedence, "MethodReference, NameList")                                                               \
    K(TraitAlias, "MethodReference, String alias or null; flags the visibility modifier")                         \
    K(MethodReference, "class Name or null, String method")                                                        \
    K(Attribute, "Name, ArgumentList or null")

enum class NodeKind : uint16_t {
#define MINIPHP_AST_KIND_ENUM(name, layout) name,
    MINIPHP_AST_KINDS(MINIPHP_AST_KIND_ENUM)
#undef MINIPHP_AST_KIND_ENUM
};

const char* node_kind_name(NodeKind kind);

// Flags. Their meaning depends on the kind (see the list above); the groups below never share a node kind
// except the modifiers, which combine with ByReference/Variadic on parameters and ReturnsReference on functions.
enum NodeFlag : uint32_t {
    // Modifiers of classes, members and promoted parameters.
    ModifierPublic = 1u << 0,
    ModifierProtected = 1u << 1,
    ModifierPrivate = 1u << 2,
    ModifierStatic = 1u << 3,
    ModifierAbstract = 1u << 4,
    ModifierFinal = 1u << 5,
    ModifierReadonly = 1u << 6,
    ReturnsReference = 1u << 7,   // function &f()
    ByReference = 1u << 8,        // &$param, [&$x], fn use (&$x)
    Variadic = 1u << 9,           // ...$param
    // Class declarations.
    ClassInterface = 1u << 10,
    ClassTrait = 1u << 11,
    ClassEnum = 1u << 12,
    ClassAnonymous = 1u << 13,
    // Types and names.
    TypeNullable = 1u << 14,      // ?T, on the type node
    Generator = 1u << 15,         // a function whose body yields
    NameNotFq = 1u << 16,         // Foo, Foo\Bar: resolved against the namespace and imports
    NameFullyQualified = 1u << 17, // \Foo
    NameRelative = 1u << 18,      // namespace\Foo
    // Others, each used by one kind.
    Parenthesized = 1u << 19,     // (a ? b : c)
    ArraySyntaxLong = 1u << 20,   // array(...)
    ArraySyntaxShort = 1u << 21,  // [...]
    ArraySyntaxList = 1u << 22,   // list(...)
    DimAlternativeSyntax = 1u << 23, // $a{0}
    EncapsDollarCurly = 1u << 24, // "${name}" and "${name[expr]}"
    EncapsDollarCurlyExpression = 1u << 25, // "${expr}"
};

enum BuiltinTypeKind : uint32_t { TypeArray = 1, TypeCallable = 2, TypeStatic = 3 };
enum UseKind : uint32_t { UseClass = 1, UseFunction = 2, UseConst = 3 };
enum UnaryOperator : uint32_t { UnaryNot = 1, UnaryBitwiseNot = 2 };
enum CastType : uint32_t { CastInt = 1, CastFloat, CastString, CastArray, CastObject, CastBool, CastUnset };
enum IncludeKind : uint32_t { Include = 1, IncludeOnce, Require, RequireOnce, Eval };
enum BinaryOperator : uint32_t {
    OpAdd = 1, OpSubtract, OpMultiply, OpDivide, OpModulo, OpPower, OpConcat, OpShiftLeft, OpShiftRight,
    OpBitwiseAnd, OpBitwiseOr, OpBitwiseXor, OpBooleanXor, OpIdentical, OpNotIdentical, OpEqual, OpNotEqual,
    OpSmaller, OpSmallerOrEqual, OpSpaceship,
};
const char* binary_operator_symbol(uint32_t op);

// The allocation hook: blocks for the arena. `context` is passed back unchanged.
struct ArenaAllocator {
    void* (*allocate)(size_t size, void* context);
    void (*release)(void* block, void* context);
    void* context;
};

class Arena {
public:
    Arena();  // malloc/free
    explicit Arena(ArenaAllocator allocator);
    ~Arena();
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;

    // Memory aligned for any node or value, valid until the arena is destroyed or reset.
    void* allocate(size_t size)
    {
        size = (size + 7) & ~size_t(7);
        if (size > static_cast<size_t>(m_end - m_next))
            return allocate_slow(size);
        void* result = m_next;
        m_next += size;
        return result;
    }
    const char* copy_string(const char* text, size_t length);  // NUL-terminated copy
    void reset();  // frees every block
    size_t bytes_reserved() const { return m_reserved; }

private:
    void* allocate_slow(size_t size);

    ArenaAllocator m_allocator;
    struct Block* m_blocks = nullptr;
    char* m_next = nullptr;
    char* m_end = nullptr;
    size_t m_reserved = 0;
};

struct Node {
    NodeKind kind;
    uint32_t flags;
    uint32_t line;
    uint32_t end_line;   // declarations only: the line of the closing brace
    uint32_t count;      // children in use
    uint32_t capacity;   // children allocated (lists grow)
    Node** children;
    union {
        int64_t integer;
        double number;
        struct {
            const char* data;  // NUL-terminated, in the arena
            size_t length;
        } text;
    };

    Node* child(size_t index) const { return index < count ? children[index] : nullptr; }
    std::string_view string() const { return {text.data, text.length}; }
};

// Constructors. Fixed-layout nodes get exactly `count` children, all given.
Node* make_node(Arena& arena, NodeKind kind, uint32_t line, std::initializer_list<Node*> children, uint32_t flags = 0);
Node* make_list(Arena& arena, NodeKind kind, uint32_t line);
Node* make_list(Arena& arena, NodeKind kind, uint32_t line, Node* first);
void list_append(Arena& arena, Node* list, Node* item);
Node* make_integer(Arena& arena, uint32_t line, int64_t value);
Node* make_float(Arena& arena, uint32_t line, double value);
Node* make_text(Arena& arena, NodeKind kind, uint32_t line, const char* text, size_t length, uint32_t flags = 0);

void dump_ast(const Node* root, std::string& out);

} // namespace miniphp
