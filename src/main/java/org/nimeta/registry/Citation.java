package org.nimeta.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A published work a definition rests on, with what a bibliography needs: its BibTeX entry
 * ({@link #bibtex}) and a one-line form for the docs and hover ({@link #text}). Make one with
 * {@link #article}, {@link #book} or {@link #software}; the built-in works are {@link Citations}.
 *
 * @param key     the BibTeX key, unique among works (NiMARE's key where NiMARE cites the work)
 * @param type    the BibTeX entry type
 * @param authors each as {@code Last, First Middle} (BibTeX's form); a group name alone is kept whole
 * @param title   the title as published
 * @param venue   the journal of an article; the publisher of a book; null for software
 * @param year    the year of publication
 * @param volume  null when none (books, software)
 * @param number  the issue, or null
 * @param pages   {@code 765-780}, or null
 * @param doi     without {@code https://doi.org/}, or null when the work has none
 * @param extra   further BibTeX fields in order ({@code edition}, {@code series}, {@code version},
 *                {@code url}, {@code note}); values as written
 */
public record Citation(String key, Type type, List<String> authors, String title, String venue, int year,
    String volume, String number, String pages, String doi, Map<String, String> extra) {

  /** The BibTeX entry types nimeta writes. */
  public enum Type {
    ARTICLE("article"),
    BOOK("book"),
    SOFTWARE("software");

    final String bibtex;

    Type(String bibtex) {
      this.bibtex = bibtex;
    }
  }

  public Citation {
    Objects.requireNonNull(key);
    if (!key.matches("[A-Za-z][A-Za-z0-9_:.-]*")) {
      throw new IllegalArgumentException("`" + key + "` is not a BibTeX key");
    }
    authors = List.copyOf(authors);
    extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** A journal article. */
  public static Citation article(String key, List<String> authors, String title, String journal, int year,
      String volume, String number, String pages, String doi) {
    return new Citation(key, Type.ARTICLE, authors, title, journal, year, volume, number, pages, doi, Map.of());
  }

  /** A book; {@code extra} holds e.g. its {@code edition} or {@code series}. */
  public static Citation book(String key, List<String> authors, String title, String publisher, int year,
      Map<String, String> extra) {
    return new Citation(key, Type.BOOK, authors, title, publisher, year, null, null, null, null, extra);
  }

  /** A program; {@code extra} holds its {@code version} and {@code url}. */
  public static Citation software(String key, List<String> authors, String title, int year,
      Map<String, String> extra) {
    return new Citation(key, Type.SOFTWARE, authors, title, null, year, null, null, null, null, extra);
  }

  /** BibTeX fields in the order given: {@code fields("edition", "10th")}. */
  public static Map<String, String> fields(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("a field name without a value");
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }

  /**
   * One line for the docs, without a closing full stop: {@code Turkeltaub PE et al. (2002) NeuroImage
   * 16:765-780. doi:10.1006/nimg.2002.1131}. Up to two authors are named, more are "et al.".
   */
  public String text() {
    StringBuilder sb = new StringBuilder();
    sb.append(authors.size() <= 2 ? String.join(", ", authors.stream().map(Citation::shortName).toList())
        : shortName(authors.get(0)) + " et al.");
    sb.append(" (").append(year).append(") ");
    switch (type) {
      case ARTICLE -> {
        sb.append(venue);
        if (volume != null) {
          sb.append(' ').append(volume);
        }
        if (pages != null) {
          sb.append(volume != null ? ":" : " ").append(pages);
        }
      }
      case BOOK -> {
        sb.append(title);
        if (extra.containsKey("edition")) {
          sb.append(", ").append(extra.get("edition")).append(" ed");
        }
        sb.append(". ").append(venue);
      }
      case SOFTWARE -> {
        sb.append(title);
        if (extra.containsKey("version")) {
          sb.append(' ').append(extra.get("version"));
        }
      }
    }
    if (doi != null) {
      sb.append(". doi:").append(doi);
    }
    return sb.toString();
  }

  /** The texts of {@code works}, joined by semicolons: a definition's citation line. */
  public static String texts(List<Citation> works) {
    return String.join("; ", works.stream().map(Citation::text).toList());
  }

  /** The whole entry, fields in BibTeX's usual order, each value in braces. */
  public String bibtex() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("author", String.join(" and ", authors.stream().map(Citation::protectGroup).toList()));
    fields.put("title", "{" + escape(title) + "}"); // double braces keep the title's capitals
    if (venue != null) {
      fields.put(type == Type.ARTICLE ? "journal" : "publisher", escape(venue));
    }
    fields.put("year", Integer.toString(year));
    putIfPresent(fields, "volume", volume);
    putIfPresent(fields, "number", number);
    putIfPresent(fields, "pages", pages == null ? null : pages.replace("-", "--"));
    extra.forEach((field, value) -> fields.put(field, field.equals("url") ? value : escape(value)));
    putIfPresent(fields, "doi", doi);
    StringBuilder sb = new StringBuilder("@").append(type.bibtex).append('{').append(key).append(",\n");
    fields.forEach((field, value) -> sb.append("  ").append(field).append(" = {").append(value).append("},\n"));
    return sb.append("}\n").toString();
  }

  private static void putIfPresent(Map<String, String> fields, String field, String value) {
    if (value != null) {
      fields.put(field, value);
    }
  }

  /**
   * {@code Turkeltaub, Peter E.} → {@code Turkeltaub PE}; BibTeX's {@code Williams, Jr., Robin M.}
   * → {@code Williams RM Jr}; a group name as it is.
   */
  private static String shortName(String author) {
    String[] parts = author.split(",");
    if (parts.length == 1) {
      return author;
    }
    StringBuilder initials = new StringBuilder();
    for (String given : parts[parts.length - 1].trim().split("[\\s.-]+")) {
      if (!given.isEmpty() && Character.isUpperCase(given.charAt(0))) {
        initials.append(given.charAt(0));
      }
    }
    String suffix = parts.length == 3 ? " " + parts[1].trim().replace(".", "") : "";
    return parts[0].trim() + " " + initials + suffix;
  }

  /** A group author (no comma) is braced so that BibTeX does not split it into first and last names. */
  private static String protectGroup(String author) {
    return author.contains(",") ? escape(author) : "{" + escape(author) + "}";
  }

  /** The characters LaTeX reads as commands, escaped; everything else (UTF-8 too) as it is. */
  static String escape(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      if ("&%$#_".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
