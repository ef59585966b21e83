package org.nimeta.compile;

import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;

/** The messages about pinned inputs: {@code load(..., sha256 = "…")}. */
final class PinProblems {
  private PinProblems() {}

  private static final String PIN_HELP = "`nimeta pin SCRIPT.meta` writes the current hash of every `load`.";

  static Diagnostic notAHash(Span at, String written) {
    return Diagnostic.error(ErrorCode.OUT_OF_RANGE, at,
            "`" + written + "` is not a SHA-256: a SHA-256 is 64 hexadecimal digits (`0`-`9`, `a`-`f`).")
        .withHelp(PIN_HELP);
  }

  static Diagnostic notInQuotes(Span at) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at,
            "`sha256` of `load` is a SHA-256 in quotes, or a list of them, one per file.")
        .withHelp(PIN_HELP);
  }

  static Diagnostic oneHashPerFile(Span at, int files, int hashes) {
    return Diagnostic.error(ErrorCode.OUT_OF_RANGE, at,
            "this `load` reads " + files + (files == 1 ? " file" : " files") + ", but `sha256` gives " + hashes
                + (hashes == 1 ? " hash" : " hashes") + "; it needs one per file, in the same order.")
        .withHelp(PIN_HELP);
  }

  /** @param shown the file as the script's folder sees it */
  static Diagnostic changed(Span at, String shown, String actual, String pinned) {
    return Diagnostic.error(ErrorCode.PINNED_INPUT_CHANGED, at,
            "`" + shown + "` has the SHA-256 `" + actual + "`, but this `load` pins `" + pinned + "`.")
        .withHelp("The file changed since the script was pinned. If the new data is meant, run `nimeta pin` "
            + "on the script to record its hash; otherwise restore the file the protocol names.");
  }
}
