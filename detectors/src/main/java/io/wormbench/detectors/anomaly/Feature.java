package io.wormbench.detectors.anomaly;

/**
 * The per-device, per-window features the self-learning detector models, each with the label
 * its evidence uses and the ATT&CK technique an unusual rise in it most suggests.
 */
enum Feature {
  CONNECTIONS("connections", "T1046"),
  INTERNAL_PEERS("distinct internal peers", "T1046"),
  EXTERNAL_PEERS("distinct external peers", "T1046"),
  NEW_PEERS("never-seen peers", "T1046"),
  FAILED_LOGONS("failed logons", "T1110.001"),
  SMB_WRITES("SMB file writes", "T1570"),
  BYTES_OUT("bytes out", "T1041"),
  PORTS("distinct destination ports", "T1046"),
  RDP_OUT("outbound RDP sessions", "T1021.001");

  static final Feature[] ALL = values();

  final String label;
  final String technique;

  Feature(String label, String technique) {
    this.label = label;
    this.technique = technique;
  }
}
