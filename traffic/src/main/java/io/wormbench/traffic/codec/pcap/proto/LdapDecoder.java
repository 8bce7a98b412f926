package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.event.LdapMessage;
import io.wormbench.traffic.event.LdapSearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LDAP over TCP 389/3268 and CLDAP over UDP 389 (RFC 4511 section 4): requests and their
 * responses merged by message id into {@link LdapMessage} rows (ldap.log) and searches into
 * {@link LdapSearch} rows (ldap_search.log), as Zeek's ldap/main.zeek does: a bind's opcode is
 * {@code bind simple} or {@code bind SASL}, a simple bind's password is {@code REDACTED}, a
 * SASL bind's argument its mechanism, search results are counted, filters rendered in RFC 4515
 * text. A row is emitted at its request's time when its final response (or an unbind) arrives,
 * or when the flow ends.
 */
final class LdapDecoder extends AppDecoder {
  private final boolean udp;
  private final StreamBuffer[] streams = {new StreamBuffer(), new StreamBuffer()};
  private final Map<Integer, LdapMessage> messages = new LinkedHashMap<>();
  private final Map<Integer, LdapSearch> searches = new LinkedHashMap<>();

  LdapDecoder(boolean udp) {
    this.udp = udp;
  }

  /** True when a payload starts like an LDAPMessage with a request operation. */
  static boolean sniff(byte[] b, int off, int len) {
    Ber.Tlv m = Ber.read(b, off, off + len);
    if (m == null || m.tag() != 0x30) {
      return len >= 2 && b[off] == 0x30 && Ber.size(b, off, off + len) > len; // split message
    }
    Ber.Tlv id = Ber.nth(b, m, 0);
    Ber.Tlv op = Ber.nth(b, m, 1);
    return id != null && id.tag() == 0x02 && op != null
        && (op.tag() == 0x60 || op.tag() == 0x42 || op.tag() == 0x63 || op.tag() == 0x77
        || op.tag() == 0x66 || op.tag() == 0x68 || op.tag() == 0x4a || op.tag() == 0x6e);
  }

  @Override
  public String service() {
    return "ldap";
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    int dir = fromOrig ? 0 : 1;
    if (dead[dir]) {
      return;
    }
    if (udp) {
      message(f, ts, b, off, off + len);
      return;
    }
    StreamBuffer s = streams[dir];
    s.append(b, off, len);
    while (s.length() >= 2) {
      long n = Ber.size(s.array(), 0, s.length());
      if (n < 0 || s.array()[0] != 0x30 || n > 1 << 24) {
        if (n >= 0) {
          f.log().add(f.offset(), SkipLog.APP_MALFORMED, "LDAP message");
          dead[dir] = true;
          s.clear();
        }
        return;
      }
      if (s.length() < n) {
        return;
      }
      message(f, ts, s.array(), 0, (int) n);
      s.consume(n);
    }
  }

  private void message(FlowContext f, long ts, byte[] b, int p, int end) {
    Ber.Tlv m = Ber.read(b, p, end);
    Ber.Tlv idTlv = Ber.nth(b, m, 0);
    Ber.Tlv op = Ber.nth(b, m, 1);
    if (m == null || m.tag() != 0x30 || idTlv == null || op == null) {
      f.log().add(f.offset(), SkipLog.APP_MALFORMED, "LDAP message");
      return;
    }
    confirmed = true;
    int id = (int) Ber.integer(b, idTlv, 0);
    switch (op.tag()) {
      case 0x60 -> {
        Ber.Tlv auth = Ber.nth(b, op, 2);
        boolean simple = auth != null && auth.tag() == 0x80;
        String arg = simple ? "REDACTED" : Ber.text(b, Ber.nth(b, auth, 0));
        messages.put(id, new LdapMessage(ts, f.uid(), f.id(), id,
            (int) Ber.integer(b, Ber.nth(b, op, 0), 0), simple ? "bind simple" : "bind SASL",
            "", "", Ber.text(b, Ber.nth(b, op, 1)), arg));
      }
      case 0x42 -> f.emit(new LdapMessage(ts, f.uid(), f.id(), id, 0, "unbind", "", "", "", ""));
      case 0x77 -> {
        String oid = Ber.text(b, Ber.child(b, op, 0x80));
        String name = switch (oid) {
          case "1.3.6.1.4.1.1466.20037" -> " (StartTLS)";
          case "1.3.6.1.4.1.4203.1.11.3" -> " (whoami)";
          default -> " (unknown)";
        };
        messages.put(id, new LdapMessage(ts, f.uid(), f.id(), id, 0, "extended", "", "",
            oid + name, ""));
      }
      case 0x61, 0x78 -> {
        LdapMessage q = messages.remove(id);
        if (q != null) {
          f.emit(new LdapMessage(q.ts(), q.uid(), q.id(), id, q.version(), q.opcode(),
              LdapNames.result((int) Ber.integer(b, Ber.nth(b, op, 0), -1)),
              Ber.text(b, Ber.nth(b, op, 2)), q.object(), q.argument()));
        }
      }
      case 0x63 -> {
        List<String> attrs = new ArrayList<>();
        Ber.Tlv list = Ber.nth(b, op, 7);
        for (int i = 0; Ber.nth(b, list, i) != null; i++) {
          attrs.add(Ber.text(b, Ber.nth(b, list, i)));
        }
        searches.put(id, new LdapSearch(ts, f.uid(), f.id(), id,
            LdapNames.scope((int) Ber.integer(b, Ber.nth(b, op, 1), -1)),
            LdapNames.deref((int) Ber.integer(b, Ber.nth(b, op, 2), -1)),
            Ber.text(b, Ber.nth(b, op, 0)), 0, "", "", LdapFilterText.of(b, Ber.nth(b, op, 6)),
            attrs));
      }
      case 0x64 -> {
        LdapSearch s = searches.get(id);
        if (s != null) {
          searches.put(id, withResult(s, s.resultCount() + 1, "", ""));
        }
      }
      case 0x65 -> {
        LdapSearch s = searches.remove(id);
        if (s != null) {
          f.emit(withResult(s, s.resultCount(),
              LdapNames.result((int) Ber.integer(b, Ber.nth(b, op, 0), -1)),
              Ber.text(b, Ber.nth(b, op, 2))));
        }
      }
      default -> { } // other operations and references are not modelled
    }
  }

  private static LdapSearch withResult(LdapSearch s, long count, String result, String diag) {
    return new LdapSearch(s.ts(), s.uid(), s.id(), s.messageId(), s.scope(), s.derefAliases(),
        s.baseObject(), count, result, diag, s.filter(), s.attributes());
  }

  @Override
  public boolean done() {
    return udp ? false : super.done();
  }

  @Override
  public void end(FlowContext f) {
    messages.values().forEach(f::emit);
    searches.values().forEach(f::emit);
    messages.clear();
    searches.clear();
  }
}
