package io.wormbench.traffic.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.LongPredicate;

/**
 * A YAML (or JSON) document as a tree that remembers, for every node, its field path and its
 * line, so each module can bind its own section of a scenario file into typed settings and
 * reject a bad value with the path and line of the field. Reading a field marks it used;
 * {@link #rejectUnknown(Set)} turns a misspelt field into an error with a did-you-mean.
 *
 * <p>Typical use: {@code long rate = node.longField("rate", 10, r -> r > 0, "must be > 0")}.
 *
 * <p>Every number has an upper bound, so no value can make a run grow without limit or
 * overflow a later sum: a field's own rule may be tighter, but an {@code int} field never
 * exceeds {@link #MAX_COUNT}, a {@code long} field {@link #MAX_LONG}, a number
 * {@link #MAX_NUMBER} in magnitude, and a duration {@link Durations#MAX} (scenarios/README.md,
 * "Bounds").
 */
public final class SpecNode {
  /** The largest {@code int} field value: one million. */
  public static final long MAX_COUNT = 1_000_000;
  /** The largest {@code long} field value (byte sizes): 10^12. */
  public static final long MAX_LONG = 1_000_000_000_000L;
  /** The largest magnitude of a number field: 10^15 (reference ranges in fidelity YAML reach 10^12). */
  public static final double MAX_NUMBER = 1e15;

  /** The shape of a node. */
  public enum Type { MAP, LIST, SCALAR, NULL }

  private final String source;
  private final String path;
  private final int line;
  private final Type type;
  private final String text;
  private final Map<String, SpecNode> fields;
  private final List<SpecNode> items;

  SpecNode(String source, String path, int line, Type type, String text,
      Map<String, SpecNode> fields, List<SpecNode> items) {
    this.source = source;
    this.path = path;
    this.line = line;
    this.type = type;
    this.text = text;
    this.fields = fields;
    this.items = items;
  }

  /** An empty map node, for sections a scenario leaves out: every field takes its default. */
  public static SpecNode emptyMap(String source, String path) {
    return new SpecNode(source, path, 0, Type.MAP, "", new LinkedHashMap<>(), List.of());
  }

  public String source() {
    return source;
  }

  public String path() {
    return path;
  }

  public int line() {
    return line;
  }

  public Type type() {
    return type;
  }

  /** An error about this node, naming its file, path and line. */
  public SpecException error(String problem) {
    return new SpecException(source, path, line, problem);
  }

  /** The field names of a map node, in file order. */
  public Set<String> fieldNames() {
    return Collections.unmodifiableSet(requireMap().keySet());
  }

  /** The child {@code name} of a map node, if present and not null. */
  public Optional<SpecNode> field(String name) {
    SpecNode child = requireMap().get(name);
    return child == null || child.type == Type.NULL ? Optional.empty() : Optional.of(child);
  }

  /** The child map {@code name}, or an empty map standing in for it. */
  public SpecNode map(String name) {
    SpecNode child = field(name).orElseGet(() -> emptyMap(source, childPath(name)));
    child.requireMap();
    return child;
  }

  /** The items of the list {@code name}, empty when absent. */
  public List<SpecNode> list(String name) {
    Optional<SpecNode> child = field(name);
    if (child.isEmpty()) {
      return List.of();
    }
    if (child.get().type != Type.LIST) {
      throw child.get().error("must be a list");
    }
    return child.get().items;
  }

  /** The items of this list node. */
  public List<SpecNode> items() {
    if (type != Type.LIST) {
      throw error("must be a list");
    }
    return items;
  }

  /** This scalar's text. */
  public String text() {
    if (type != Type.SCALAR) {
      throw error("must be a single value");
    }
    return text;
  }

  /** A string field, or {@code fallback} when absent. */
  public String string(String name, String fallback) {
    return field(name).map(SpecNode::text).orElse(fallback);
  }

  /** A required string field. */
  public String requiredString(String name) {
    return field(name).map(SpecNode::text).orElseThrow(() -> error("missing field '" + name + "'"));
  }

  /** A boolean field ({@code true}/{@code false}), or {@code fallback}. */
  public boolean bool(String name, boolean fallback) {
    Optional<SpecNode> f = field(name);
    if (f.isEmpty()) {
      return fallback;
    }
    String t = f.get().text();
    if (t.equals("true") || t.equals("false")) {
      return Boolean.parseBoolean(t);
    }
    throw f.get().error("must be true or false, not '" + t + "'");
  }

