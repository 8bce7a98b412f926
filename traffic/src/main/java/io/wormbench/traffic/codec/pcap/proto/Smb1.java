package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.SmbTreeConnect;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SMB1/CIFS messages ([MS-CIFS] 2.2.3 header, 2.2.4 commands; [MS-SMB] 2.2.4 extensions)
 * turned into the same events as SMB2: SESSION_SETUP_ANDX with an extended-security blob
 * (NTLMSSP AUTHENTICATE, [MS-SMB] 2.2.4.6) or with the account and domain in clear
 * ([MS-CIFS] 2.2.4.53) gives {@link NtlmAuth} with the response status; TREE_CONNECT_ANDX
 * gives {@link SmbTreeConnect} with the share type from the response's service ({@code IPC},
 * {@code A:}, {@code LPT1:}); NT_CREATE_ANDX, WRITE_ANDX, READ_ANDX and CLOSE give one
 * {@link SmbFileAccess} per file and action on disk trees (the magic of the bytes written at
 * offset 0 gives its MIME type); on pipes, WRITE_ANDX, READ_ANDX and TRANSACTION
 * (TransactNmPipe) carry DCE/RPC into a {@link DceRpcStream}. AndX chains are followed.
 * Offsets are relative to the header, as the spec defines them; every read is bounded.
 */
final class Smb1 {
  static final int NEGOTIATE = 0x72;
  static final int SESSION_SETUP_ANDX = 0x73;
  static final int TREE_CONNECT_ANDX = 0x75;
  static final int NT_CREATE_ANDX = 0xA2;
  static final int WRITE_ANDX = 0x2F;
  static final int READ_ANDX = 0x2E;
  static final int TRANSACTION = 0x25;
  static final int CLOSE = 0x04;
  static final int NO_ANDX = 0xFF;
  static final int FLAGS_REPLY = 0x80;
  static final int FLAGS2_UNICODE = 0x8000;
  static final int TRANSACT_NM_PIPE = 0x26;
  static final int HEADER = 32;
  /** Bound on AndX hops in one message (a hostile chain may loop). */
  private static final int MAX_CHAIN = 8;

  private record Tree(String path, String type) {}

  private static final class Request {
    long ts;
    int command;
    int tid;
    String text = "";
    Ntlmssp.Auth auth;
    int fid = -1;
  }

  private static final class Open {
    final String name;
    final Tree tree;
    final DceRpcStream pipe;
    long writeTs = -1;
    long written;
    long readTs = -1;
    long read;
    final byte[] head = new byte[16];
    int headLen = -1;

    Open(String name, Tree tree) {
      this.name = name;
      this.tree = tree;
      this.pipe = tree.type().equals("PIPE")
          ? new DceRpcStream(SmbDecoder.pipeEndpoint(name)) : null;
    }
  }

  /** Requests by (command, PID, MID), as [MS-CIFS] 3.2.5.1 matches responses. */
  private final Map<Long, Request> requests = new HashMap<>();
  private final Map<Integer, Tree> trees = new HashMap<>();
  private final Map<Integer, Open> files = new LinkedHashMap<>();
  boolean seen;

  /** One SMB1 message: the header at {@code h}, the message ends at {@code end}. */
  void message(FlowContext f, boolean fromOrig, long ts, byte[] a, int h, int end) {
    if (h + HEADER + 1 > end) {
      return;
    }
    seen = true;
    int command = a[h + 4] & 0xff;
    long status = Bytes.le32(a, h + 5, end);
    boolean reply = (a[h + 9] & FLAGS_REPLY) != 0;
    boolean unicode = (Bytes.le16(a, h + 10, end) & FLAGS2_UNICODE) != 0;
    int tid = Bytes.le16(a, h + 24, end);
    long key = (long) Bytes.le16(a, h + 26, end) << 16 | Bytes.le16(a, h + 30, end);
    int p = h + HEADER;
    for (int hop = 0; hop < MAX_CHAIN && p < end; hop++) {
      int wc = Bytes.u8(a, p, end);
      int words = p + 1;
      int bytesAt = words + 2 * wc + 2;
      int byteCount = Bytes.le16(a, words + 2 * wc, end);
      int blockEnd = Math.min(end, bytesAt + Math.max(0, byteCount));
      long k = key | (long) command << 32;
      if (reply) {
        response(f, command, status, tid, k, a, h, words, wc, bytesAt, blockEnd, end);
      } else {
        request(f, ts, command, tid, k, unicode, a, h, words, wc, bytesAt, blockEnd, end);
      }
      if (!hasAndX(command) || wc < 2) {
        return;
      }
      int next = Bytes.u8(a, words, end);
      int off = Bytes.le16(a, words + 2, end);
      if (next == NO_ANDX || off <= p - h || h + off >= end) {
        return; // the chain must move forward
      }
      command = next;
      p = h + off;
    }
  }

