package io.wormbench.evaluation.fidelity;

import io.wormbench.evaluation.fidelity.artefact.ConnFields;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.spec.SpecReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a reference file (YAML; the shipped one is {@code reference.yaml} beside this class)
 * through the scenario reader ({@link SpecReader}, {@link SpecNode}), so a bad field fails as a
 * scenario field does: one line naming the file, the field's path and its line, with a
 * did-you-mean for a misspelt statistic id.
 */
public final class ReferenceFile {
  /** The shipped reference, on the class path. */
  public static final String RESOURCE = "reference.yaml";

  private ReferenceFile() {}

  /** The reference ranges shipped with Wormbench. */
  public static Reference defaults() {
    try (InputStream in = ReferenceFile.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return parse("reference.yaml (shipped)", text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads and validates a reference file. */
  public static Reference load(Path file) {
    return bind(SpecReader.read(file));
  }

  /** Parses and validates reference YAML; {@code source} names it in errors. */
  public static Reference parse(String source, String yaml) {
    return bind(SpecReader.read(source, yaml));
  }

  private static Reference bind(SpecNode root) {
    root.rejectUnknown(Set.of("statistics", "distributions", "artefacts"));
    SpecNode stats = root.map("statistics");
    Set<String> ids = new LinkedHashSet<>();
    FidelityStatistics.all().forEach(s -> ids.add(s.id()));
    stats.rejectUnknown(ids);
    Map<String, ReferenceRange> ranges = new LinkedHashMap<>();
    for (String id : stats.fieldNames()) {
      ranges.put(id, range(stats.map(id), Set.of()));
    }
    SpecNode dist = root.map("distributions");
    dist.rejectUnknown(Set.of("portMix", "tcpStates", "bytes", "duration"));
    Map<String, Double> ports = shares(dist.map("portMix"), k -> PortKey.parse(k),
        "a port key such as tcp/445 or udp/49152+");
    Map<String, Double> states = shares(dist.map("tcpStates"), ConnState::valueOf,
        "a Zeek conn_state such as SF or RSTO");
    List<Reference.QuantilePoint> bytes = points(dist.map("bytes"));
    List<Reference.QuantilePoint> duration = points(dist.map("duration"));
    SpecNode art = root.map("artefacts");
    art.rejectUnknown(Set.of("fieldAuc", "treeAuc"));
    SpecNode field = art.map("fieldAuc");
    ReferenceRange fieldAuc = range(field, Set.of("exempt"));
    List<String> exempt = field.strings("exempt");
    for (int i = 0; i < exempt.size(); i++) {
      if (!ConnFields.names().contains(exempt.get(i))) {
        throw field.list("exempt").get(i).error("unknown connection field '" + exempt.get(i)
            + "' (known: " + String.join(", ", ConnFields.names()) + ")");
      }
    }
    ReferenceRange treeAuc = range(art.map("treeAuc"), Set.of());
    return new Reference(root.source(), ranges, ports, states, bytes, duration, fieldAuc, exempt,
        treeAuc);
  }

  private static ReferenceRange range(SpecNode n, Set<String> extra) {
    if (n.fieldNames().isEmpty()) {
      return new ReferenceRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "", "", "");
    }
    Set<String> known = new LinkedHashSet<>(List.of("low", "high", "source", "figure", "caveat"));
    known.addAll(extra);
    n.rejectUnknown(known);
    double low = n.doubleField("low", Double.NEGATIVE_INFINITY, v -> true, "");
    double high = n.doubleField("high", Double.POSITIVE_INFINITY, v -> true, "");
    if (low > high) {
      throw n.field("high").orElseThrow().error("must be >= low (" + low + ")");
    }
    return new ReferenceRange(low, high, n.requiredString("source"), n.string("figure", ""),
        n.string("caveat", ""));
  }

  private static Map<String, Double> shares(SpecNode n, java.util.function.Consumer<String> check,
      String what) {
    if (n.fieldNames().isEmpty()) {
      return Map.of();
    }
    n.rejectUnknown(Set.of("source", "figure", "caveat", "shares"));
    n.requiredString("source");
    SpecNode shares = n.map("shares");
    Map<String, Double> out = new LinkedHashMap<>();
    for (String k : shares.fieldNames()) {
      if (!k.equals(Reference.OTHER)) {
        try {
          check.accept(k);
        } catch (IllegalArgumentException e) {
          throw shares.field(k).orElseThrow().error("'" + k + "' is not " + what);
        }
      }
      out.put(k, shares.doubleField(k, 0, v -> v >= 0 && v <= 1, "must be a share in [0, 1]"));
    }
    double sum = out.values().stream().mapToDouble(Double::doubleValue).sum();
    if (Math.abs(sum - 1) > 0.02) {
      throw shares.error("shares must add up to 1 (within 0.02), not " + sum);
    }
    return out;
  }

  private static List<Reference.QuantilePoint> points(SpecNode n) {
    if (n.fieldNames().isEmpty()) {
      return List.of();
    }
    n.rejectUnknown(Set.of("source", "figure", "caveat", "points"));
    n.requiredString("source");
    List<Reference.QuantilePoint> out = new ArrayList<>();
    for (SpecNode p : n.list("points")) {
      p.rejectUnknown(Set.of("q", "value"));
      double q = p.doubleField("q", Double.NaN, v -> v > 0 && v < 1, "must be in (0, 1)");
      double v = p.doubleField("value", Double.NaN, x -> x >= 0, "must be >= 0");
      if (Double.isNaN(q) || Double.isNaN(v)) {
        throw p.error("needs both q and value");
      }
      if (!out.isEmpty() && (q <= out.get(out.size() - 1).q()
          || v < out.get(out.size() - 1).value())) {
        throw p.error("points must rise in q and value");
      }
      out.add(new Reference.QuantilePoint(q, v));
    }
    return out;
  }
}
