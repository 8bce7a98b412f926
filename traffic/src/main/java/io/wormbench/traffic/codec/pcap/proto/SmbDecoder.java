package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.SmbTreeConnect;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SMB2/3 over direct TCP ([MS-SMB2] 2.1 framing, 2.2 messages, compounded via NextCommand):
 * SESSION_SETUP carrying NTLMSSP AUTHENTICATE gives {@link NtlmAuth} with the response status
 * (0 = success; STATUS_LOGON_FAILURE 0xC000006D and other errors = failure); TREE_CONNECT
 * gives {@link SmbTreeConnect} with the share type of the response; CREATE/WRITE/READ/CLOSE on
 * disk trees give one {@link SmbFileAccess} per file handle and action (size = highest offset
 * reached; the magic number of the bytes written at offset 0 gives a WRITE's MIME type, so an
 * executable is known by its MZ, not its extension), on pipes their data feeds a
 * {@link DceRpcStream}. Large messages are decoded from
 * their first 16 KiB and the rest skipped unbuffered. SMB1 messages go to {@link Smb1}, which
 * gives the same events.
 */
final class SmbDecoder extends AppDecoder {
  static final long STATUS_PENDING = 0x103;
  static final long STATUS_MORE_PROCESSING = 0xC0000016L;
  private static final int CAP = 16 * 1024;

  private record Tree(String path, String type) {}

  private static final class Request {
    long ts;
    int command;
    long treeId;
    String text = "";
    Ntlmssp.Auth auth;
    FileKey file;
  }

  private record FileKey(long persistent, long volatileId) {}

  private static final class Open {
    final String name;
    final Tree tree;
    final DceRpcStream pipe;
    long writeTs = -1;
    long written;
    /** The first bytes written at offset 0, for their magic number. */
    final byte[] head = new byte[16];
    int headLen = -1;
    long readTs = -1;
    long read;

    Open(String name, Tree tree) {
      this.name = name;
      this.tree = tree;
      this.pipe = tree.type.equals("PIPE") ? new DceRpcStream(pipeEndpoint(name)) : null;
    }
  }

  private final StreamBuffer[] buf = {new StreamBuffer(), new StreamBuffer()};
  private final Map<Long, Request> requests = new HashMap<>();
  private final Map<Long, Tree> trees = new HashMap<>();
  private final Map<FileKey, Open> files = new LinkedHashMap<>();
  private final Smb1 smb1 = new Smb1();

  @Override
  public String service() {
    return "smb";
  }

  static String pipeEndpoint(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    int i = n.lastIndexOf('\\');
    return i >= 0 ? n.substring(i + 1) : n;
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    int d = fromOrig ? 0 : 1;
    if (dead[d]) {
      return;
    }
    StreamBuffer s = buf[d];
    s.append(b, off, len);
    while (s.length() >= 4) {
      byte[] a = s.array();
      if (a[0] != 0) {
        dead[d] = true;
        return;
      }
      int msgLen = (a[1] & 0xff) << 16 | (a[2] & 0xff) << 8 | (a[3] & 0xff);
      int have = Math.min(msgLen, CAP);
      if (s.length() < 4 + have) {
        return;
      }
      message(f, fromOrig, ts, a, 4, 4 + have);
      s.consume(4L + msgLen);
    }
  }

  private void message(FlowContext f, boolean fromOrig, long ts, byte[] a, int h, int end) {
    if (h + 4 <= end && a[h] == (byte) 0xFF && a[h + 1] == 'S' && a[h + 2] == 'M'
        && a[h + 3] == 'B') {
      smb1.message(f, fromOrig, ts, a, h, end);
      confirmed |= smb1.seen;
      return;
    }
    while (h + 64 <= end) {
      if (a[h] != (byte) 0xFE || a[h + 1] != 'S' || a[h + 2] != 'M' || a[h + 3] != 'B') {
        return;
      }
      confirmed = true;
      // NextCommand is unsigned ([MS-SMB2] 2.2.1): an offset of 64 bytes or more that stays
      // inside the message chains another command; anything else (0, beyond the message,
      // >= 2^31 from a hostile or damaged peer) makes this the last command, as tshark reads it.
      long next = Bytes.le32(a, h + 20, end);
      boolean chained = next >= 64 && next <= end - h;
      int msgEnd = chained ? h + (int) next : end;
      if (fromOrig) {
        request(f, ts, a, h, msgEnd);
      } else {
        response(f, a, h, msgEnd);
      }
      if (!chained) {
        return;
      }
      h += (int) next;
    }
  }

  private static FileKey fileKey(byte[] a, int p, int end) {
    return new FileKey(Bytes.le64(a, p, end), Bytes.le64(a, p + 8, end));
  }

