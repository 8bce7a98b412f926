package io.wormbench.simulator.benign.domain;

import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code benign.domain} section: whether the Windows-domain background runs, and each
 * {@link DomainParameter} per {@link DomainRole}, e.g.
 * {@code benign.domain.workstation.ticketsPerHour: 5}. Absent fields take the defaults.
 */
public final class DomainSpec {
  /** The defaults of every parameter, background on. */
  public static final DomainSpec DEFAULTS = new DomainSpec(true, defaults());
  /** No Windows-domain background at all (every SMB logon NTLM), for worlds built by hand. */
  public static final DomainSpec OFF = new DomainSpec(false, defaults());

  private final boolean enabled;
  private final double[][] values;

  private DomainSpec(boolean enabled, double[][] values) {
    this.enabled = enabled;
    this.values = values;
  }

  /** True when the background runs. */
  public boolean enabled() {
    return enabled;
  }

  /** The value of {@code p} for {@code role}; durations in microseconds. */
  public double get(DomainRole role, DomainParameter p) {
    return values[role.ordinal()][p.ordinal()];
  }

  /** Binds the section; absent fields take the defaults. */
  public static DomainSpec bind(SpecNode node) {
    Set<String> known = new HashSet<>();
    known.add("enabled");
    for (DomainRole r : DomainRole.values()) {
      known.add(r.field());
    }
    node.rejectUnknown(known);
    boolean enabled = node.bool("enabled", true);
    double[][] v = defaults();
    Set<String> fields = new HashSet<>();
    for (DomainParameter p : DomainParameter.values()) {
      fields.add(p.field());
    }
    for (DomainRole r : DomainRole.values()) {
      SpecNode n = node.map(r.field());
      n.rejectUnknown(fields);
      for (DomainParameter p : DomainParameter.values()) {
        v[r.ordinal()][p.ordinal()] = value(n, p, v[r.ordinal()][p.ordinal()]);
      }
      double refresh = v[r.ordinal()][DomainParameter.GPO_REFRESH.ordinal()];
      if (refresh > 0 && v[r.ordinal()][DomainParameter.GPO_JITTER.ordinal()] >= refresh) {
        throw n.field(DomainParameter.GPO_JITTER.field()).orElse(n)
            .error("must be shorter than gpoRefresh");
      }
    }
    return new DomainSpec(enabled, v);
  }

  private static double value(SpecNode n, DomainParameter p, double fallback) {
    return switch (p.kind()) {
      case RATE -> n.doubleField(p.field(), fallback, x -> x >= 0 && x <= 3600,
          "must be a rate per hour in [0, 3600]");
      case SHARE -> n.doubleField(p.field(), fallback, x -> x >= 0 && x <= 1,
          "must be a share in [0, 1]");
      case DURATION -> n.durationField(p.field(), (long) fallback,
          x -> x >= 0 && x <= 30 * Micros.DAY, "must be a duration from 0 to 30d");
    };
  }

  private static double[][] defaults() {
    double[][] v = new double[DomainRole.values().length][DomainParameter.values().length];
    for (DomainRole r : DomainRole.values()) {
      for (DomainParameter p : DomainParameter.values()) {
        v[r.ordinal()][p.ordinal()] = p.defaultFor(r);
      }
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DomainSpec d && d.enabled == enabled
        && Arrays.deepEquals(d.values, values);
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(enabled) * 31 + Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return "DomainSpec[enabled=" + enabled + ", values=" + Arrays.deepToString(values) + "]";
  }
}
