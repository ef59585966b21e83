package org.nimeta.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * One problem found in a script or in the data it names.
 *
 * @param code    stable code such as {@code E0203}; documented in docs/errors.md
 * @param span    where it is; null only for problems with no place in any script
 * @param related other places that explain it ("first declared here")
 * @param help    fixes and did-you-mean suggestions, whole sentences
 * @param fixes   the edits that some of the help sentences describe, for an editor to apply
 */
public record Diagnostic(
    Severity severity, String code, Span span, String message, List<Related> related, List<String> help,
    List<Fix> fixes) {

  public Diagnostic {
    related = List.copyOf(related);
    help = List.copyOf(help);
    fixes = List.copyOf(fixes);
  }

  /** A diagnostic without fixes. */
  public Diagnostic(Severity severity, String code, Span span, String message, List<Related> related,
      List<String> help) {
    this(severity, code, span, message, related, help, List.of());
  }

  public record Related(Span span, String message) {}

  /**
   * An edit that resolves the problem: {@code span}'s text becomes {@code replacement}.
   *
   * @param title what applying it does, in words ("Change to `pain`")
   */
  public record Fix(String title, Span span, String replacement) {}

  public static Diagnostic error(ErrorCode code, Span span, String message) {
    return new Diagnostic(Severity.ERROR, code.code(), span, message, List.of(), List.of());
  }

  public static Diagnostic warning(ErrorCode code, Span span, String message) {
    return new Diagnostic(Severity.WARNING, code.code(), span, message, List.of(), List.of());
  }

  public Diagnostic withHelp(String text) {
    if (text == null || text.isEmpty()) {
      return this;
    }
    List<String> h = new ArrayList<>(help);
    h.add(text);
    return new Diagnostic(severity, code, span, message, related, h, fixes);
  }

  public Diagnostic withRelated(Span where, String text) {
    List<Related> r = new ArrayList<>(related);
    r.add(new Related(where, text));
    return new Diagnostic(severity, code, span, message, r, help, fixes);
  }

  /** This diagnostic with an edit that replaces {@code where} by {@code replacement}; unchanged when {@code where} is null. */
  public Diagnostic withFix(String title, Span where, String replacement) {
    if (where == null || replacement == null) {
      return this;
    }
    List<Fix> f = new ArrayList<>(fixes);
    f.add(new Fix(title, where, replacement));
    return new Diagnostic(severity, code, span, message, related, help, f);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
