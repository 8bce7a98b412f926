package io.wormbench.detectors.anomaly;

import io.wormbench.traffic.truth.Technique;

/**
 * The per-device, per-window features the self-learning detector models, each with the label
 * its evidence uses and the ATT&CK technique an unusual rise in it most suggests.
 */
enum Feature {
  CONNECTIONS("connections", Technique.NETWORK_SERVICE_DISCOVERY.id()),
  INTERNAL_PEERS("distinct internal peers", Technique.NETWORK_SERVICE_DISCOVERY.id()),
  EXTERNAL_PEERS("distinct external peers", Technique.NETWORK_SERVICE_DISCOVERY.id()),
  NEW_PEERS("never-seen peers", Technique.NETWORK_SERVICE_DISCOVERY.id()),
  FAILED_LOGONS("failed logons", Technique.PASSWORD_GUESSING.id()),
  SMB_WRITES("SMB file writes", Technique.LATERAL_TOOL_TRANSFER.id()),
  BYTES_OUT("bytes out", Technique.EXFILTRATION_OVER_C2.id()),
  PORTS("distinct destination ports", Technique.NETWORK_SERVICE_DISCOVERY.id()),
  RDP_OUT("outbound RDP sessions", Technique.REMOTE_DESKTOP.id());

  static final Feature[] ALL = values();

  final String label;
  final String technique;

  Feature(String label, String technique) {
    this.label = label;
    this.technique = technique;
  }
}
