package io.wormbench.traffic.codec.pcap.live;

import java.util.Objects;

/**
 * What to capture and when to stop: a live capture always ends by itself, after
 * {@code maxPackets} packets or {@code maxMicros} of wall-clock time, whichever comes first
 * (0 = that bound is off, but at least one must be on). Promiscuous mode is never used: a
 * test-bed only needs the traffic addressed to or sent by this host.
 *
 * @param iface interface name as libpcap lists it ({@code lo}, {@code eth0}, {@code any})
 * @param filter BPF filter expression (tcpdump syntax), empty for all packets
 * @param snaplen bytes kept of each packet
 * @param maxPackets stop after this many captured packets, 0 for no packet bound
 * @param maxMicros stop after this much wall-clock time in microseconds, 0 for no time bound
 */
public record LiveSettings(String iface, String filter, int snaplen, long maxPackets,
    long maxMicros) {
  /** Large enough for loopback's 64 KiB MTU, as tcpdump's default. */
  public static final int DEFAULT_SNAPLEN = 262_144;

  public LiveSettings {
    Objects.requireNonNull(iface, "iface");
    Objects.requireNonNull(filter, "filter");
    if (iface.isBlank()) {
      throw new IllegalArgumentException("interface name is empty");
    }
    if (snaplen < 64) {
      throw new IllegalArgumentException("snaplen must be >= 64: " + snaplen);
    }
    if (maxPackets < 0 || maxMicros < 0) {
      throw new IllegalArgumentException("packet and time bounds must be >= 0");
    }
    if (maxPackets == 0 && maxMicros == 0) {
      throw new IllegalArgumentException("a live capture needs a packet count or a duration");
    }
  }

  /** All packets of {@code iface} for {@code maxMicros}, with the default snap length. */
  public static LiveSettings of(String iface, long maxMicros) {
    return new LiveSettings(iface, "", DEFAULT_SNAPLEN, 0, maxMicros);
  }

  /** The same settings with a BPF filter. */
  public LiveSettings withFilter(String bpf) {
    return new LiveSettings(iface, bpf, snaplen, maxPackets, maxMicros);
  }

  /** The same settings also bounded by a packet count. */
  public LiveSettings withMaxPackets(long n) {
    return new LiveSettings(iface, filter, snaplen, n, maxMicros);
  }
}
