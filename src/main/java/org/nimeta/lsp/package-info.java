/**
 * {@code nimeta lsp}: a language server (LSP over stdio, through Eclipse LSP4J) and the generator
 * of the editor grammar. Everything it knows comes from the same places the compiler reads: the
 * lexer and grammar of {@code org.nimeta.lang}, the registry, and {@code Compiler} itself for
 * diagnostics. Tokens drive hover and completion so that they keep working while a line is half
 * typed and the script does not parse.
 */
package org.nimeta.lsp;
