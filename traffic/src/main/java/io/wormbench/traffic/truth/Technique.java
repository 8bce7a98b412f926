package io.wormbench.traffic.truth;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The MITRE ATT&CK Enterprise techniques of the cryptomining worm's kill chain
 * (https://attack.mitre.org/techniques/enterprise/), and the notes of third-party tools that map
 * to them, as one typed vocabulary: the simulator's truth, the built-in detectors' alerts,
 * labels.csv and the report's charts name techniques through these constants.
 *
 * <p>Third-party input (an EVE rule's metadata, a mapped CSV column, alerts.csv written by
 * another tool) may carry any text. It is kept verbatim as the alert's technique: a known id, or
 * a sub-technique or parent of one ({@code T1110} and {@code T1110.004} both belong to
 * {@link Stage#BRUTE_FORCE}), maps to its stage through {@link #stageOf(String)}; any other text
 * (an unknown technique such as {@code T1190}, an empty field, a free-form label) maps to no
 * stage, so the alert still counts for host- and flow-level matching but for no stage's
 * coverage. SCORING.md documents this rule.
 */
public enum Technique {
  /** Ingress Tool Transfer: the payload download. */
  INGRESS_TOOL_TRANSFER("T1105", "Ingress Tool Transfer"),
  /** Remote Services: Remote Desktop Protocol. */
  REMOTE_DESKTOP("T1021.001", "Remote Services: Remote Desktop Protocol"),
  /** Network Service Discovery: scanning for SMB/RPC services. */
  NETWORK_SERVICE_DISCOVERY("T1046", "Network Service Discovery"),
  /** Brute Force: Password Guessing. */
  PASSWORD_GUESSING("T1110.001", "Brute Force: Password Guessing"),
  /** Brute Force: Password Spraying. */
  PASSWORD_SPRAYING("T1110.003", "Brute Force: Password Spraying"),
  /** Remote Services: SMB/Windows Admin Shares. */
  ADMIN_SHARES("T1021.002", "Remote Services: SMB/Windows Admin Shares"),
  /** Lateral Tool Transfer. */
  LATERAL_TOOL_TRANSFER("T1570", "Lateral Tool Transfer"),
  /** System Services: Service Execution. */
  SERVICE_EXECUTION("T1569.002", "System Services: Service Execution"),
  /** Application Layer Protocol: Web Protocols. */
  WEB_PROTOCOLS("T1071.001", "Application Layer Protocol: Web Protocols"),
  /** Application Layer Protocol (the parent, which beacon detectors report). */
  APPLICATION_LAYER_PROTOCOL("T1071", "Application Layer Protocol"),
  /** Encrypted Channel. */
  ENCRYPTED_CHANNEL("T1573", "Encrypted Channel"),
  /** Resource Hijacking: the mining itself. */
  RESOURCE_HIJACKING("T1496", "Resource Hijacking"),
  /**
   * Exfiltration Over C2 Channel: outside the chain's stages, reported by the self-learning
   * detector for an unusual rise in bytes out.
   */
  EXFILTRATION_OVER_C2("T1041", "Exfiltration Over C2 Channel"),
  /**
   * Exploit Public-Facing Application: outside this kill chain (no stage), named because Zeek's
   * {@code HTTP::SQL_Injection_Attacker} notice maps to it.
   */
  EXPLOIT_PUBLIC_FACING_APPLICATION("T1190", "Exploit Public-Facing Application");

  /** The shape of an ATT&CK technique or sub-technique id. */
  public static final Pattern ID = Pattern.compile("T\\d{4}(\\.\\d{3})?");

  private static final Map<String, Technique> BY_ID = new HashMap<>();
  /** Stage lookups by text, cached: alerts repeat a handful of technique texts millions of times. */
  private static final Map<String, Optional<Stage>> STAGE_OF = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 4096;

  static {
    for (Technique t : values()) {
      BY_ID.put(t.id, t);
    }
  }

  private final String id;
  private final String title;

  Technique(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The ATT&CK id, such as {@code T1110.001}: the text written in every output. */
  public String id() {
    return id;
  }

  /** The ATT&CK name. */
  public String title() {
    return title;
  }

  /** The kill-chain stage of this technique, empty for techniques outside the chain. */
  public Optional<Stage> stage() {
    return stageOf(id);
  }

  /** The technique with exactly this id. */
  public static Optional<Technique> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * The stage a technique text belongs to: exact ids first, then sub-techniques and parents of
   * a stage's techniques; empty for any other text (see the class comment).
   */
  public static Optional<Stage> stageOf(String text) {
    Optional<Stage> cached = STAGE_OF.get(text);
    if (cached != null) {
      return cached;
    }
    Optional<Stage> s = lookUp(text);
    if (STAGE_OF.size() < MAX_CACHED) {
      STAGE_OF.put(text, s);
    }
    return s;
  }

  private static Optional<Stage> lookUp(String text) {
    for (Stage s : Stage.values()) {
      for (Technique t : s.attackTechniques()) {
        if (t.id.equals(text)) {
          return Optional.of(s);
        }
      }
    }
    for (Stage s : Stage.values()) {
      for (Technique t : s.attackTechniques()) {
        if (text.startsWith(t.id + ".") || t.id.startsWith(text + ".")) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