  private static boolean hasAndX(int command) {
    return command == SESSION_SETUP_ANDX || command == TREE_CONNECT_ANDX
        || command == NT_CREATE_ANDX || command == WRITE_ANDX || command == READ_ANDX;
  }

  private void request(FlowContext f, long ts, int command, int tid, long key, boolean unicode,
      byte[] a, int h, int w, int wc, int bytesAt, int blockEnd, int end) {
    Request r = new Request();
    r.ts = ts;
    r.command = command;
    r.tid = tid;
    switch (command) {
      case SESSION_SETUP_ANDX -> {
        int s = Ntlmssp.find(a, bytesAt, blockEnd);
        if (s >= 0) {
          if (Ntlmssp.type(a, s, blockEnd) != 3) {
            return;
          }
          r.auth = Ntlmssp.authenticate(a, s, blockEnd);
        } else if (wc == 13) {
          r.auth = clearTextAccount(a, h, w, bytesAt, blockEnd, unicode);
        } else {
          return;
        }
      }
      case TREE_CONNECT_ANDX -> {
        int passwordLen = Bytes.le16(a, w + 6, end);
        int q = bytesAt + Math.max(0, passwordLen);
        r.text = string(a, h, q, blockEnd, unicode);
      }
      case NT_CREATE_ANDX -> {
        int nameLen = Bytes.le16(a, w + 5, end);
        int q = bytesAt;
        if (unicode && ((q - h) & 1) != 0) {
          q++;
        }
        int n = Math.min(Math.max(0, nameLen), Math.max(0, blockEnd - q));
        r.text = unicode ? Bytes.utf16(a, q, n, blockEnd) : Bytes.latin1(a, q, n, blockEnd);
        r.text = trimNul(r.text);
      }
      case WRITE_ANDX -> {
        write(f, ts, a, h, w, wc, end);
        return;
      }
      case READ_ANDX -> r.fid = Bytes.le16(a, w + 4, end);
      case TRANSACTION -> {
        int setupCount = Bytes.u8(a, w + 26, end);
        if (setupCount < 2 || Bytes.le16(a, w + 28, end) != TRANSACT_NM_PIPE) {
          return;
        }
        r.fid = Bytes.le16(a, w + 30, end);
        Open o = files.get(r.fid);
        if (o != null && o.pipe != null) {
          pipe(f, o, true, ts, a, h + Bytes.le16(a, w + 24, end), Bytes.le16(a, w + 22, end),
              end);
        }
      }
      case CLOSE -> {
        Open o = files.remove(Bytes.le16(a, w, end));
        if (o != null) {
          flush(f, o);
        }
        return;
      }
      default -> {
        return;
      }
    }
    requests.put(key, r);
  }

  private void write(FlowContext f, long ts, byte[] a, int h, int w, int wc, int end) {
    Open o = files.get(Bytes.le16(a, w + 4, end));
    if (o == null) {
      return;
    }
    long offset = Bytes.le32(a, w + 6, end);
    if (wc >= 14) {
      offset |= Bytes.le32(a, w + 24, end) << 32;
    }
    long length = (long) Math.max(0, Bytes.le16(a, w + 18, end)) << 16
        | Math.max(0, Bytes.le16(a, w + 20, end));
    int q = h + Math.max(0, Bytes.le16(a, w + 22, end));
    int have = (int) Math.min(length, Math.max(0, end - q));
    if (o.pipe != null) {
      pipe(f, o, true, ts, a, q, have, end);
      return;
    }
    if (o.writeTs < 0) {
      o.writeTs = ts;
    }
    if (offset == 0 && have >= 0 && q < end) {
      o.headLen = Math.min(have, o.head.length);
      System.arraycopy(a, q, o.head, 0, o.headLen);
    }
    o.written = Math.max(o.written, offset + length);
  }

