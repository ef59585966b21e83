package org.nimeta.lang;

/** A range of characters [start, end) in a source file. */
public record Span(SourceFile file, int start, int end) {

  public Span {
    if (end < start) {
      throw new IllegalArgumentException("span ends before it starts: " + start + ".." + end);
    }
  }

  public int line() {
    return file.line(start);
  }

  public int column() {
    return file.column(start);
  }

  /** The smallest span covering both. */
  public Span to(Span other) {
    return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
  }

  public String text() {
    return file.text().substring(start, Math.min(end, file.text().length()));
  }

  /** {@code file:line:col}, 1-based. */
  public String location() {
    return file.displayName() + ":" + line() + ":" + column();
  }
}
