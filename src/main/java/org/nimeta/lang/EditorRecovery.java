package org.nimeta.lang;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * Error recovery for the editor's reading of a script with syntax errors: ANTLR's, but keeping
 * the tokens that give a script its shape. A missing token is assumed before one is dropped as
 * extra, and a token that a construct around the parser's place could go on with (a closing
 * bracket, {@code =} after a missing name, a statement word) is never dropped: ANTLR would read
 * {@code dataset = load("x")} as a dataset named `load`, and {@code version⏎seed 3} as
 * {@code version 3}. It reports nothing: the compiler's reading does.
 */
final class EditorRecovery extends DefaultErrorStrategy {
  @Override
  public Token recoverInline(org.antlr.v4.runtime.Parser recognizer) throws RecognitionException {
    if (singleTokenInsertion(recognizer)) {
      return getMissingSymbol(recognizer);
    }
    return super.recoverInline(recognizer);
  }

  @Override
  protected Token singleTokenDeletion(org.antlr.v4.runtime.Parser recognizer) {
    boolean enclosingGoesOn = getErrorRecoverySet(recognizer).contains(recognizer.getInputStream().LA(1));
    return enclosingGoesOn ? null : super.singleTokenDeletion(recognizer);
  }
}
