package io.wormbench.evaluation.report.html;

/**
 * A tiny HTML writer that escapes every piece of text it is given. Evidence strings and host
 * names come from traffic (a user agent or an SMB file name can hold anything), so text is only
 * ever added through {@link #text} or the cell helpers; raw markup is for the page's own tags.
 * Escaping follows the OWASP XSS prevention rules for HTML element content and quoted
 * attributes.
 */
public final class Html {
  private final StringBuilder out = new StringBuilder(64 * 1024);

  /** Escapes text for element content and double- or single-quoted attribute values. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // Control characters other than tab/newline would make the document invalid.
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            b.append("\\x").append(String.format(java.util.Locale.ROOT, "%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** Appends the page's own markup, never data. */
  public Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends escaped text. */
  public Html text(String s) {
    out.append(escape(s));
    return this;
  }

  /** Appends {@code <tag>text</tag>} with the text escaped. */
  public Html el(String tag, String s) {
    out.append('<').append(tag).append('>').append(escape(s)).append("</")
        .append(tag.split(" ")[0]).append('>');
    return this;
  }

  /** Appends a table row of escaped cells, {@code th} for the first when {@code header}. */
  public Html row(boolean header, String... cells) {
    out.append("<tr>");
    for (int i = 0; i < cells.length; i++) {
      String tag = header || i == 0 ? "th" : "td";
      el(tag + (header || i == 0 ? " scope=\"" + (header ? "col" : "row") + "\"" : ""), cells[i]);
    }
    out.append("</tr>\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
