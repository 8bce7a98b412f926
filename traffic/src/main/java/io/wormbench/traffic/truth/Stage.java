package io.wormbench.traffic.truth;

import java.util.List;

/**
 * The stages of a cryptomining worm's kill chain: the seed incident's six, plus the optional
 * command-and-control beacon ({@code attacks[i].c2}), with the MITRE ATT&CK techniques each
 * stage maps to (https://attack.mitre.org/). Order is kill-chain order: the beacon starts
 * once the payload runs on a host, which for every host but patient zero is right after the
 * lateral transfer, and it runs beside mining until the host is isolated.
 */
public enum Stage {
  /** Patient zero downloads the payload over HTTP from a rare external endpoint. */
  INITIAL_DOWNLOAD("T1105"),
  /** Unusual chains of RDP connections. */
  RDP_CHAIN("T1021.001"),
  /** SMB 445 and RPC 135 to rare internet hosts, looking for vulnerable machines. */
  EXTERNAL_SCAN("T1046"),
  /** Failed SMB logons to internal devices with many user names. */
  BRUTE_FORCE("T1110.001", "T1110.003"),
  /** Executable with a random-looking name written to an admin share, then started remotely. */
  LATERAL_TRANSFER("T1021.002", "T1570", "T1569.002"),
  /**
   * Optional call-home: short, regular connections to a command-and-control server over a web
   * protocol (HTTPS, or HTTP with a Host header), with TLS when encrypted.
   */
  COMMAND_AND_CONTROL("T1071.001", "T1071", "T1573"),
  /** Mining over Stratum/MinerGate to a pool. */
  MINING("T1496");

  private final List<String> techniques;

  Stage(String... techniques) {
    this.techniques = List.of(techniques);
  }

  /** ATT&CK technique ids of this stage, the main one first. */
  public List<String> techniques() {
    return techniques;
  }

  /** The stage a technique id belongs to, matching sub-techniques to their parent's stage. */
  public static java.util.Optional<Stage> ofTechnique(String technique) {
    for (Stage s : values()) {
      for (String t : s.techniques) {
        if (t.equals(technique)) {
          return java.util.Optional.of(s);
        }
      }
    }
    for (Stage s : values()) {
      for (String t : s.techniques) {
        if (technique.startsWith(t + ".") || t.startsWith(technique + ".")) {
          return java.util.Optional.of(s);
        }
      }
    }
    return java.util.Optional.empty();
  }
}
