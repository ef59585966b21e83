package org.nimeta.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Span;

/** Reads a {@code load} call's {@code sha256 =} argument: one hash per file, each 64 hex digits. */
final class LoadPins {
  private LoadPins() {}

  /**
   * @param argument the {@code sha256 =} argument, or null when the call has none
   * @param files    how many files the load reads
   * @return the pins, or null after reporting why the argument is wrong
   */
  static Step.LoadDataset.Pins read(CompileContext cx, Ast.Call call, Ast.Argument argument, int files) {
    if (argument == null) {
      return new Step.LoadDataset.Pins(call.span(), null, List.of(), List.of());
    }
    Ast.Expr value = argument.value();
    List<Ast.Expr> items = value instanceof Ast.ListExpr l ? l.elements() : List.of(value);
    List<String> hashes = new ArrayList<>();
    List<Span> at = new ArrayList<>();
    boolean ok = true;
    for (Ast.Expr item : items) {
      if (!(item instanceof Ast.StringLit s)) {
        cx.report(PinProblems.notInQuotes(item.span()));
        ok = false;
      } else if (!isSha256(s.value())) {
        cx.report(PinProblems.notAHash(s.span(), s.value()));
        ok = false;
      } else {
        hashes.add(s.value().toLowerCase(Locale.ROOT));
        at.add(s.span());
      }
    }
    if (ok && hashes.size() != files) {
      cx.report(PinProblems.oneHashPerFile(value.span(), files, hashes.size()));
      ok = false;
    }
    return ok ? new Step.LoadDataset.Pins(call.span(), value.span(), hashes, at) : null;
  }

  private static boolean isSha256(String text) {
    return text.length() == 64
        && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
  }
}
