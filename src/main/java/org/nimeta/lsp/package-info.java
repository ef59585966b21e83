/**
 * {@code nimeta lsp}: a language server (LSP over stdio, through Eclipse LSP4J) and the generator
 * of the editor grammar. Everything it knows comes from the same places the compiler reads: the
 * parser's tree, the tokens and the keywords of {@code org.nimeta.lang}, the registry, and
 * {@code Compiler} itself for diagnostics. The tree of a script that does not parse keeps what the
 * parser could read, so hover and completion keep working while a line is half typed.
 */
package org.nimeta.lsp;
