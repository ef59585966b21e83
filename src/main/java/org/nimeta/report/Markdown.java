package org.nimeta.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little Markdown {@code methods.md} uses, as HTML: {@code #} headings, paragraphs, {@code -}
 * and {@code *} lists, {@code `code`}, {@code **bold**}, {@code *italic*} and {@code [text](url)}
 * links. Everything is escaped first, so no markup in the text reaches the page.
 */
final class Markdown {
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
  private static final Pattern ITEM = Pattern.compile("^\\s*[-*]\\s+(.*)$");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");

  private Markdown() {}

  static String toHtml(String markdown) {
    StringBuilder out = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    boolean inList = false;
    for (String line : markdown.split("\\R", -1)) {
      Matcher h = HEADING.matcher(line);
      Matcher item = ITEM.matcher(line);
      if (line.isBlank() || h.matches() || item.matches()) {
        flush(out, paragraph);
      }
      if (inList && !item.matches()) {
        out.append("</ul>\n");
        inList = false;
      }
      if (h.matches()) {
        // the report's own headings are h1 and h2: the text's start one level below them
        int level = Math.min(6, h.group(1).length() + 2);
        out.append("<h").append(level).append('>').append(inline(h.group(2))).append("</h").append(level).append(">\n");
      } else if (item.matches()) {
        if (!inList) {
          out.append("<ul>\n");
          inList = true;
        }
        out.append("<li>").append(inline(item.group(1))).append("</li>\n");
      } else if (!line.isBlank()) {
        paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
      }
    }
    flush(out, paragraph);
    if (inList) {
      out.append("</ul>\n");
    }
    return out.toString();
  }

  private static void flush(StringBuilder out, StringBuilder paragraph) {
    if (paragraph.length() > 0) {
      out.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
      paragraph.setLength(0);
    }
  }

  /** Inline markup of one escaped line; code spans first, so what they hold stays literal. */
  static String inline(String text) {
    StringBuilder out = new StringBuilder();
    String[] parts = text.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      boolean code = i % 2 == 1 && i < parts.length - 1;
      if (code) {
        out.append("<code>").append(Html.escape(parts[i])).append("</code>");
      } else {
        out.append(i % 2 == 1 ? "`" : "").append(emphasis(Html.escape(parts[i])));
      }
    }
    return out.toString();
  }

  private static String emphasis(String escaped) {
    String s = escaped.replaceAll("\\*\\*([^*]+)\\*\\*", "<strong>$1</strong>");
    s = s.replaceAll("(?<![*\\w])\\*([^*\\s][^*]*)\\*(?![*\\w])", "<em>$1</em>");
    Matcher m = LINK.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String url = m.group(2);
      boolean safe = url.startsWith("https://") || url.startsWith("http://") || !url.contains(":");
      m.appendReplacement(out, Matcher.quoteReplacement(safe
          ? "<a href=\"" + url + "\">" + m.group(1) + "</a>" : m.group(1) + " (" + url + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }
}
