package io.wormbench.traffic.event;

/** Zeek's {@code proto} column. */
public enum Transport {
  TCP, UDP, ICMP;

  /** Zeek spelling: {@code tcp}, {@code udp}, {@code icmp}. */
  public String zeekName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
