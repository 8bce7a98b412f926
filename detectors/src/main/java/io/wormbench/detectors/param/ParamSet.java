package io.wormbench.detectors.param;

import io.wormbench.detectors.DetectorParams;
import io.wormbench.traffic.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A detector's parameters, declared once: binding an entry rejects unknown fields (naming the
 * field and line, with a did-you-mean), reads and validates each declared parameter, and
 * hands back a {@link Bound} from which the detector builds its typed settings record. The
 * same declarations give the defaults ({@link #defaults()}), the known-field list and the
 * README parameter table that the completeness test compares with detectors/README.md.
 */
public final class ParamSet {
  /** A detector without parameters. */
  public static final ParamSet NONE = new ParamSet(List.of());

  private final List<Param<?>> params;

  private ParamSet(List<Param<?>> params) {
    Set<String> names = new LinkedHashSet<>();
    for (Param<?> p : params) {
      if (!names.add(p.name()) || DetectorParams.COMMON.contains(p.name())) {
        throw new IllegalArgumentException("parameter '" + p.name() + "' declared twice");
      }
    }
    this.params = List.copyOf(params);
  }

  /** The set of {@code params}, in README order. */
  public static ParamSet of(Param<?>... params) {
    return new ParamSet(List.of(params));
  }

  /** Field names a detector entry may carry (its own and the common ones). */
  public Set<String> knownFields() {
    Set<String> known = new LinkedHashSet<>(DetectorParams.COMMON);
    params.forEach(p -> known.add(p.name()));
    return known;
  }

  /** The declared parameters, in order. */
  public List<Param<?>> params() {
    return params;
  }

  /** Binds {@code entry}: unknown fields and invalid values fail with path and line. */
  public Bound bind(SpecNode entry) {
    entry.rejectUnknown(knownFields());
    Map<Param<?>, Object> values = new HashMap<>();
    for (Param<?> p : params) {
      values.put(p, p.read(entry));
    }
    return new Bound(values);
  }

  /** Every parameter at its default. */
  public Bound defaults() {
    Map<Param<?>, Object> values = new HashMap<>();
    params.forEach(p -> values.put(p, p.fallback()));
    return new Bound(values);
  }

  /** The README table: header, separator and one row per parameter. */
  public String markdownTable() {
    List<String> rows = new ArrayList<>();
    rows.add("| name | default | meaning |");
    rows.add("|---|---|---|");
    params.forEach(p -> rows.add(p.tableRow()));
    return String.join("\n", rows) + "\n";
  }

  /** Parameter values of one bound entry. */
  public static final class Bound {
    private final Map<Param<?>, Object> values;

    private Bound(Map<Param<?>, Object> values) {
      this.values = values;
    }

    /** The bound value of {@code p}, which must belong to this set. */
    @SuppressWarnings("unchecked")
    public <T> T get(Param<T> p) {
      if (!values.containsKey(p)) {
        throw new IllegalArgumentException("parameter '" + p.name() + "' is not in this set");
      }
      return (T) values.get(p);
    }
  }
}
