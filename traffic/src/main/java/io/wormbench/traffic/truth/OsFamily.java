package io.wormbench.traffic.truth;

/**
 * The operating-system family of a host, as far as the network can tell it: it decides the
 * TCP/IP stack a packet writer renders (TTL, window, options, ephemeral ports) and which
 * clients and background services a behaviour may run.
 */
public enum OsFamily {
  WINDOWS_CLIENT,
  WINDOWS_SERVER,
  LINUX,
  MACOS,
  /** Cameras, sensors, hubs and other embedded IoT firmware (often a small Linux or an RTOS). */
  EMBEDDED,
  /** Network printers' firmware. */
  PRINTER,
  /** Not known (hosts seen in a capture, old truth files). */
  UNKNOWN
}
