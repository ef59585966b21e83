package org.nimeta.report;

/** Building a page: text escaped for HTML, everywhere it goes into one. */
final class Html {
  private final StringBuilder sb = new StringBuilder();

  /** Text with {@code & < > "} escaped, safe in element content and quoted attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The HTML id for a section about {@code name}: letters, digits and {@code -} only. */
  static String id(String prefix, String name) {
    return prefix + "-" + name.replaceAll("[^A-Za-z0-9]+", "-");
  }

  /** Appends markup as is: the caller has escaped what it holds. */
  Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  /** Appends escaped text. */
  Html text(String text) {
    sb.append(escape(text));
    return this;
  }

  /** {@code <tag>text</tag>} with the text escaped. */
  Html element(String tag, String text) {
    sb.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append('>');
    return this;
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
