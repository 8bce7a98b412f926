package io.wormbench.detectors;

import io.wormbench.traffic.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scenario's {@code detectors:} section: which detectors run and with which parameters.
 * Absent, every built-in detector runs at its defaults. Each entry is a map with the
 * detector's {@code name} and its parameters, validated when the suite is bound so a bad
 * field fails before any simulation starts. {@link #create()} returns fresh detectors for
 * each run, because detectors hold per-run state.
 *
 * <p>An entry with an {@code external} map is a third-party detector run as a process; this
 * module neither binds nor runs it (evaluation does, see {@link #externals()}), but it keeps
 * its name in {@link #names()} so it is scored beside the built-ins.
 *
 * <pre>
 * detectors:
 *   - name: smb-brute-force
 *     window: 10m
 *     minFailures: 10
 *   - name: mining-protocol
 * </pre>
 */
public final class DetectorSuite {
  /** The top-level scenario fields this module binds. */
  public static final Set<String> FIELDS = Set.of("detectors");

  /** The field that makes an entry an external detector. */
  public static final String EXTERNAL = "external";

  private record Entry(String name, SpecNode params) {
    boolean external() {
      return params.type() == SpecNode.Type.MAP && params.field(EXTERNAL).isPresent();
    }
  }

  /** An external detector's entry, unbound: its name and the whole entry map. */
  public record ExternalEntry(String name, SpecNode entry) {}

  private final DetectorRegistry registry;
  private final List<Entry> entries;

  private DetectorSuite(DetectorRegistry registry, List<Entry> entries) {
    this.registry = registry;
    this.entries = List.copyOf(entries);
  }

  /**
   * Binds the top-level {@code detectors} list of a scenario against the built-ins and the
   * installed plug-ins ({@link DetectorRegistry#installed()}). Absent, the built-ins run: a
   * plug-in runs only where a scenario names it.
   */
  public static DetectorSuite from(SpecNode root) {
    return from(root, root.field("detectors").isEmpty() ? DetectorRegistry.builtIn()
        : DetectorRegistry.installed());
  }

  /** Binds the top-level {@code detectors} list against {@code registry}. */
  public static DetectorSuite from(SpecNode root, DetectorRegistry registry) {
    List<Entry> entries = new ArrayList<>();
    if (root.field("detectors").isEmpty()) {
      for (String name : registry.names()) {
        entries.add(new Entry(name, DetectorParams.defaults(name)));
      }
      return new DetectorSuite(registry, entries);
    }
    Set<String> seen = new HashSet<>();
    for (SpecNode item : root.list("detectors")) {
      String name = item.requiredString("name");
      if (!seen.add(name)) {
        throw item.error("detector '" + name + "' listed twice");
      }
      Entry entry = new Entry(name, item);
      if (!entry.external()) {
        registry.create(name, item); // validates now, so errors surface before the run
      } else if (registry.contains(name)) {
        throw item.error("external detector '" + name + "' has a built-in detector's name");
      }
      entries.add(entry);
    }
    if (entries.isEmpty()) {
      throw root.field("detectors").get().error("must list at least one detector");
    }
    return new DetectorSuite(registry, entries);
  }

  /** All built-in detectors at their defaults. */
  public static DetectorSuite defaults() {
    return from(SpecNode.emptyMap("defaults", ""));
  }

  /** Names of the detectors in the suite, built-in and external, in listed order. */
  public List<String> names() {
    return entries.stream().map(Entry::name).toList();
  }

  /** Fresh in-process detectors for one run (external entries are not among them). */
  public List<Detector> create() {
    List<Detector> out = new ArrayList<>();
    for (Entry e : entries) {
      if (!e.external()) {
        out.add(registry.create(e.name(), e.params()));
      }
    }
    return out;
  }

  /** The external entries, in listed order, for the evaluation module to bind and run. */
  public List<ExternalEntry> externals() {
    return entries.stream().filter(Entry::external)
        .map(e -> new ExternalEntry(e.name(), e.params())).toList();
  }
}