  private void request(FlowContext f, long ts, byte[] a, int h, int end) {
    int cmd = Bytes.le16(a, h + 12, end);
    long msgId = Bytes.le64(a, h + 24, end);
    long treeId = Bytes.le32(a, h + 36, end);
    int body = h + 64;
    Request r = new Request();
    r.ts = ts;
    r.command = cmd;
    r.treeId = treeId;
    switch (cmd) {
      case 1 -> {
        int off = Bytes.le16(a, body + 12, end);
        int len = Bytes.le16(a, body + 14, end);
        if (off > 0 && len > 0) {
          int secEnd = Math.min(end, h + off + len);
          int s = Ntlmssp.find(a, h + off, secEnd);
          if (s >= 0 && Ntlmssp.type(a, s, secEnd) == 3) {
            r.auth = Ntlmssp.authenticate(a, s, secEnd);
          }
        }
      }
      case 3 -> {
        int off = Bytes.le16(a, body + 4, end);
        int len = Bytes.le16(a, body + 6, end);
        r.text = Bytes.utf16(a, h + off, len, end);
      }
      case 5 -> {
        int off = Bytes.le16(a, body + 44, end);
        int len = Bytes.le16(a, body + 46, end);
        r.text = Bytes.utf16(a, h + off, len, end);
      }
      case 6 -> {
        Open o = files.remove(fileKey(a, body + 8, end));
        if (o != null) {
          flush(f, o);
        }
      }
      case 8 -> r.file = fileKey(a, body + 16, end);
      case 9 -> {
        int dataOff = Bytes.le16(a, body + 2, end);
        long length = Bytes.le32(a, body + 4, end);
        long offset = Bytes.le64(a, body + 8, end);
        Open o = files.get(fileKey(a, body + 16, end));
        if (o != null && length >= 0) {
          if (o.pipe != null) {
            int p = h + dataOff;
            int n = (int) Math.min(length, Math.max(0, end - p));
            o.pipe.data(f, true, ts, a, p, n);
          } else {
            if (o.writeTs < 0) {
              o.writeTs = ts;
            }
            if (offset == 0) {
              int p = h + dataOff;
              o.headLen = (int) Math.min(Math.min(length, o.head.length), Math.max(0, end - p));
              System.arraycopy(a, p, o.head, 0, o.headLen);
            }
            o.written = Math.max(o.written, offset + length);
          }
        }
      }
      case 11 -> {
        long ctl = Bytes.le32(a, body + 4, end);
        Open o = files.get(fileKey(a, body + 8, end));
        if (ctl == 0x0011C017L && o != null && o.pipe != null) {
          long inOff = Bytes.le32(a, body + 24, end);
          long inLen = Bytes.le32(a, body + 28, end);
          int p = h + (int) inOff;
          o.pipe.data(f, true, ts, a, p, (int) Math.min(inLen, Math.max(0, end - p)));
          r.file = fileKey(a, body + 8, end);
        }
      }
      default -> { }
    }
    requests.put(msgId, r);
  }

  private void response(FlowContext f, byte[] a, int h, int end) {
    long status = Bytes.le32(a, h + 8, end);
    long msgId = Bytes.le64(a, h + 24, end);
    long flags = Bytes.le32(a, h + 16, end);
    if (status == STATUS_PENDING && (flags & 2) != 0) {
      return;
    }
    Request r = requests.remove(msgId);
    if (r == null) {
      return;
    }
    int body = h + 64;
    switch (r.command) {
      case 1 -> {
        if (r.auth != null && status != STATUS_MORE_PROCESSING) {
          f.emit(new NtlmAuth(r.ts, f.uid(), f.id(), r.auth.domain(), r.auth.user(),
              r.auth.workstation(), status == 0));
        }
      }
      case 3 -> {
        if (status == 0) {
          String type = switch (Bytes.u8(a, body + 2, end)) {
            case 1 -> "DISK";
            case 2 -> "PIPE";
            case 3 -> "PRINT";
            default -> "";
          };
          Tree t = new Tree(r.text, type);
          trees.put(Bytes.le32(a, h + 36, end), t);
          f.emit(new SmbTreeConnect(r.ts, f.uid(), f.id(), r.text, type));
        }
      }
      case 5 -> {
        if (status == 0) {
          Tree t = trees.getOrDefault(r.treeId, new Tree("", "DISK"));
          files.put(fileKey(a, body + 64, end), new Open(r.text, t));
        }
      }
      case 8 -> {
        Open o = files.get(r.file);
        if (status == 0 && o != null) {
          int dataOff = Bytes.u8(a, body + 2, end);
          long len = Bytes.le32(a, body + 4, end);
          if (o.pipe != null) {
            int p = h + dataOff;
            o.pipe.data(f, false, r.ts, a, p, (int) Math.min(len, Math.max(0, end - p)));
          } else {
            if (o.readTs < 0) {
              o.readTs = r.ts;
            }
            o.read += Math.max(0, len);
          }
        }
      }
      case 11 -> {
        Open o = r.file == null ? null : files.get(r.file);
        if (o != null && o.pipe != null && (status == 0 || status == 0x80000005L)) {
          long outOff = Bytes.le32(a, body + 32, end);
          long outLen = Bytes.le32(a, body + 36, end);
          int p = h + (int) outOff;
          o.pipe.data(f, false, r.ts, a, p, (int) Math.min(outLen, Math.max(0, end - p)));
        }
      }
      default -> { }
    }
  }

  private void flush(FlowContext f, Open o) {
    if (o.writeTs >= 0) {
      f.emit(new SmbFileAccess(o.writeTs, f.uid(), f.id(), SmbFileAccess.Action.WRITE,
          o.tree.path(), o.name, o.written, o.headLen < 0 ? "" : Mime.magic(o.head, o.headLen)));
    }
    if (o.readTs >= 0) {
      f.emit(new SmbFileAccess(o.readTs, f.uid(), f.id(), SmbFileAccess.Action.READ,
          o.tree.path(), o.name, o.read));
    }
    o.writeTs = -1;
    o.readTs = -1;
  }

  @Override
  public void end(FlowContext f) {
    for (Open o : files.values()) {
      flush(f, o);
    }
    files.clear();
    smb1.end(f);
  }
}
