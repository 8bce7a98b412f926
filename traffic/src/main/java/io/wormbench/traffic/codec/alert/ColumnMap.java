package io.wormbench.traffic.codec.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the alert fields are in a CSV or JSON file of another shape, as {@code wormbench score
 * --map ts=start,host=src,score=prob} spells it: each key a Wormbench field, each value a
 * column name (CSV) or a dotted path (JSON). {@code ts} and one of {@code host}/{@code src}
 * are required; {@code scoreMax=N} divides the score column by N (a tool scoring 0-100 says
 * {@code scoreMax=100}); without a {@code score} column every alert scores 1.
 */
public record ColumnMap(Map<String, String> columns, double scoreMax) {
  /** The keys a mapping may name. */
  public static final List<String> KEYS = List.of("ts", "host", "peer", "src", "dst", "sport",
      "dport", "proto", "score", "detector", "technique", "evidence", "uid", "community_id");

  public ColumnMap {
    columns = Map.copyOf(columns);
  }

  /** Parses {@code key=column,...}; throws {@link IllegalArgumentException} naming the key. */
  public static ColumnMap parse(String spec) {
    Map<String, String> m = new LinkedHashMap<>();
    double max = 1;
    for (String part : spec.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0 || eq == part.length() - 1) {
        throw new IllegalArgumentException("expected key=column but found '" + part + "'");
      }
      String key = part.substring(0, eq).strip();
      String value = part.substring(eq + 1).strip();
      if (key.equals("scoreMax")) {
        try {
          max = Double.parseDouble(value);
        } catch (NumberFormatException e) {
          max = Double.NaN;
        }
        if (!(max > 0 && Double.isFinite(max))) {
          throw new IllegalArgumentException("scoreMax: must be a positive number, not '" + value + "'");
        }
        continue;
      }
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown key '" + key + "' (known: "
            + String.join(", ", KEYS) + ", scoreMax)");
      }
      if (m.put(key, value) != null) {
        throw new IllegalArgumentException("key '" + key + "' given twice");
      }
    }
    if (!m.containsKey("ts")) {
      throw new IllegalArgumentException("ts=<column> is required");
    }
    if (!m.containsKey("host") && !m.containsKey("src")) {
      throw new IllegalArgumentException("host=<column> or src=<column> is required");
    }
    return new ColumnMap(m, max);
  }

  /** The column of {@code key}, if mapped. */
  public Optional<String> column(String key) {
    return Optional.ofNullable(columns.get(key));
  }
}
