package io.wormbench.evaluation.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Test inputs shared by the hostile-input tests and features: valid rows to damage, captures. */
public final class HostileFiles {
  private HostileFiles() {}

  /** A valid JSON-lines conn event. */
  public static final String CONN = "{\"kind\":\"conn\",\"ts\":1772380815718066,\"uid\":\"C1\","
      + "\"orig_h\":\"10.20.0.17\",\"orig_p\":50627,\"resp_h\":\"10.10.0.1\",\"resp_p\":53,"
      + "\"proto\":\"UDP\",\"service\":\"dns\",\"duration\":19083,\"orig_bytes\":42,"
      + "\"resp_bytes\":58,\"orig_pkts\":1,\"resp_pkts\":1,\"conn_state\":\"SF\","
      + "\"history\":\"Dd\",\"missed_bytes\":0,\"orig_ip_bytes\":70,\"resp_ip_bytes\":86,"
      + "\"local_orig\":true,\"local_resp\":true}";
  /** A Zeek TSV conn.log header (7 lines); rows start at line 8. */
  public static final String ZEEK_HEADER = "#separator \\x09\n#set_separator\t,\n"
      + "#empty_field\t(empty)\n#unset_field\t-\n#path\tconn\n"
      + "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration"
      + "\torig_bytes\tresp_bytes\tconn_state\torig_pkts\tresp_pkts\n"
      + "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount"
      + "\tstring\tcount\tcount\n";
  /** A conn.log row after its ts column. */
  public static final String ZEEK_ROW = "\tC1\t10.20.0.17\t50627\t10.10.0.1\t53\tudp\tdns"
      + "\t0.019083\t42\t58\tSF\t1\t1\n";

  /** A little-endian pcapng: one Ethernet interface with {@code tsresol}, one UDP packet. */
  public static byte[] pcapng(int tsresol, long units) {
    ByteBuffer b = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0)
        .putLong(-1).putInt(28);
    b.putInt(1).putInt(32).putShort((short) 1).putShort((short) 0).putInt(65535);
    b.putShort((short) 9).putShort((short) 1).put((byte) tsresol).put(new byte[3]);
    b.putShort((short) 0).putShort((short) 0).putInt(32);
    byte[] frame = udpFrame();
    int len = 28 + frame.length + (4 - frame.length % 4) % 4 + 4;
    b.putInt(6).putInt(len).putInt(0).putInt((int) (units >>> 32)).putInt((int) units)
        .putInt(frame.length).putInt(frame.length).put(frame);
    b.position(b.position() + (4 - frame.length % 4) % 4);
    b.putInt(len);
    byte[] out = new byte[b.position()];
    b.flip().get(out);
    return out;
  }

  /** Ethernet, IPv4 (10.20.0.17 -> 10.10.0.9), UDP 50000 -> 9999, 4 bytes of payload. */
  private static byte[] udpFrame() {
    ByteBuffer f = ByteBuffer.allocate(14 + 20 + 8 + 4);
    f.put(new byte[] {0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 6}).putShort((short) 0x0800);
    f.put((byte) 0x45).put((byte) 0).putShort((short) 32).putShort((short) 1).putShort((short) 0)
        .put((byte) 64).put((byte) 17).putShort((short) 0)
        .put(new byte[] {10, 20, 0, 17}).put(new byte[] {10, 10, 0, 9});
    f.putShort((short) 50000).putShort((short) 9999).putShort((short) 12).putShort((short) 0);
    f.put(new byte[] {1, 2, 3, 4});
    return f.array();
  }
}
