package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.codec.pcap.proto.KerberosNames;
import io.wormbench.traffic.event.KerberosRequest;
import io.wormbench.traffic.time.Micros;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Kerberos KDC messages (RFC 4120 section 5.4: AS-REQ/TGS-REQ, AS-REP/TGS-REP; section 5.9.1
 * KRB-ERROR) in DER for a {@link KerberosRequest}, with the four-byte record mark of section
 * 7.2.2 over TCP. The client principal is written as Zeek reads it back ({@code name/REALM});
 * the realm of a request without a client comes from the service principal. Ticket and
 * reply ciphertext are seeded pseudo-random bytes. Times travel at whole seconds
 * (KerberosTime); a request without {@code till} asks for Windows' "never" (2037-09-13).
 */
public final class KerberosWire {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final String NEVER = "20370913024805Z";

  private KerberosWire() {}

  /** The request message; {@code tcp} adds the record mark. */
  public static byte[] request(KerberosRequest k, boolean tcp, long seed) {
    boolean as = k.requestType().equals("AS");
    String[] client = client(k);
    byte[] options = {0x03, 0x05, 0x00, (byte) (k.forwardable() ? 0x40 : 0x00),
        (byte) ((k.renewable() ? 0x80 : 0) | 0x01), 0x00, 0x10};
    byte[] body = Ber.seq(
        Ber.ctx(0, options),
        as ? Ber.ctx(1, principal(1, client[0])) : new byte[0],
        Ber.ctx(2, Ber.text(0x1b, client[1])),
        Ber.ctx(3, principal(2, k.service())),
        k.from() != 0 ? Ber.ctx(4, time(k.from())) : new byte[0],
        Ber.ctx(5, k.till() != 0 ? time(k.till()) : Ber.text(0x18, NEVER)),
        k.renewable() ? Ber.ctx(6, Ber.text(0x18, NEVER)) : new byte[0],
        Ber.ctx(7, Ber.integer(new SplittableRandom(seed).nextInt() & 0x7fffffff)),
        Ber.ctx(8, Ber.seq(Ber.integer(18), Ber.integer(17), Ber.integer(23))));
    byte[] msg = Ber.app(as ? 10 : 12, Ber.seq(
        Ber.ctx(1, Ber.integer(5)),
        Ber.ctx(2, Ber.integer(as ? 10 : 12)),
        Ber.ctx(4, body)));
    return tcp ? mark(msg) : msg;
  }

  /** The KDC's answer: a reply with a ticket on success, else a KRB-ERROR. */
  public static byte[] reply(KerberosRequest k, boolean tcp, long seed) {
    boolean as = k.requestType().equals("AS");
    String[] client = client(k);
    SplittableRandom rnd = new SplittableRandom(seed);
    byte[] msg;
    if (k.success()) {
      int etype = KerberosNames.etype(k.cipher());
      byte[] ticket = Ber.app(1, Ber.seq(
          Ber.ctx(0, Ber.integer(5)),
          Ber.ctx(1, Ber.text(0x1b, client[1])),
          Ber.ctx(2, principal(2, k.service())),
          Ber.ctx(3, encrypted(etype, 2, random(rnd, 180 + rnd.nextInt(700))))));
      msg = Ber.app(as ? 11 : 13, Ber.seq(
          Ber.ctx(0, Ber.integer(5)),
          Ber.ctx(1, Ber.integer(as ? 11 : 13)),
          Ber.ctx(3, Ber.text(0x1b, client[1])),
          Ber.ctx(4, principal(1, client[0])),
          Ber.ctx(5, ticket),
          Ber.ctx(6, encrypted(etype, 1, random(rnd, 120 + rnd.nextInt(200))))));
    } else {
      boolean named = !k.client().isEmpty();
      msg = Ber.app(30, Ber.seq(
          Ber.ctx(0, Ber.integer(5)),
          Ber.ctx(1, Ber.integer(30)),
          Ber.ctx(4, time(k.ts())),
          Ber.ctx(5, Ber.integer(k.ts() % 1_000_000)),
          Ber.ctx(6, Ber.integer(KerberosNames.errorCode(k.errorMsg()))),
          named ? Ber.ctx(7, Ber.text(0x1b, client[1])) : new byte[0],
          named ? Ber.ctx(8, principal(1, client[0])) : new byte[0],
          Ber.ctx(9, Ber.text(0x1b, client[1])),
          Ber.ctx(10, principal(2, k.service()))));
    }
    return tcp ? mark(msg) : msg;
  }

  /** {name, realm} of the client; the realm falls back to the service's. */
  private static String[] client(KerberosRequest k) {
    String c = k.client();
    int slash = c.lastIndexOf('/');
    if (slash >= 0) {
      return new String[] {c.substring(0, slash), c.substring(slash + 1)};
    }
    String s = k.service();
    int at = s.indexOf('@');
    String realm = at >= 0 ? s.substring(at + 1)
        : s.startsWith("krbtgt/") ? s.substring(7) : "WORKGROUP";
    return new String[] {c, realm};
  }

  private static byte[] principal(int type, String name) {
    String[] parts = name.split("/", -1);
    byte[][] strings = new byte[parts.length][];
    for (int i = 0; i < parts.length; i++) {
      strings[i] = Ber.text(0x1b, parts[i]);
    }
    return Ber.seq(Ber.ctx(0, Ber.integer(type)), Ber.ctx(1, Ber.seq(strings)));
  }

  private static byte[] encrypted(int etype, int kvno, byte[] cipher) {
    return Ber.seq(Ber.ctx(0, Ber.integer(etype)), Ber.ctx(1, Ber.integer(kvno)),
        Ber.ctx(2, Ber.octets(cipher)));
  }

  private static byte[] time(long micros) {
    return Ber.text(0x18, TIME.format(Micros.toInstant(micros)));
  }

  private static byte[] random(SplittableRandom rnd, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) rnd.nextInt(256);
    }
    return b;
  }

  private static byte[] mark(byte[] msg) {
    byte[] out = new byte[msg.length + 4];
    out[0] = (byte) (msg.length >>> 24);
    out[1] = (byte) (msg.length >>> 16);
    out[2] = (byte) (msg.length >>> 8);
    out[3] = (byte) msg.length;
    System.arraycopy(msg, 0, out, 4, msg.length);
    return out;
  }
}
