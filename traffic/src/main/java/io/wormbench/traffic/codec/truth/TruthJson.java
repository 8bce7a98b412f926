package io.wormbench.traffic.codec.truth;

import io.wormbench.traffic.codec.JsonInput;
import io.wormbench.traffic.codec.Texts;
import io.wormbench.traffic.codec.Utf8Reader;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.BenignActivity;
import io.wormbench.traffic.truth.EvaluationDefaults;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.HostRole;
import io.wormbench.traffic.truth.HostTimeline;
import io.wormbench.traffic.truth.OsFamily;
import io.wormbench.traffic.truth.SoftwareProfile;
import io.wormbench.traffic.truth.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import io.wormbench.traffic.time.Micros;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run folder's {@code truth.json}: the hidden ground truth of one simulated run, pretty
 * printed with two-space indents and {@code \n} line ends, fields in a fixed order so the same
 * run gives the same bytes. Schema ({@code "format": "wormbench-truth/1"}):
 *
 * <pre>
 * { "format", "scenario", "seed", "start", "startMicros", "end", "endMicros",
 *   "hosts":      [ { "address", "name", "role", "subnet",
 *                     "software": { "os", "osVersion", "browser", "clients" } } ],
 *   "timelines":  [ { "host", "infectedAt", "infectedAtMicros", "firstMaliciousAt",
 *                     "firstMaliciousAtMicros", "quarantinedAt", "quarantinedAtMicros" } ],
 *   "steps":      [ { "id", "stage", "technique", "source", "target", "start", "startMicros",
 *                     "end", "endMicros", "eventUids": [ ... ] } ],
 *   "lookalikes": [ { "kind", "source", "target", "start", "startMicros", "end", "endMicros",
 *                     "events", "eventUids": [ ... ] } ],
 *   "evaluation": { "learningEnd", "learningEndMicros", "matchingWindowSeconds",
 *                   "nabWindowSeconds", "alertThreshold" } }
 * </pre>
 *
 * <p>{@code evaluation} ({@link EvaluationDefaults}) is optional: runs write it, so that
 * {@code wormbench score} uses the run's learning period, matching window and operating point
 * unless told otherwise; truth files without it still read.
 *
 * <p>Addresses are dotted quads ({@code 0.0.0.0} for "none"); times appear twice, as ISO-8601
 * UTC for people and as raw microseconds, which the reader trusts. A timeline point the host
 * never reached ({@link HostTimeline#NEVER}) is {@code null} in both.
 */
public final class TruthJson {
  /** The value of the {@code format} field this version writes and reads. */
  public static final String FORMAT = "wormbench-truth/1";

  private static final JsonMapper MAPPER = JsonInput.STRICT;
  private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private TruthJson() {}

  /** Writes {@code truth} to {@code file}, replacing it. */
  public static void write(Path file, GroundTruth truth) {
    write(file, truth, Optional.empty());
  }

  /** Writes {@code truth} with how its run was scored. */
  public static void write(Path file, GroundTruth truth, Optional<EvaluationDefaults> defaults) {
    try {
      Files.writeString(file, toJson(truth, defaults), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The file's text: deterministic, ending in one {@code \n}. */
  public static String toJson(GroundTruth truth) {
    return toJson(truth, Optional.empty());
  }

  /** The file's text with the optional {@code evaluation} object. */
  public static String toJson(GroundTruth truth, Optional<EvaluationDefaults> defaults) {
    ObjectNode root = TruthTree.of(MAPPER, truth);
    defaults.ifPresent(d -> {
      ObjectNode o = root.putObject("evaluation");
      Json.time(o, "learningEnd", d.learningEnd());
      o.put("matchingWindowSeconds", d.matchingWindow() / (double) Micros.SECOND);
      o.put("nabWindowSeconds", d.nabWindow() / (double) Micros.SECOND);
      o.put("alertThreshold", d.alertThreshold());
    });
    return PRETTY.writeValueAsString(root) + "\n";
  }

  /** The {@code evaluation} object of a truth.json, empty when the file has none. */
  public static Optional<EvaluationDefaults> readDefaults(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String source = Texts.fileName(file);
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw new TrafficFormatException(source, 0, "", "not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode e = root == null ? null : root.get("evaluation");
    if (e == null || e.isNull()) {
      return Optional.empty();
    }
    Json json = new Json(source);
    long learningEnd = json.time(e, "evaluation", "learningEnd");
    double window = json.number(e, "evaluation", "matchingWindowSeconds");
    double nab = json.number(e, "evaluation", "nabWindowSeconds");
    double threshold = json.number(e, "evaluation", "alertThreshold");
    try {
      return Optional.of(new EvaluationDefaults(learningEnd, Math.round(window * Micros.SECOND),
          Math.round(nab * Micros.SECOND), threshold));
    } catch (IllegalArgumentException ex) {
      throw json.error("evaluation", ex.getMessage());
    }
  }

  /** Reads {@code file}; a missing or malformed field fails naming its JSON path. */
  public static GroundTruth read(Path file) {
    return fromJson(Utf8Reader.readString(file), Texts.fileName(file));
  }

  /** Parses the text of a truth.json; {@code source} names it in error messages. */
  public static GroundTruth fromJson(String text, String source) {
    JsonNode root = JsonInput.tree(MAPPER, text, source, 0);
    return new TruthTree.Reader(source).read(root);
  }

  /** Builds and reads the JSON tree; split out to keep each half readable. */
  static final class TruthTree {
    private TruthTree() {}

    static ObjectNode of(JsonMapper mapper, GroundTruth t) {
      ObjectNode root = mapper.createObjectNode();
      root.put("format", FORMAT);
      root.put("scenario", t.scenario());
      root.put("seed", t.seed());
      Json.time(root, "start", t.start());
      Json.time(root, "end", t.end());
      ArrayNode hosts = root.putArray("hosts");
      for (HostInfo h : t.hosts()) {
        ObjectNode o = hosts.addObject();
        o.put("address", Json.address(h.address()));
        o.put("name", h.name());
        o.put("role", h.role().name());
        o.put("subnet", h.subnet());
        ObjectNode sw = o.putObject("software");
        sw.put("os", h.software().os().name());
        sw.put("osVersion", h.software().osVersion());
        sw.put("browser", h.software().browser());
        ArrayNode clients = sw.putArray("clients");
        h.software().clients().forEach(clients::add);
      }
      ArrayNode timelines = root.putArray("timelines");
      for (HostTimeline tl : t.timelines()) {
        ObjectNode o = timelines.addObject();
        o.put("host", Json.address(tl.host()));
        Json.time(o, "infectedAt", tl.infectedAt());
        Json.time(o, "firstMaliciousAt", tl.firstMaliciousAt());
        Json.time(o, "quarantinedAt", tl.quarantinedAt());
      }
      ArrayNode steps = root.putArray("steps");
      for (AttackStep s : t.steps()) {
        ObjectNode o = steps.addObject();
        o.put("id", s.id());
        o.put("stage", s.stage().name());
        o.put("technique", s.technique());
        o.put("source", Json.address(s.source()));
        o.put("target", Json.address(s.target()));
        Json.time(o, "start", s.start());
        Json.time(o, "end", s.end());
        ArrayNode uids = o.putArray("eventUids");
        s.eventUids().forEach(uids::add);
      }
      ArrayNode lookalikes = root.putArray("lookalikes");
      for (BenignActivity b : t.lookalikes()) {
        ObjectNode o = lookalikes.addObject();
        o.put("kind", b.kind());
        o.put("source", Json.address(b.source()));
        o.put("target", Json.address(b.target()));
        Json.time(o, "start", b.start());
        Json.time(o, "end", b.end());
        o.put("events", b.events());
        ArrayNode uids = o.putArray("eventUids");
        b.eventUids().forEach(uids::add);
      }
      return root;
    }

    /** Reads a tree back, each error naming the JSON path of the field at fault. */
    static final class Reader {
      private final Json json;

      Reader(String source) {
        this.json = new Json(source);
      }

      GroundTruth read(JsonNode root) {
        String format = json.text(root, "", "format");
        if (!format.equals(FORMAT)) {
          throw json.error("format", "expected '" + FORMAT + "' but found '" + format + "'");
        }
        List<HostInfo> hosts = new ArrayList<>();
        json.each(root, "", "hosts", (o, p) -> hosts.add(new HostInfo(
            json.address(o, p, "address"), json.text(o, p, "name"),
            json.enumValue(o, p, "role", HostRole.class), json.text(o, p, "subnet"),
            software(o, p))));
        List<HostTimeline> timelines = new ArrayList<>();
        json.each(root, "", "timelines", (o, p) -> timelines.add(new HostTimeline(
            json.address(o, p, "host"), json.time(o, p, "infectedAt"),
            json.time(o, p, "firstMaliciousAt"), json.time(o, p, "quarantinedAt"))));
        List<AttackStep> steps = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        json.each(root, "", "steps", (o, p) -> steps.add(json.wrap(p, () -> new AttackStep(
            stepId(o, p, ids), json.enumValue(o, p, "stage", Stage.class),
            json.text(o, p, "technique"), json.address(o, p, "source"),
            json.address(o, p, "target"), json.time(o, p, "start"), json.time(o, p, "end"),
            json.texts(o, p, "eventUids")))));
        List<BenignActivity> lookalikes = new ArrayList<>();
        json.each(root, "", "lookalikes", (o, p) -> lookalikes.add(json.wrap(p,
            () -> new BenignActivity(json.text(o, p, "kind"), json.address(o, p, "source"),
            json.address(o, p, "target"), json.time(o, p, "start"), json.time(o, p, "end"),
            json.intValue(o, p, "events"),
            o.has("eventUids") ? json.texts(o, p, "eventUids") : List.of()))));
        long start = json.time(root, "", "start");
        long end = json.time(root, "", "end");
        if (end < start) {
          throw json.error("endMicros", "the run ends before it starts");
        }
        return new GroundTruth(json.text(root, "", "scenario"), json.integer(root, "", "seed"),
            start, end, hosts, timelines, steps, lookalikes);
      }

      /** A step id: an int, unique in the file (alerts are attributed to steps by id). */
      private int stepId(JsonNode o, String p, Set<Integer> ids) {
        int id = json.intValue(o, p, "id");
        if (!ids.add(id)) {
          throw json.error(p + ".id", "step id " + id + " appears twice");
        }
        return id;
      }

      /** The host's software; truth files written before profiles existed have none. */
      private SoftwareProfile software(JsonNode host, String path) {
        if (!host.has("software")) {
          return SoftwareProfile.UNKNOWN;
        }
        JsonNode o = host.get("software");
        String p = path + ".software";
        if (!o.isObject()) {
          throw json.error(p, "must be an object");
        }
        return new SoftwareProfile(json.enumValue(o, p, "os", OsFamily.class),
            json.text(o, p, "osVersion"), json.text(o, p, "browser"), json.texts(o, p, "clients"));
      }
    }
  }
}
