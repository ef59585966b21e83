/*
 * The .meta language: a script declares datasets, kernels, estimates, contrasts and corrections.
 * Statements start with a keyword and need no terminator; newlines are whitespace.
 * Only org.nimeta.lang.AstBuilder sees the classes generated from this grammar.
 */
grammar Meta;

script : statement* EOF ;

statement
  : 'version' NUMBER                            # versionStmt
  | 'seed' NUMBER                               # seedStmt
  | 'space' expr                                # spaceStmt
  | 'param' name '=' expr                       # paramStmt
  | 'import' STRING                             # importStmt
  | 'dataset' name '=' expr                     # datasetStmt
  | 'kernel' name '=' expr                      # kernelStmt
  | 'estimate' name '=' expr                    # estimateStmt
  | 'contrast' name '=' expr                    # contrastStmt
  | 'correct' name 'with' expr                  # correctStmt
  | 'diagnose' name 'with' expr                 # diagnoseStmt
  | 'write' name 'to' writeDestination          # writeStmt
  ;

// Earlier alternatives bind tighter.
expr
  : primary                                     # primaryExpr
  | expr op='&' expr                            # binaryExpr
  | expr op=('+' | '-') expr                    # binaryExpr
  | expr op=('==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | '~') expr   # binaryExpr
  | 'not' expr                                  # notExpr
  | expr op='and' expr                          # binaryExpr
  | expr op='or' expr                           # binaryExpr
  | expr 'where' expr                           # whereExpr
  ;

primary
  : name '(' (argument (',' argument)* ','?)? ')'    # callPrimary
  | '[' (expr (',' expr)* ','?)? ']'                  # listPrimary
  | '(' expr ')'                                      # parenPrimary
  | '-'? QUANTITY                                     # quantityPrimary
  | '-'? NUMBER                                       # numberPrimary
  | STRING                                            # stringPrimary
  | ('true' | 'false')                                # boolPrimary
  | name                                              # namePrimary
  ;

argument : (name '=')? expr ;

// What a `write` writes: `write ale to "dir" (maps = ["z"], alpha = 0.05)`. The options follow
// only a string, so no expression is ever followed by `(` (which would blur call syntax errors).
writeDestination : STRING writeOptions | expr ;
writeOptions : '(' (argument (',' argument)* ','?)? ')' ;

// Words that start statements may still name things inside expressions (e.g. `space == "TAL"`).
name : IDENT | 'space' | 'seed' | 'version' | 'param' | 'dataset' | 'kernel' | 'estimate'
     | 'contrast' | 'correct' | 'diagnose' | 'write' | 'with' | 'to' | 'import' ;

QUANTITY : DECIMAL [a-zA-Z%]+ ;
NUMBER   : DECIMAL ([eE] [+-]? DIGITS)? ;
STRING   : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* ;
IDENT    : [a-zA-Z_] [a-zA-Z_0-9]* ;

COMMENT  : '#' ~[\r\n]* -> channel(HIDDEN) ;   // kept for `nimeta fmt`; the parser never sees it
WS       : [ \t\r\n\f]+ -> skip ;
// Anything else becomes one token so the parser, not the lexer, reports it with a location.
UNKNOWN_CHAR : . ;

fragment DIGITS  : [0-9]+ ;
fragment DECIMAL : DIGITS ('.' DIGITS)? | '.' DIGITS ;
