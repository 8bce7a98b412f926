package io.wormbench.traffic.codec.pcap.proto;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.SmbFileAccess;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SMB1 messages built from [MS-CIFS] 2.2.4 for what the real capture lacks: a refused logon
 * (brute force over SMB1), a logon without extended security, an executable written to
 * ADMIN$ with WRITE_ANDX (MZ at offset 0), a READ_ANDX, and hostile AndX offsets.
 */
class Smb1Test {
  private final List<Event> events = new ArrayList<>();
  private final SmbDecoder decoder = new SmbDecoder();
  private final Ctx ctx = new Ctx();
  private long ts = 1_772_380_800_000_000L;
  private int mid = 1;

  @Test
  void refusedNtlmsspLogons_eachAFailure() {
    for (String user : List.of("admin", "backup", "svc")) {
      int m = mid++;
      client(header(0x73, 0, false, m, 0).words(12).u8(0xff).u8(0).u16(0).zeros(20)
          .bytes(DceRpcNtlmTest.authenticate("CORP", user, "KALI")));
      server(header(0x73, 0xC000006DL, true, m, 0).words(0).bytes(new byte[0]));
    }
    assertThat(logons()).containsExactly("CORP\\admin@KALI false", "CORP\\backup@KALI false",
        "CORP\\svc@KALI false");
  }

  @Test
  void logonWithoutExtendedSecurity_accountAndDomainInClear() {
    int m = mid++;
    byte[] account = "ADMINISTRATOR\0WORKGROUP\0Unix\0Samba\0".getBytes(StandardCharsets.US_ASCII);
    byte[] pw = new byte[24];
    Msg req = header(0x73, 0, false, m, 0).flags2(0x0001).words(13).u8(0xff).u8(0).u16(0)
        .zeros(10).u16(24).u16(0).zeros(8);
    client(req.bytes(concat(pw, account)));
    server(header(0x73, 0, true, m, 0).words(0).bytes(new byte[0]));
    assertThat(logons()).containsExactly("WORKGROUP\\ADMINISTRATOR@ true");
  }

  @Test
  void executableWrittenToAdminShare_writeWithMagic_andRead() {
    treeConnect("\\\\10.0.0.9\\ADMIN$", "A:", 7);
    int fid = open(7, "\\x7fq.exe", 0x4001);
    byte[] mz = Mime.sample("application/x-dosexec");
    byte[] data = new byte[4096];
    System.arraycopy(mz, 0, data, 0, mz.length);
    client(writeAndX(7, fid, 0, data));
    client(writeAndX(7, fid, 4096, new byte[1000]));
    int m = mid++;
    client(header(0x2E, 0, false, m, 7).words(12).u8(0xff).u8(0).u16(0).u16(fid).u32(0)
        .u16(512).zeros(12).bytes(new byte[0]));
    server(header(0x2E, 0, true, m, 7).words(12).u8(0xff).u8(0).u16(0).u16(0).u16(0).u16(0)
        .u16(512).u16(32 + 1 + 24 + 2).zeros(10).bytes(new byte[512]));
    client(header(0x04, 0, false, mid++, 7).words(3).u16(fid).u32(0).bytes(new byte[0]));
    assertThat(events).filteredOn(e -> e instanceof SmbFileAccess).extracting(e -> {
      SmbFileAccess a = (SmbFileAccess) e;
      return a.action() + " " + a.path() + " " + a.name() + " " + a.size() + " " + a.mimeType();
    }).containsExactly("WRITE \\\\10.0.0.9\\ADMIN$ x7fq.exe 5096 application/x-dosexec",
        "READ \\\\10.0.0.9\\ADMIN$ x7fq.exe 512 ");
  }

  @Test
  void andXOffsetPointingBackwards_stopsTheChain_noLoop() {
    int m = mid++;
    // AndX command 0x73 again with offset 0: must not be followed (it would loop)
    client(header(0x73, 0, false, m, 0).words(12).u8(0x73).u8(0).u16(0).zeros(20)
        .bytes(DceRpcNtlmTest.authenticate("CORP", "x", "H")));
    server(header(0x73, 0, true, m, 0).words(0).bytes(new byte[0]));
    assertThat(logons()).containsExactly("CORP\\x@H true");
  }

  // --- helpers

  /** FLAGS2 with NT status and extended security but OEM (not Unicode) strings. */
  static final int OEM = 0x4800;

