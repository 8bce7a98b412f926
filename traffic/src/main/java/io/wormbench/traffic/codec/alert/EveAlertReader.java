package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.alert.Alert;
import java.io.BufferedReader;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Suricata's EVE JSON output (https://docs.suricata.io/en/latest/output/eve/eve-json-format.html):
 * one event per line; only {@code event_type: alert} records are alerts, every other event
 * (flow, dns, stats...) is skipped. Read: {@code timestamp} (ISO-8601 with offset), {@code
 * src_ip}/{@code src_port}, {@code dest_ip}/{@code dest_port}, {@code proto}, {@code flow_id},
 * {@code community_id}, and {@code alert.signature_id}, {@code signature}, {@code category},
 * {@code severity}, and the ATT&CK id in {@code alert.metadata.mitre_technique_id} when the
 * rule carries one (ET Open rules do).
 *
 * <p>Score rule: Suricata's severity is a priority, 1 the most severe; score = 1 - (severity -
 * 1) / 4, so 1 -> 1, 2 -> 0.75, 3 -> 0.5 (Suricata's default priority), 4 and beyond -> 0.25.
 * Entity: the internal endpoint ({@link Endpoints}). Detector name {@code suricata} unless set.
 */
public final class EveAlertReader extends JsonAlertLines {
  /** A reader over {@code in}. */
  public EveAlertReader(BufferedReader in, String source, AlertReadOptions options) {
    super(in, source, options);
  }

  /** The documented severity-to-score rule. */
  public static double score(int severity) {
    int s = Math.max(1, Math.min(4, severity));
    return 1 - (s - 1) / 4.0;
  }

  @Override
  Optional<ToolAlert> convert(JsonNode r) {
    if (!"alert".equals(textOr(r, "event_type", ""))) {
      return Optional.empty();
    }
    long ts = time(r, "timestamp");
    Optional<Integer> src = address(r, "src_ip");
    Optional<Integer> dst = address(r, "dest_ip");
    if (src.isEmpty() || dst.isEmpty()) {
      return skip();
    }
    int sport = port(r, "src_port");
    int dport = port(r, "dest_port");
    int severity = at(r, "alert.severity") == null ? 3 : (int) number(r, "alert.severity");
    String sid = textOr(r, "alert.signature_id", "");
    String signature = textOr(r, "alert.signature", "");
    String category = textOr(r, "alert.category", "");
    JsonNode mitre = at(r, "alert.metadata.mitre_technique_id");
    String technique = mitre != null && mitre.isArray() && !mitre.isEmpty()
        ? mitre.get(0).asString() : mitre != null && mitre.isValueNode() ? mitre.asString() : "";
    int[] entity = Endpoints.entity(src.get(), dst.get(), options.internal());
    String evidence = "sid " + sid + ": " + signature + (category.isEmpty() ? "" : " [" + category + "]");
    Alert a = new Alert(options.detectorOr("suricata"), ts, entity[0], entity[1], score(severity),
        technique, evidence);
    FlowKey key = new FlowKey(textOr(r, "community_id", ""), "", src.get(), sport, dst.get(),
        dport, Protocols.number(textOr(r, "proto", "")));
    return Optional.of(new ToolAlert(a, key, line));
  }
}