  /** An integer field checked by {@code valid}, or {@code fallback} when absent. */
  public long longField(String name, long fallback, LongPredicate valid, String rule) {
    Optional<SpecNode> f = field(name);
    if (f.isEmpty()) {
      return fallback;
    }
    return bounded(f.get(), MAX_LONG, valid, rule);
  }

  private static long bounded(SpecNode f, long max, LongPredicate valid, String rule) {
    long v;
    try {
      v = Long.parseLong(f.text().replace("_", ""));
    } catch (NumberFormatException e) {
      throw f.error("must be a whole number, not '" + f.text() + "'");
    }
    if (!valid.test(v)) {
      throw f.error(rule);
    }
    if (v > max || v < -max) {
      throw f.error("must be at most " + max + " in magnitude, not " + v);
    }
    return v;
  }

  /** An {@code int} field checked by {@code valid}, or {@code fallback} when absent. */
  public int intField(String name, int fallback, LongPredicate valid, String rule) {
    Optional<SpecNode> f = field(name);
    return f.isEmpty() ? fallback : (int) bounded(f.get(), MAX_COUNT, valid, rule);
  }

  /** A number field checked by {@code valid}, or {@code fallback} when absent. */
  public double doubleField(String name, double fallback, DoublePredicate valid, String rule) {
    Optional<SpecNode> f = field(name);
    if (f.isEmpty()) {
      return fallback;
    }
    double v;
    try {
      v = Double.parseDouble(f.get().text().replace("_", ""));
    } catch (NumberFormatException e) {
      throw f.get().error("must be a number, not '" + f.get().text() + "'");
    }
    if (!Double.isFinite(v) || !valid.test(v)) {
      throw f.get().error(rule);
    }
    if (Math.abs(v) > MAX_NUMBER) {
      throw f.get().error("must be at most " + (long) MAX_NUMBER + " in magnitude, not "
          + f.get().text());
    }
    return v;
  }

  /** A duration field ({@code 90s}, {@code 10m}, {@code 2h}, {@code 7d}) in microseconds. */
  public long durationField(String name, long fallbackMicros, LongPredicate valid, String rule) {
    Optional<SpecNode> f = field(name);
    if (f.isEmpty()) {
      return fallbackMicros;
    }
    long v;
    try {
      v = Durations.parseMicros(f.get().text());
    } catch (IllegalArgumentException e) {
      throw f.get().error(e.getMessage());
    }
    if (!valid.test(v)) {
      throw f.get().error(rule);
    }
    return v;
  }

  /** An enum field matched case-insensitively, with '-' standing for '_'. */
  public <E extends Enum<E>> E enumField(String name, Class<E> type, E fallback) {
    Optional<SpecNode> f = field(name);
    if (f.isEmpty()) {
      return fallback;
    }
    String t = f.get().text().replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(t)) {
        return e;
      }
      names.add(e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    throw f.get().error("must be one of " + String.join(", ", names) + ", not '"
        + f.get().text() + "'");
  }

  /** A list of strings, empty when absent. */
  public List<String> strings(String name) {
    List<String> out = new ArrayList<>();
    for (SpecNode item : list(name)) {
      out.add(item.text());
    }
    return out;
  }

  /**
   * Fails on the first field of this map that is not in {@code known}, suggesting the nearest
   * known name.
   */
  public void rejectUnknown(Set<String> known) {
    for (Map.Entry<String, SpecNode> e : requireMap().entrySet()) {
      if (!known.contains(e.getKey())) {
        String hint = DidYouMean.nearest(e.getKey(), known)
            .map(s -> "; did you mean '" + s + "'?").orElse("");
        throw new SpecException(source, childPath(e.getKey()), e.getValue().line,
            "unknown field" + hint + " (known: " + String.join(", ", new java.util.TreeSet<>(known))
                + ")");
      }
    }
  }

  private Map<String, SpecNode> requireMap() {
    if (type == Type.NULL) {
      return Map.of();
    }
    if (type != Type.MAP) {
      throw error("must be a map of fields");
    }
    return fields;
  }

  String childPath(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
