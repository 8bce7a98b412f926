package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.net.Ipv4;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * How to read a tool's alerts: the detector name to give them (empty: the format's own, e.g.
 * {@code suricata}), which addresses are internal (decides an alert's entity host, see
 * {@link Endpoints}), and the column mapping for {@link AlertFormat#MAPPED}.
 */
public record AlertReadOptions(Optional<String> detector, IntPredicate internal,
    Optional<ColumnMap> mapping) {
  /** Format defaults, RFC 1918 space as internal, no mapping. */
  public static final AlertReadOptions DEFAULTS =
      new AlertReadOptions(Optional.empty(), Ipv4::isPrivate, Optional.empty());

  public AlertReadOptions {
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(internal, "internal");
    Objects.requireNonNull(mapping, "mapping");
  }

  /** These options with the detector name {@code name}. */
  public AlertReadOptions withDetector(String name) {
    return new AlertReadOptions(Optional.of(name), internal, mapping);
  }

  /** These options with {@code map} as column mapping. */
  public AlertReadOptions withMapping(ColumnMap map) {
    return new AlertReadOptions(detector, internal, Optional.of(map));
  }

  /** These options with another notion of internal addresses. */
  public AlertReadOptions withInternal(IntPredicate isInternal) {
    return new AlertReadOptions(detector, isInternal, mapping);
  }

  /** The detector name: the option, else {@code fallback}. */
  String detectorOr(String fallback) {
    return detector.orElse(fallback);
  }
}
