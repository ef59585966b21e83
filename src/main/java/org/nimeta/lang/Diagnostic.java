package org.nimeta.lang;

import java.util.List;

/**
 * One problem found in a script or in the data it names.
 *
 * @param code    stable code such as {@code E0203}; documented in docs/errors.md
 * @param span    where it is; null only for problems with no place in any script
 * @param related other places that explain it ("first declared here")
 * @param help    fixes and did-you-mean suggestions, whole sentences
 */
public record Diagnostic(
    Severity severity, String code, Span span, String message, List<Related> related, List<String> help) {

  public Diagnostic {
    related = List.copyOf(related);
    help = List.copyOf(help);
  }

  public record Related(Span span, String message) {}

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
    List<String> h = new java.util.ArrayList<>(help);
    h.add(text);
    return new Diagnostic(severity, code, span, message, related, h);
  }

  public Diagnostic withRelated(Span where, String text) {
    List<Related> r = new java.util.ArrayList<>(related);
    r.add(new Related(where, text));
    return new Diagnostic(severity, code, span, message, r, help);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
