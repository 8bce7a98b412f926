package io.wormbench.evaluation.fidelity;

import io.wormbench.traffic.truth.HostRole;
import java.util.Locale;

/**
 * The device classes per-role statistics are split by. REFERENCES.md's targets speak of
 * servers, workstations and IoT; printers are their own class because "no silent device class"
 * was measured on them. {@link #ALL} covers every local host, known role or not.
 */
enum RoleGroup {
  ALL, SERVER, WORKSTATION, IOT, PRINTER;

  /** The group of a host role; UNKNOWN hosts belong to {@link #ALL} only. */
  static RoleGroup of(HostRole role) {
    return switch (role) {
      case WORKSTATION -> WORKSTATION;
      case PRINTER -> PRINTER;
      case IOT, CAMERA -> IOT;
      case UNKNOWN -> ALL;
      default -> SERVER;
    };
  }

  /** The lower-case suffix statistic ids use, e.g. {@code iot}. */
  String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
