package io.wormbench.detectors.param;

import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;
import java.util.function.LongPredicate;

/**
 * One detector parameter declared once, as a Zeek script keeps
 * {@code const password_guesses_limit = 30 &redef;} beside its comment: its name, default,
 * validation rule and meaning. A {@link ParamSet} of them binds a scenario's
 * {@code detectors:} entry, lists the known fields and renders the README table, so the three
 * cannot drift apart.
 *
 * @param <T> the bound value's type
 */
public final class Param<T> {
  /** Reads the value of one field from a detector's entry, or the default when absent. */
  @FunctionalInterface
  public interface Reader<T> {
    /** The value of {@code name} in {@code entry}, {@code fallback} when absent. */
    T read(SpecNode entry, String name, T fallback);
  }

  private final String name;
  private final T fallback;
  private final String defaultText;
  private final String meaning;
  private final Reader<T> reader;

  private Param(String name, T fallback, String defaultText, String meaning, Reader<T> reader) {
    if (name.isEmpty() || meaning.isEmpty() || meaning.contains("|") || meaning.contains("\n")) {
      throw new IllegalArgumentException("parameter '" + name
          + "' needs a one-line meaning without '|'");
    }
    this.name = name;
    this.fallback = fallback;
    this.defaultText = defaultText;
    this.meaning = meaning;
    this.reader = reader;
  }

  /** A whole-number parameter with its rule (e.g. {@code v -> v >= 1}, "must be >= 1"). */
  public static Param<Integer> integer(String name, int fallback, LongPredicate valid,
      String rule, String meaning) {
    return new Param<>(name, fallback, "`" + fallback + "`", meaning,
        (p, n, f) -> p.intField(n, f, valid, rule));
  }

  /** A decimal parameter with its rule. */
  public static Param<Double> decimal(String name, double fallback, DoublePredicate valid,
      String rule, String meaning) {
    return new Param<>(name, fallback, "`" + fallback + "`", meaning,
        (p, n, f) -> p.doubleField(n, f, valid, rule));
  }

  /** A duration parameter ({@code 90s}, {@code 10m}, {@code 2h}) bound in microseconds. */
  public static Param<Long> duration(String name, long fallbackMicros, LongPredicate valid,
      String rule, String meaning) {
    return new Param<>(name, fallbackMicros, "`" + durationText(fallbackMicros) + "`", meaning,
        (p, n, f) -> p.durationField(n, f, valid, rule));
  }

  /** A yes/no parameter. */
  public static Param<Boolean> flag(String name, boolean fallback, String meaning) {
    return new Param<>(name, fallback, "`" + fallback + "`", meaning,
        (p, n, f) -> p.bool(n, f));
  }

  /** A list of strings, lower-cased; an absent field gives {@code fallback}. */
  public static Param<List<String>> lowerCaseNames(String name, List<String> fallback,
      String meaning) {
    String text = fallback.isEmpty() ? "`[]`" : String.join(", ", fallback);
    return new Param<>(name, List.copyOf(fallback), text, meaning,
        (p, n, f) -> p.field(n).isPresent()
            ? p.strings(n).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList() : f);
  }

  /** A parameter of any type with its own reader and README default text. */
  public static <T> Param<T> custom(String name, T fallback, String defaultText,
      String meaning, Reader<T> reader) {
    return new Param<>(name, fallback, defaultText, meaning, reader);
  }

  /** A copy whose README default text is {@code text} (e.g. for a derived default). */
  public Param<T> shownAs(String text) {
    return new Param<>(name, fallback, text, meaning, reader);
  }

  /** The field name in a {@code detectors:} entry. */
  public String name() {
    return name;
  }

  /** The default value. */
  public T fallback() {
    return fallback;
  }

  /** One row of the README parameter table. */
  public String tableRow() {
    return "| `" + name + "` | " + defaultText + " | " + meaning + " |";
  }

  T read(SpecNode entry) {
    return reader.read(entry, name, fallback);
  }

  /** {@code 10m}, {@code 1h}, {@code 90s}: the largest unit that divides the duration. */
  static String durationText(long micros) {
    long[] units = {Micros.DAY, Micros.HOUR, Micros.MINUTE, Micros.SECOND};
    String[] names = {"d", "h", "m", "s"};
    for (int i = 0; i < units.length; i++) {
      if (micros != 0 && micros % units[i] == 0) {
        return micros / units[i] + names[i];
      }
    }
    return micros == 0 ? "0s" : micros + "us";
  }
}
