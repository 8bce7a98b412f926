package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.SnmpExchange;
import java.util.ArrayList;
import java.util.List;

/**
 * The SNMPv1/v2c messages (RFC 1157, RFC 1901, RFC 3416 PDUs) of an {@link SnmpExchange}, one
 * variable binding per PDU so Zeek's binding counts equal the PDU counts: GetRequests first
 * (sysDescr when the record has a display string, sysUpTime when it has up_since, then
 * ifHCInOctets rows), then GetBulkRequests and SetRequests, each followed by its Response
 * while responses remain. sysUpTime travels in TimeTicks (10 ms): up_since survives the wire
 * at that resolution. v3 exchanges are not rendered (null).
 */
public final class SnmpWire {
  static final String SYS_DESCR = "1.3.6.1.2.1.1.1.0";
  static final String SYS_UPTIME = "1.3.6.1.2.1.1.3.0";
  static final String SYS_CONTACT = "1.3.6.1.2.1.1.4.0";
  static final String IF_HC_IN_OCTETS = "1.3.6.1.2.1.31.1.1.1.6.";

  /** One message: who sends it and its bytes, at slot {@code slot} of the exchange. */
  public record Message(boolean fromOrig, int slot, byte[] bytes) {}

  private SnmpWire() {}

  /** The messages in order; their times are spread evenly over the exchange's duration. */
  public static List<Message> messages(SnmpExchange s, long seed) {
    int version = switch (s.version()) {
      case "1" -> 0;
      case "2c" -> 1;
      default -> -1;
    };
    if (version < 0) {
      return null;
    }
    List<String> oids = new ArrayList<>();
    List<Integer> types = new ArrayList<>();
    for (int i = 0; i < s.getRequests(); i++) {
      oids.add(i == 0 && !s.displayString().isEmpty() ? SYS_DESCR
          : oids.contains(SYS_UPTIME) || s.upSince() == 0 ? IF_HC_IN_OCTETS + (i + 1)
          : SYS_UPTIME);
      types.add(0xa0);
    }
    for (int i = 0; i < s.getBulkRequests(); i++) {
      oids.add(IF_HC_IN_OCTETS.substring(0, IF_HC_IN_OCTETS.length() - 1));
      types.add(0xa5);
    }
    for (int i = 0; i < s.setRequests(); i++) {
      oids.add(SYS_CONTACT);
      types.add(0xa3);
    }
    List<Message> out = new ArrayList<>();
    int requests = oids.size();
    int n = (int) Math.max(requests, s.getResponses());
    int total = requests + (int) s.getResponses();
    int slot = 0;
    for (int i = 0; i < n; i++) {
      int reqId = (int) ((seed + i) & 0x7fffffff);
      String oid = i < requests ? oids.get(i) : IF_HC_IN_OCTETS + (i + 1);
      if (i < requests) {
        int type = types.get(i);
        byte[] value = type == 0xa3 ? Ber.text(0x04, "ops") : Ber.nul();
        out.add(new Message(true, slot++, message(version, s.community(), type, reqId, oid,
            value, type == 0xa5)));
      }
      if (i < s.getResponses()) {
        int at = slot++;
        long ts = total <= 1 ? s.ts() : s.ts() + s.duration() * at / (total - 1);
        byte[] value = switch (oid) {
          case SYS_DESCR -> Ber.text(0x04, s.displayString());
          case SYS_UPTIME -> Ber.unsigned(0x43, Math.max(0, (ts - s.upSince()) / 10_000));
          case SYS_CONTACT -> Ber.text(0x04, "ops");
          default -> Ber.unsigned(0x46, (seed >>> 8) & 0xffffffffffL);
        };
        out.add(new Message(false, at, message(version, s.community(), 0xa2, reqId, oid, value,
            false)));
      }
    }
    return out;
  }

  private static byte[] message(int version, String community, int pdu, int reqId, String oid,
      byte[] value, boolean bulk) {
    return Ber.seq(Ber.integer(version), Ber.text(0x04, community), Ber.tlv(pdu,
        Ber.integer(reqId), Ber.integer(0), Ber.integer(bulk ? 10 : 0),
        Ber.seq(Ber.seq(Ber.oid(oid), value))));
  }
}