  private void treeConnect(String path, String service, int tid) {
    int m = mid++;
    byte[] p = (path + "\0?????\0").getBytes(StandardCharsets.US_ASCII);
    client(header(0x75, 0, false, m, 0).flags2(OEM).words(4).u8(0xff).u8(0).u16(0).u16(0).u16(1)
        .bytes(concat(new byte[1], p)));
    server(header(0x75, 0, true, m, tid).words(3).u8(0xff).u8(0).u16(0).u16(0)
        .bytes((service + "\0").getBytes(StandardCharsets.US_ASCII)));
  }

  private int open(int tid, String name, int fid) {
    int m = mid++;
    byte[] n = (name + "\0").getBytes(StandardCharsets.US_ASCII);
    client(header(0xA2, 0, false, m, tid).flags2(OEM).words(24).u8(0xff).u8(0).u16(0).u8(0)
        .u16(n.length - 1).zeros(41).bytes(n));
    server(header(0xA2, 0, true, m, tid).words(34).u8(0xff).u8(0).u16(0).u8(0).u16(fid)
        .zeros(61).bytes(new byte[0]));
    return fid;
  }

  private Msg writeAndX(int tid, int fid, long offset, byte[] data) {
    int dataOff = 32 + 1 + 28 + 2;
    return header(0x2F, 0, false, mid++, tid).words(14).u8(0xff).u8(0).u16(0).u16(fid)
        .u32((int) offset).u32(0).u16(0).u16(0).u16(0).u16(data.length).u16(dataOff).u32(0)
        .bytes(data);
  }

  private List<String> logons() {
    return events.stream().filter(e -> e instanceof NtlmAuth).map(e -> (NtlmAuth) e)
        .map(a -> a.domain() + "\\" + a.user() + "@" + a.hostname() + " " + a.success())
        .toList();
  }

  private void client(Msg m) {
    byte[] b = m.frame();
    decoder.data(ctx, true, ts += 1000, b, 0, b.length);
  }

  private void server(Msg m) {
    byte[] b = m.frame();
    decoder.data(ctx, false, ts += 1000, b, 0, b.length);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static Msg header(int command, long status, boolean reply, int mid, int tid) {
    return new Msg(command, status, reply, mid, tid);
  }

  /** One SMB1 message: header, then parameter words, then the byte block. */
  static final class Msg {
    private final ByteBuffer b = ByteBuffer.allocate(70_000).order(ByteOrder.LITTLE_ENDIAN);
    private int wordsAt;
    private int flags2 = 0x8000 | 0x0800 | 0x4000;

    Msg(int command, long status, boolean reply, int mid, int tid) {
      b.put((byte) 0xFF).put((byte) 'S').put((byte) 'M').put((byte) 'B').put((byte) command)
          .putInt((int) status).put((byte) (reply ? 0x80 : 0)).putShort((short) flags2)
          .putShort((short) 0).put(new byte[8]).putShort((short) 0).putShort((short) tid)
          .putShort((short) 0xFEFF).putShort((short) 2048).putShort((short) mid);
    }

    Msg flags2(int f) {
      b.putShort(10, (short) f);
      return this;
    }

    Msg words(int wc) {
      b.put((byte) wc);
      wordsAt = b.position();
      return this;
    }

    Msg u8(int v) {
      b.put((byte) v);
      return this;
    }

    Msg u16(int v) {
      b.putShort((short) v);
      return this;
    }

    Msg u32(int v) {
      b.putInt(v);
      return this;
    }

    Msg zeros(int n) {
      b.put(new byte[n]);
      return this;
    }

    /** Ends the words (their count must match) and appends the byte block. */
    Msg bytes(byte[] data) {
      int wc = b.get(wordsAt - 1);
      assertThat(b.position() - wordsAt).as("parameter words").isEqualTo(2 * wc);
      b.putShort((short) data.length).put(data);
      return this;
    }

    byte[] frame() {
      int len = b.position();
      byte[] out = new byte[4 + len];
      out[1] = (byte) (len >>> 16);
      out[2] = (byte) (len >>> 8);
      out[3] = (byte) len;
      System.arraycopy(b.array(), 0, out, 4, len);
      return out;
    }
  }

  private final class Ctx implements FlowContext {
    private final SkipLog log = new SkipLog();

    @Override
    public String uid() {
      return "CSmb1";
    }

    @Override
    public ConnId id() {
      return new ConnId(0x0a140011, 50627, 0x0a0a0002, 445);
    }

    @Override
    public void emit(Event event) {
      events.add(event);
    }

    @Override
    public SkipLog log() {
      return log;
    }

    @Override
    public long offset() {
      return 0;
    }
  }
}
