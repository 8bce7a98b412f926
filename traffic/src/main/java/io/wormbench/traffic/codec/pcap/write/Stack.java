package io.wormbench.traffic.codec.pcap.write;

/**
 * A TCP/IP stack as a passive fingerprinter (p0f, argus, Zeek's software and os scripts) sees
 * it in SYN and SYN-ACK packets: initial TTL, DF, window, window scale, MSS and the order of the
 * TCP options, and how the IP identification field advances. Values are the defaults of the
 * families' stacks as their documentation and p0f's signature database (p0f.fp, 3.09b) record
 * them: Windows 10/11 and Server 2016+ TTL 128, window 64240/65535, MSS,NOP,WS=8,NOP,NOP,SACK_OK,
 * no timestamps, one IP ID counter per host; Windows 7/2012 window 8192 WS=2; Linux 3.x+ TTL
 * 64, window 64240 (29200 before 4.x), MSS,SACK_OK,TS,NOP,WS=7, IP ID per connection with DF and zero in SYN-ACKs;
 * macOS/FreeBSD TTL 64, window 65535, MSS,NOP,WS=6,NOP,NOP,TS,SACK_OK,EOL, random IP IDs;
 * lwIP-style embedded stacks and printers small windows and the MSS alone; routers and load
 * balancers TTL 255.
 *
 * <p>Timestamps are offered in SYNs but never echoed in SYN-ACKs, so no connection negotiates
 * them and data segments carry the full 1460-byte MSS without a timestamp option (the
 * simulator's packet budgets are counted at that MSS).
 */
enum Stack {
  WINDOWS(128, true, 64240, 8, 1026, Layout.WINDOWS, IpId.PER_HOST),
  WINDOWS_SERVER(128, true, 65535, 8, 1026, Layout.WINDOWS, IpId.PER_HOST),
  WINDOWS_OLD(128, true, 8192, 2, 16425, Layout.WINDOWS, IpId.PER_HOST),
  LINUX(64, true, 64240, 7, 502, Layout.LINUX, IpId.PER_CONNECTION),
  LINUX_OLD(64, true, 29200, 7, 229, Layout.LINUX, IpId.PER_CONNECTION),
  MACOS(64, true, 65535, 6, 2058, Layout.APPLE, IpId.RANDOM),
  FREEBSD(64, true, 65535, 6, 1026, Layout.BSD, IpId.RANDOM),
  EMBEDDED_LINUX(64, true, 14600, 4, 913, Layout.LINUX, IpId.PER_CONNECTION),
  EMBEDDED_RTOS(255, false, 5840, -1, 5840, Layout.MSS_ONLY, IpId.PER_HOST),
  PRINTER(255, false, 8760, -1, 8760, Layout.MSS_SACK, IpId.PER_HOST),
  NETWORK_GEAR(255, false, 4128, -1, 4128, Layout.MSS_ONLY, IpId.PER_HOST);

  /** The TCP option sequences of SYNs. */
  enum Layout { WINDOWS, LINUX, APPLE, BSD, MSS_ONLY, MSS_SACK }

  /** How the IPv4 identification field advances. */
  enum IpId {
    /** One counter per host across all its connections (Windows, most embedded stacks). */
    PER_HOST,
    /**
     * A counter per connection from a random start (Linux with DF); zero in SYN-ACKs, which
     * Linux sends before the socket has its counter.
     */
    PER_CONNECTION,
    /** Random per packet (macOS, FreeBSD with net.inet.ip.random_id). */
    RANDOM
  }

  final int ttl;
  final boolean df;
  final int synWindow;
  final int wscale;
  final int dataWindow;
  final Layout layout;
  final IpId ipId;

  Stack(int ttl, boolean df, int synWindow, int wscale, int dataWindow, Layout layout, IpId ipId) {
    this.ttl = ttl;
    this.df = df;
    this.synWindow = synWindow;
    this.wscale = wscale;
    this.dataWindow = dataWindow;
    this.layout = layout;
    this.ipId = ipId;
  }

  boolean sack() {
    return layout != Layout.MSS_ONLY;
  }

  /** The SYN's TCP options, {@code tsval} in its timestamp when the layout carries one. */
  byte[] synOptions(int tsval) {
    byte[] o;
    switch (layout) {
      case WINDOWS -> o = new byte[] {2, 4, 5, (byte) 0xb4, 1, 3, 3, (byte) wscale, 1, 1, 4, 2};
      case LINUX -> {
        o = new byte[] {2, 4, 5, (byte) 0xb4, 4, 2, 8, 10, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 3,
            (byte) wscale};
        ts(o, 8, tsval);
      }
      case APPLE -> {
        o = new byte[] {2, 4, 5, (byte) 0xb4, 1, 3, 3, (byte) wscale, 1, 1, 8, 10, 0, 0, 0, 0,
            0, 0, 0, 0, 4, 2, 0, 0};
        ts(o, 12, tsval);
      }
      case BSD -> {
        o = new byte[] {2, 4, 5, (byte) 0xb4, 1, 3, 3, (byte) wscale, 4, 2, 8, 10, 0, 0, 0, 0,
            0, 0, 0, 0};
        ts(o, 12, tsval);
      }
      case MSS_SACK -> o = new byte[] {2, 4, 5, (byte) 0xb4, 1, 1, 4, 2};
      default -> o = new byte[] {2, 4, 5, (byte) 0xb4};
    }
    return o;
  }

  /**
   * The SYN-ACK's options answering a SYN from {@code client}: MSS, then window scale and
   * SACK_OK only where both sides offer them (RFC 7323 2.2, RFC 2018 2), no timestamps.
   */
  byte[] synAckOptions(Stack client) {
    boolean ws = wscale >= 0 && client.wscale >= 0;
    boolean sack = sack() && client.sack();
    byte[] o = new byte[4 + (ws ? 4 : 0) + (sack ? 4 : 0)];
    o[0] = 2;
    o[1] = 4;
    o[2] = 5;
    o[3] = (byte) 0xb4;
    int p = 4;
    if (layout == Layout.LINUX || layout == Layout.BSD) {
      p = sack(o, p, sack);
      ws(o, p, ws);
    } else {
      p = ws(o, p, ws);
      sack(o, p, sack);
    }
    return o;
  }

  private int ws(byte[] o, int p, boolean on) {
    if (!on) {
      return p;
    }
    o[p] = 1;
    o[p + 1] = 3;
    o[p + 2] = 3;
    o[p + 3] = (byte) wscale;
    return p + 4;
  }

  private static int sack(byte[] o, int p, boolean on) {
    if (!on) {
      return p;
    }
    o[p] = 1;
    o[p + 1] = 1;
    o[p + 2] = 4;
    o[p + 3] = 2;
    return p + 4;
  }

  private static void ts(byte[] o, int p, int v) {
    o[p] = (byte) (v >>> 24);
    o[p + 1] = (byte) (v >>> 16);
    o[p + 2] = (byte) (v >>> 8);
    o[p + 3] = (byte) v;
  }

  /** The window field of a non-SYN segment (scaled when both sides scale). */
  int window(boolean scaled) {
    return scaled ? dataWindow : Math.min(65535, synWindow);
  }
}
