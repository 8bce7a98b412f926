package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.event.KerberosRequest;
import io.wormbench.traffic.time.Micros;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Kerberos KDC exchanges (RFC 4120 section 5.4 and 5.9.1) over UDP or TCP 88 (section 7.2.2
 * record marks): each request is paired with the next reply or KRB-ERROR and emitted as one
 * {@link KerberosRequest} at the request's time, with the fields Zeek's krb/main.zeek fills:
 * an AS request names the client ({@code cname/realm}), a TGS request only the service, a
 * reply's cname fills a missing client, the ticket's sname and etype give service and cipher.
 * A request left unanswered is emitted at the flow's end with success false.
 */
final class KerberosDecoder extends AppDecoder {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss'Z'");

  private final boolean tcp;
  private final StreamBuffer[] streams = {new StreamBuffer(), new StreamBuffer()};
  private long reqTs;
  private String type = "";
  private String client = "";
  private String service = "";
  private long from;
  private long till;
  private boolean forwardable;
  private boolean renewable;
  private boolean pending;

  KerberosDecoder(boolean tcp) {
    this.tcp = tcp;
  }

  /** True when a TCP payload starts with a record mark and an AS-REQ or TGS-REQ. */
  static boolean sniff(byte[] b, int off, int len) {
    return len >= 6 && (b[off] & 0x80) == 0 && (b[off + 4] == 0x6a || b[off + 4] == 0x6c);
  }

  @Override
  public String service() {
    return tcp ? "krb_tcp" : "krb";
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    int dir = fromOrig ? 0 : 1;
    if (dead[dir]) {
      return;
    }
    if (!tcp) {
      message(f, ts, b, off, off + len);
      return;
    }
    StreamBuffer s = streams[dir];
    s.append(b, off, len);
    while (s.length() >= 4) {
      byte[] a = s.array();
      long n = (a[0] & 0x7fL) << 24 | (a[1] & 0xff) << 16 | (a[2] & 0xff) << 8 | (a[3] & 0xff);
      if ((a[0] & 0x80) != 0 || n > 1 << 20) {
        f.log().add(f.offset(), SkipLog.APP_MALFORMED, "Kerberos record mark");
        dead[dir] = true;
        s.clear();
        return;
      }
      if (s.length() < 4 + n) {
        return;
      }
      message(f, ts, a, 4, (int) (4 + n));
      s.consume(4 + n);
    }
  }

  private void message(FlowContext f, long ts, byte[] b, int p, int end) {
    Ber.Tlv m = Ber.read(b, p, end);
    if (m == null) {
      f.log().add(f.offset(), SkipLog.APP_MALFORMED, "Kerberos message");
      return;
    }
    Ber.Tlv seq = Ber.inner(b, m);
    switch (m.tag()) {
      case 0x6a, 0x6c -> request(f, ts, b, m.tag() == 0x6a, seq);
      case 0x6b, 0x6d -> reply(f, b, seq);
      case 0x7e -> error(f, b, seq);
      default -> f.log().add(f.offset(), SkipLog.APP_MALFORMED,
          "Kerberos message tag " + m.tag());
    }
  }

  private void request(FlowContext f, long ts, byte[] b, boolean as, Ber.Tlv seq) {
    flush(f);
    Ber.Tlv body = Ber.inner(b, Ber.child(b, seq, 0xa4));
    if (body == null) {
      f.log().add(f.offset(), SkipLog.APP_MALFORMED, "Kerberos request body");
      return;
    }
    confirmed = true;
    pending = true;
    reqTs = ts;
    type = as ? "AS" : "TGS";
    String realm = Ber.text(b, Ber.inner(b, Ber.child(b, body, 0xa2)));
    client = as ? principal(b, Ber.inner(b, Ber.child(b, body, 0xa1))) + "/" + realm : "";
    service = principal(b, Ber.inner(b, Ber.child(b, body, 0xa3)));
    from = time(b, Ber.inner(b, Ber.child(b, body, 0xa4)));
    till = time(b, Ber.inner(b, Ber.child(b, body, 0xa5)));
    Ber.Tlv opts = Ber.inner(b, Ber.child(b, body, 0xa0));
    forwardable = opts != null && opts.length() >= 2 && (b[opts.start() + 1] & 0x40) != 0;
    renewable = opts != null && opts.length() >= 3 && (b[opts.start() + 2] & 0x80) != 0;
  }

  private void reply(FlowContext f, byte[] b, Ber.Tlv seq) {
    if (!pending) {
      return;
    }
    Ber.Tlv ticket = Ber.inner(b, Ber.inner(b, Ber.child(b, seq, 0xa5)));
    if (client.isEmpty()) {
      client = principal(b, Ber.inner(b, Ber.child(b, seq, 0xa4))) + "/"
          + Ber.text(b, Ber.inner(b, Ber.child(b, seq, 0xa3)));
    }
    service = principal(b, Ber.inner(b, Ber.child(b, ticket, 0xa2)));
    Ber.Tlv enc = Ber.inner(b, Ber.child(b, ticket, 0xa3));
    int etype = (int) Ber.integer(b, Ber.inner(b, Ber.child(b, enc, 0xa0)), -1);
    emit(f, true, "", KerberosNames.cipher(etype));
  }

  private void error(FlowContext f, byte[] b, Ber.Tlv seq) {
    if (!pending) {
      return;
    }
    Ber.Tlv cname = Ber.inner(b, Ber.child(b, seq, 0xa8));
    Ber.Tlv crealm = Ber.inner(b, Ber.child(b, seq, 0xa7));
    if (client.isEmpty() && (cname != null || crealm != null)) {
      client = (cname != null ? principal(b, cname) + "/" : "") + Ber.text(b, crealm);
    }
    Ber.Tlv sname = Ber.inner(b, Ber.child(b, seq, 0xaa));
    if (sname != null) {
      service = principal(b, sname);
    }
    int code = (int) Ber.integer(b, Ber.inner(b, Ber.child(b, seq, 0xa6)), 60);
    emit(f, false, KerberosNames.error(code), "");
  }

  private void emit(FlowContext f, boolean success, String error, String cipher) {
    f.emit(new KerberosRequest(reqTs, f.uid(), f.id(), type, client, service, success, error,
        from, till, cipher, forwardable, renewable));
    pending = false;
  }

  private void flush(FlowContext f) {
    if (pending) {
      emit(f, false, "", "");
    }
  }

  @Override
  public void end(FlowContext f) {
    flush(f);
  }

  /** Name components joined by {@code /}, as Zeek writes a PrincipalName. */
  private static String principal(byte[] b, Ber.Tlv name) {
    Ber.Tlv strings = Ber.inner(b, Ber.child(b, name, 0xa1));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; ; i++) {
      Ber.Tlv s = Ber.nth(b, strings, i);
      if (s == null) {
        return sb.toString();
      }
      if (i > 0) {
        sb.append('/');
      }
      sb.append(Ber.text(b, s));
    }
  }

  private static long time(byte[] b, Ber.Tlv t) {
    String s = Ber.text(b, t);
    if (s.isEmpty()) {
      return 0;
    }
    try {
      return Micros.of(LocalDateTime.parse(s, TIME).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return 0;
    }
  }
}
