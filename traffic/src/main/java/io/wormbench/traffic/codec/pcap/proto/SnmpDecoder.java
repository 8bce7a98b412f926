package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.event.SnmpExchange;

/**
 * SNMP v1/v2c over UDP 161/162 (RFC 1157, RFC 1901, RFC 3416): one {@link SnmpExchange} per
 * flow, emitted when it ends, with the counts Zeek's snmp/main.zeek keeps (variable bindings
 * of GetRequest/GetNextRequest, GetBulkRequest, Response and SetRequest PDUs), the first
 * message's version and community, sysDescr from a response as the display string and the
 * agent's boot time from sysUpTime. v3 messages count as seen but carry no community.
 */
final class SnmpDecoder extends AppDecoder {
  private long first = -1;
  private long last;
  private String version = "";
  private String community = "";
  private long gets;
  private long bulks;
  private long responses;
  private long sets;
  private String display = "";
  private long upSince;

  @Override
  public String service() {
    return "snmp";
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    int end = off + len;
    Ber.Tlv m = Ber.read(b, off, end);
    Ber.Tlv v = Ber.nth(b, m, 0);
    if (m == null || m.tag() != 0x30 || v == null || v.tag() != 0x02) {
      f.log().add(f.offset(), SkipLog.APP_MALFORMED, "SNMP message");
      return;
    }
    confirmed = true;
    long ver = Ber.integer(b, v, -1);
    if (first < 0) {
      first = ts;
      version = ver == 0 ? "1" : ver == 1 ? "2c" : ver == 3 ? "3" : String.valueOf(ver);
      community = ver == 3 ? "" : Ber.text(b, Ber.nth(b, m, 1));
    }
    last = ts;
    if (ver == 3) {
      return;
    }
    Ber.Tlv pdu = Ber.nth(b, m, 2);
    Ber.Tlv binds = Ber.nth(b, pdu, 3);
    int count = 0;
    for (int i = 0; Ber.nth(b, binds, i) != null; i++) {
      count++;
      if (pdu.tag() == 0xa2) {
        Ber.Tlv bind = Ber.nth(b, binds, i);
        String oid = Ber.oid(b, Ber.nth(b, bind, 0));
        Ber.Tlv val = Ber.nth(b, bind, 1);
        if (oid.equals("1.3.6.1.2.1.1.1.0") && val != null && val.tag() == 0x04
            && display.isEmpty()) {
          display = Ber.text(b, val);
        } else if (oid.equals("1.3.6.1.2.1.1.3.0") && val != null && val.tag() == 0x43) {
          upSince = ts - Ber.unsigned(b, val, 0) * 10_000;
        }
      }
    }
    if (pdu == null) {
      return;
    }
    switch (pdu.tag()) {
      case 0xa0, 0xa1 -> gets += count;
      case 0xa2 -> responses += count;
      case 0xa3 -> sets += count;
      case 0xa5 -> bulks += count;
      default -> { } // traps and reports are not counted by Zeek's log either
    }
  }

  @Override
  public boolean done() {
    return false;
  }

  @Override
  public void end(FlowContext f) {
    if (first < 0) {
      return;
    }
    f.emit(new SnmpExchange(first, f.uid(), f.id(), last - first, version, community, gets,
        bulks, responses, sets, display, upSince));
    first = -1;
  }
}
