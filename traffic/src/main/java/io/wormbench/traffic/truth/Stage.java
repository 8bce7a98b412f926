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
  INITIAL_DOWNLOAD(Technique.INGRESS_TOOL_TRANSFER),
  /** Unusual chains of RDP connections. */
  RDP_CHAIN(Technique.REMOTE_DESKTOP),
  /** SMB 445 and RPC 135 to rare internet hosts, looking for vulnerable machines. */
  EXTERNAL_SCAN(Technique.NETWORK_SERVICE_DISCOVERY),
  /** Failed SMB logons to internal devices with many user names. */
  BRUTE_FORCE(Technique.PASSWORD_GUESSING, Technique.PASSWORD_SPRAYING),
  /** Executable with a random-looking name written to an admin share, then started remotely. */
  LATERAL_TRANSFER(Technique.ADMIN_SHARES, Technique.LATERAL_TOOL_TRANSFER,
      Technique.SERVICE_EXECUTION),
  /**
   * Optional call-home: short, regular connections to a command-and-control server over a web
   * protocol (HTTPS, or HTTP with a Host header), with TLS when encrypted.
   */
  COMMAND_AND_CONTROL(Technique.WEB_PROTOCOLS, Technique.APPLICATION_LAYER_PROTOCOL,
      Technique.ENCRYPTED_CHANNEL),
  /** Mining over Stratum/MinerGate to a pool. */
  MINING(Technique.RESOURCE_HIJACKING);

  private final List<Technique> techniques;
  private final List<String> ids;

  Stage(Technique... techniques) {
    this.techniques = List.of(techniques);
    this.ids = this.techniques.stream().map(Technique::id).toList();
  }

  /** ATT&CK technique ids of this stage, the main one first. */
  public List<String> techniques() {
    return ids;
  }

  /** ATT&CK techniques of this stage, the main one first. */
  public List<Technique> attackTechniques() {
    return techniques;
  }

  /** The main technique of this stage: the one truth records when a step names no other. */
  public Technique mainTechnique() {
    return techniques.get(0);
  }

  /**
   * The stage a technique id belongs to, matching sub-techniques to their parent's stage; see
   * {@link Technique#stageOf(String)} for text outside the vocabulary.
   */
  public static java.util.Optional<Stage> ofTechnique(String technique) {
    return Technique.stageOf(technique);
  }
}
