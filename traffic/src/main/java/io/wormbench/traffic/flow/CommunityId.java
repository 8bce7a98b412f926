package io.wormbench.traffic.flow;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Transport;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Community ID flow hashing, version 1, as the Corelight specification defines it
 * (https://github.com/corelight/community-id-spec): SHA-1 over the 2-byte seed, the two
 * addresses, the IP protocol number, one zero pad byte and the two ports (all network byte
 * order), endpoints ordered so that both directions of a flow hash alike, base64-encoded behind
 * the version prefix {@code 1:}. For ICMP the ports are the type and code, and a type with a
 * reply counterpart (echo, timestamp, information, router solicitation, address mask) takes
 * that counterpart as its "destination port", so a request and its reply share one id. A pure
 * function of the 5-tuple: Zeek, Suricata and this project compute the same id for a flow,
 * which is what lets third-party alerts join Wormbench's labels.
 */
public final class CommunityId {
  /** The seed every tool uses unless told otherwise. */
  public static final int DEFAULT_SEED = 0;

  private static final int TCP = 6;
  private static final int UDP = 17;
  private static final int ICMP = 1;

  private CommunityId() {}

  /** The Community ID (seed 0) of a connection, from its 5-tuple. */
  public static String of(Connection c) {
    return of(c.id(), c.proto());
  }

  /** The Community ID (seed 0) of a Zeek conn_id over {@code proto}. */
  public static String of(ConnId id, Transport proto) {
    return of(DEFAULT_SEED, id.origH(), id.origP(), id.respH(), id.respP(), number(proto));
  }

  /** The IANA protocol number of a transport. */
  public static int number(Transport proto) {
    return switch (proto) {
      case TCP -> TCP;
      case UDP -> UDP;
      case ICMP -> ICMP;
    };
  }

  /**
   * The Community ID of a flow from {@code src}:{@code sport} to {@code dst}:{@code dport}
   * with IP protocol {@code proto}; for ICMP, {@code sport} is the type and {@code dport} the
   * code, as Zeek's conn_id carries them.
   */
  public static String of(int seed, int src, int sport, int dst, int dport, int proto) {
    boolean oneWay = false;
    if (proto == ICMP) {
      int counterpart = icmpCounterpart(sport);
      if (counterpart < 0) {
        oneWay = true;
      } else {
        dport = counterpart;
      }
    }
    if (!oneWay && !ordered(src, sport, dst, dport)) {
      int a = src;
      src = dst;
      dst = a;
      int p = sport;
      sport = dport;
      dport = p;
    }
    byte[] in = new byte[16];
    put16(in, 0, seed);
    put32(in, 2, src);
    put32(in, 6, dst);
    in[10] = (byte) proto;
    in[11] = 0;
    put16(in, 12, sport);
    put16(in, 14, dport);
    return "1:" + Base64.getEncoder().encodeToString(sha1().digest(in));
  }

  private static boolean ordered(int src, int sport, int dst, int dport) {
    int c = Integer.compareUnsigned(src, dst);
    return c < 0 || (c == 0 && sport < dport);
  }

  /** The reply type of an ICMPv4 request type and vice versa; -1 for a one-way type. */
  static int icmpCounterpart(int type) {
    return switch (type) {
      case 8 -> 0; // echo -> echo reply
      case 0 -> 8;
      case 13 -> 14; // timestamp
      case 14 -> 13;
      case 15 -> 16; // information
      case 16 -> 15;
      case 10 -> 9; // router solicitation -> advertisement
      case 9 -> 10;
      case 17 -> 18; // address mask
      case 18 -> 17;
      default -> -1;
    };
  }

  private static void put16(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 8);
    b[at + 1] = (byte) v;
  }

  private static void put32(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime ships SHA-1", e);
    }
  }
}