  private void response(FlowContext f, int command, long status, int tid, long key, byte[] a,
      int h, int w, int wc, int bytesAt, int blockEnd, int end) {
    Request r = requests.get(key);
    if (r == null) {
      return;
    }
    if (command == SESSION_SETUP_ANDX && status == SmbDecoder.STATUS_MORE_PROCESSING) {
      requests.remove(key);
      return;
    }
    requests.remove(key);
    switch (command) {
      case SESSION_SETUP_ANDX -> f.emit(new NtlmAuth(r.ts, f.uid(), f.id(), r.auth.domain(),
          r.auth.user(), r.auth.workstation(), status == 0));
      case TREE_CONNECT_ANDX -> {
        if (status == 0) {
          String service = Bytes.latin1(a, bytesAt, Math.max(0, blockEnd - bytesAt), blockEnd);
          String type = service.startsWith("IPC") ? "PIPE"
              : service.startsWith("LPT") ? "PRINT" : "DISK";
          trees.put(tid, new Tree(r.text, type));
          f.emit(new SmbTreeConnect(r.ts, f.uid(), f.id(), r.text, type));
        }
      }
      case NT_CREATE_ANDX -> {
        if (status == 0 && wc >= 3) {
          Tree t = trees.getOrDefault(r.tid, new Tree("", "DISK"));
          String name = r.text.startsWith("\\") ? r.text.substring(1) : r.text;
          files.put(Bytes.le16(a, w + 5, end), new Open(name, t));
        }
      }
      case READ_ANDX -> {
        Open o = files.get(r.fid);
        if (o != null && status == 0 && wc >= 6) {
          int len = Math.max(0, Bytes.le16(a, w + 10, end));
          if (o.pipe != null) {
            pipe(f, o, false, r.ts, a, h + Bytes.le16(a, w + 12, end), len, end);
          } else {
            if (o.readTs < 0) {
              o.readTs = r.ts;
            }
            o.read += len;
          }
        }
      }
      case TRANSACTION -> {
        Open o = files.get(r.fid);
        if (o != null && o.pipe != null && (status == 0 || status == 0x80000005L) && wc >= 10) {
          pipe(f, o, false, r.ts, a, h + Bytes.le16(a, w + 14, end), Bytes.le16(a, w + 12, end),
              end);
        }
      }
      default -> { }
    }
  }

  /** Hands the pipe bytes at [q, q + n) to the DCE/RPC stream, clipped to the message. */
  private static void pipe(FlowContext f, Open o, boolean fromClient, long ts, byte[] a, int q,
      int n, int end) {
    int len = Math.min(n, end - q);
    if (q >= 0 && len > 0) {
      o.pipe.data(f, fromClient, ts, a, q, len);
    }
  }

  /**
   * The account of a SESSION_SETUP_ANDX without extended security ([MS-CIFS] 2.2.4.53.1):
   * after the two password fields come AccountName and PrimaryDomain; no workstation.
   */
  private static Ntlmssp.Auth clearTextAccount(byte[] a, int h, int w, int bytesAt, int end,
      boolean unicode) {
    int oemLen = Math.max(0, Bytes.le16(a, w + 14, end));
    int uniLen = Math.max(0, Bytes.le16(a, w + 16, end));
    int q = bytesAt + oemLen + uniLen;
    String account = string(a, h, q, end, unicode);
    q = skipString(a, h, q, end, unicode);
    String domain = string(a, h, q, end, unicode);
    return new Ntlmssp.Auth(domain, account, "");
  }

  /** A NUL-terminated string at {@code q}, UTF-16LE aligned to an even header offset. */
  private static String string(byte[] a, int h, int q, int end, boolean unicode) {
    if (unicode && ((q - h) & 1) != 0) {
      q++;
    }
    int stop = q;
    if (unicode) {
      while (stop + 1 < end && (a[stop] != 0 || a[stop + 1] != 0)) {
        stop += 2;
      }
      return Bytes.utf16(a, q, stop - q, end);
    }
    while (stop < end && a[stop] != 0) {
      stop++;
    }
    return Bytes.latin1(a, q, stop - q, end);
  }

  private static int skipString(byte[] a, int h, int q, int end, boolean unicode) {
    if (unicode && ((q - h) & 1) != 0) {
      q++;
    }
    if (unicode) {
      while (q + 1 < end && (a[q] != 0 || a[q + 1] != 0)) {
        q += 2;
      }
      return q + 2;
    }
    while (q < end && a[q] != 0) {
      q++;
    }
    return q + 1;
  }

  private static String trimNul(String s) {
    int i = s.indexOf('\0');
    return i < 0 ? s : s.substring(0, i);
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

  /** The connection ended: files still open report what was done to them. */
  void end(FlowContext f) {
    for (Open o : files.values()) {
      flush(f, o);
    }
    files.clear();
  }
}
