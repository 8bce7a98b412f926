package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.DhcpLease;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.KerberosRequest;
import io.wormbench.traffic.event.LdapMessage;
import io.wormbench.traffic.event.LdapSearch;
import io.wormbench.traffic.event.NtpMessage;
import io.wormbench.traffic.event.SnmpExchange;
import io.wormbench.traffic.event.SshSession;

/**
 * Renders the Windows-domain and infrastructure records (Kerberos, LDAP/CLDAP, NTP, SSH,
 * DHCP, SNMP) on
 * their connection: which side sends which message, and when. Requests and answers go at the
 * record's time, so the decoder gives the same {@code ts} back.
 */
final class DomainWire {
  private DomainWire() {}

  /** Renders {@code e} on {@code conv}; false when the record is not one of these kinds. */
  static boolean render(Conversation conv, Event e) {
    long ts = e.ts();
    long seed = conv.c.uid().hashCode() * 31L + ts;
    if (e instanceof KerberosRequest k) {
      conv.send(ts, true, KerberosWire.request(k, conv.tcp, seed));
      conv.send(ts, false, KerberosWire.reply(k, conv.tcp, seed));
    } else if (e instanceof NtpMessage n) {
      conv.send(ts, n.mode() != 4 && n.mode() != 5, NtpWire.packet(n));
    } else if (e instanceof SshSession s) {
      conv.send(ts, true, SshWire.banner(s.client()));
      conv.send(ts, false, SshWire.banner(s.server()));
      conv.send(ts, false, SshWire.kexinit(s, false, seed));
      conv.send(ts, true, SshWire.kexinit(s, true, seed + 1));
    } else if (e instanceof LdapMessage m) {
      byte[] req = LdapWire.request(m);
      if (req == null) {
        conv.w.dropped("LDAP operation " + m.opcode() + " (not rendered)");
        return true;
      }
      conv.send(ts, true, req);
      byte[] resp = LdapWire.response(m);
      if (resp != null) {
        conv.send(ts, false, resp);
      }
    } else if (e instanceof LdapSearch s) {
      conv.send(ts, true, LdapWire.searchRequest(s));
      for (int i = 0; i < s.resultCount(); i++) {
        conv.send(ts, false, LdapWire.searchEntry(s, i));
      }
      if (!s.result().isEmpty()) {
        conv.send(ts, false, LdapWire.searchDone(s));
      }
    } else if (e instanceof DhcpLease l) {
      int n = l.msgTypes().size();
      for (int i = 0; i < n; i++) {
        String type = l.msgTypes().get(i);
        byte[] m = DhcpWire.message(l, type, (int) seed, conv.c.id().origH(), conv.c.id().respH());
        if (m == null) {
          conv.w.dropped("DHCP message type " + type + " (not rendered)");
          continue;
        }
        long at = n <= 1 ? ts : ts + l.duration() * i / (n - 1);
        conv.send(at, DhcpWire.fromClient(type), m);
      }
    } else if (e instanceof SnmpExchange s) {
      var messages = SnmpWire.messages(s, seed);
      if (messages == null) {
        conv.w.dropped("SNMP version " + s.version() + " (not rendered)");
        return true;
      }
      int total = messages.size();
      for (SnmpWire.Message m : messages) {
        long at = total <= 1 ? ts : ts + s.duration() * m.slot() / (total - 1);
        conv.send(at, m.fromOrig(), m.bytes());
      }
    } else {
      return false;
    }
    return true;
  }
}
