package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.net.Ipv4;
import java.io.BufferedReader;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Stratosphere Slips' {@code alerts.json}: one IDMEFv2 message per line (IETF draft
 * draft-lehmann-idmefv2; Slips' {@code IDMEFv2} output class). Two kinds: evidence
 * ({@code Status: "Event"}, with {@code Severity}, {@code Confidence}, {@code Description},
 * {@code Source[0].IP}/{@code Port}, {@code Target[0].IP}/{@code Port}) and alerts
 * ({@code Status: "Incident"}, raised when a profile's accumulated threat level crossed Slips'
 * threshold, with {@code Source[0].IP} and a time window). Time is {@code StartTime}
 * (ISO-8601 with the offset Slips wrote).
 *
 * <p>Score rule: an Incident scores 1 (Slips already decided); evidence scores its Slips
 * threat level times its confidence, the threat levels being Slips' own weights for the IDMEFv2
 * severities it writes: Info 0, Low 0.2, Medium 0.5, High 0.8 (Slips maps Critical to High),
 * Unknown 0. Entity: the internal endpoint of Source and Target ({@link Endpoints}); detector
 * {@code slips} unless set. IDMEFv2 carries no ATT&CK id, so the technique is empty.
 */
public final class SlipsAlertReader extends JsonAlertLines {
  /** A reader over {@code in}. */
  public SlipsAlertReader(BufferedReader in, String source, AlertReadOptions options) {
    super(in, source, options);
  }

  /** Slips' threat level of an IDMEFv2 severity. */
  public static double threatLevel(String severity) {
    return switch (severity.toLowerCase(Locale.ROOT)) {
      case "low" -> 0.2;
      case "medium" -> 0.5;
      case "high" -> 0.8;
      case "critical" -> 1.0;
      default -> 0.0; // info, unknown
    };
  }

  @Override
  Optional<ToolAlert> convert(JsonNode r) {
    String status = text(r, "Status");
    boolean incident = status.equals("Incident");
    if (!incident && !status.equals("Event")) {
      throw fail("Status", "neither Event nor Incident: '" + abbreviate(status) + "'");
    }
    long ts = time(r, "StartTime");
    Optional<Integer> src = address(r, "Source.0.IP");
    Optional<Integer> dst = address(r, "Target.0.IP");
    if (src.isEmpty() || dst.isEmpty()) {
      return skip();
    }
    if (src.get() == Ipv4.NONE && dst.get() == Ipv4.NONE) {
      throw fail("Source", "no IPv4 address in Source or Target");
    }
    double score;
    if (incident) {
      score = 1.0;
    } else {
      double confidence = at(r, "Confidence") == null ? 1 : number(r, "Confidence");
      if (!(confidence >= 0 && confidence <= 1)) {
        throw fail("Confidence", "not in [0,1]: " + confidence);
      }
      score = threatLevel(textOr(r, "Severity", "Unknown")) * confidence;
    }
    int[] entity = Endpoints.entity(src.get(), dst.get(), options.internal());
    String description = incident ? "alert: " + textOr(r, "Note", "") : textOr(r, "Description", "");
    Alert a = new Alert(options.detectorOr("slips"), ts, entity[0], entity[1], score, "",
        description);
    FlowKey key = new FlowKey("", "", src.get(), firstPort(r, "Source"), dst.get(),
        firstPort(r, "Target"), 0);
    return Optional.of(new ToolAlert(a, key, line));
  }

  private int firstPort(JsonNode r, String side) {
    return port(r, side + ".0.Port.0");
  }
}
