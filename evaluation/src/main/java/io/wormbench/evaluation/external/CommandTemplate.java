package io.wormbench.evaluation.external;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An external detector's command line: split into words like a POSIX shell splits a simple
 * command (blanks separate words, single quotes keep text literally, double quotes keep blanks
 * and allow {@code \"} and {@code \\}), but never run through a shell, so no globbing, pipes or
 * variable expansion (write {@code sh -c '...'} for those). Placeholders {@code {input}},
 * {@code {out}}, {@code {seed}}, {@code {learningEnd}} (epoch seconds with six decimals, as Zeek
 * writes {@code ts}) and {@code {learningEndMicros}} are replaced inside each word, so a path
 * with blanks stays one argument.
 */
public record CommandTemplate(List<String> words) {
  /** The placeholders a command may use. */
  public static final Set<String> PLACEHOLDERS = Set.of("input", "out", "seed", "learningEnd",
      "learningEndMicros");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  public CommandTemplate {
    words = List.copyOf(words);
  }

  /**
   * Parses {@code text}; the error (unbalanced quote, unknown placeholder, no words) is returned
   * as a problem sentence for the caller to attach to the YAML field.
   */
  public static CommandTemplate parse(String text) {
    List<String> words = split(text);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("must name a program");
    }
    for (String w : words) {
      Matcher m = PLACEHOLDER.matcher(w);
      while (m.find()) {
        if (!PLACEHOLDERS.contains(m.group(1))) {
          throw new IllegalArgumentException("unknown placeholder {" + m.group(1) + "} (known: "
              + String.join(", ", new TreeSet<>(PLACEHOLDERS).stream()
                  .map(p -> "{" + p + "}").toList()) + ")");
        }
      }
    }
    return new CommandTemplate(words);
  }

  /** The argument vector with every placeholder replaced from {@code values}. */
  public List<String> expand(Map<String, String> values) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      Matcher m = PLACEHOLDER.matcher(w);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String v = Optional.ofNullable(values.get(m.group(1))).orElseThrow(
            () -> new IllegalStateException("no value for {" + m.group(1) + "}"));
        m.appendReplacement(b, Matcher.quoteReplacement(v));
      }
      m.appendTail(b);
      out.add(b.toString());
    }
    return out;
  }

  /** True when some word uses {@code {name}}. */
  public boolean uses(String name) {
    return words.stream().anyMatch(w -> w.contains("{" + name + "}"));
  }

  static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        int close = c == '\'' ? text.indexOf('\'', i + 1) : closingDouble(text, i + 1);
        if (close < 0) {
          throw new IllegalArgumentException("unbalanced " + (c == '\'' ? "single" : "double")
              + " quote at character " + (i + 1));
        }
        String quoted = text.substring(i + 1, close);
        w.append(c == '"' ? quoted.replace("\\\"", "\"").replace("\\\\", "\\") : quoted);
        inWord = true;
        i = close;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(w.toString());
          w.setLength(0);
          inWord = false;
        }
      } else {
        w.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(w.toString());
    }
    return words;
  }

  private static int closingDouble(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }
}
