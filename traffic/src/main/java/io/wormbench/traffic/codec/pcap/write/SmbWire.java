package io.wormbench.traffic.codec.pcap.write;

/**
 * SMB2 messages ([MS-SMB2] 2.2) each in a Direct TCP transport header (2.1: a zero byte and a
 * 24-bit length): NEGOTIATE, SESSION_SETUP, TREE_CONNECT, CREATE, WRITE, READ, CLOSE requests
 * and responses, and the ERROR response used with STATUS_LOGON_FAILURE.
 */
final class SmbWire {
  private SmbWire() {}

  static final int NEGOTIATE = 0;
  static final int SESSION_SETUP = 1;
  static final int TREE_CONNECT = 3;
  static final int CREATE = 5;
  static final int CLOSE = 6;
  static final int READ = 8;
  static final int WRITE = 9;
  static final long STATUS_MORE_PROCESSING = 0xC0000016L;
  static final long STATUS_LOGON_FAILURE = 0xC000006DL;
  /** MaxTransact/Read/WriteSize the rendered server negotiates (8 MiB, as Windows Server). */
  static final int MAX_IO = 8 << 20;

  /** Starts a message: transport header placeholder and the 64-byte SMB2 header. */
  static Wire header(int command, long status, boolean response, long messageId, long treeId,
      long sessionId) {
    return header(command, status, response, messageId, treeId, sessionId, 256);
  }

  static Wire header(int command, long status, boolean response, long messageId, long treeId,
      long sessionId, int capacity) {
    Wire w = new Wire(capacity);
    w.zeros(4);
    w.u8(0xFE).ascii("SMB").le16(64).le16(1).le32(status).le16(command).le16(response ? 1 : 31)
        .le32(response ? 1 : 0).le32(0).le64(messageId).le32(0xfeff).le32(treeId).le64(sessionId)
        .zeros(16);
    return w;
  }

  static byte[] done(Wire w) {
    return done(w, 0);
  }

  /** Finishes a message that {@code more} bytes sent separately will complete. */
  static byte[] done(Wire w, long more) {
    byte[] b = w.toArray();
    long len = b.length - 4 + more;
    b[1] = (byte) (len >>> 16);
    b[2] = (byte) (len >>> 8);
    b[3] = (byte) len;
    return b;
  }

  static byte[] negotiateRequest(long mid) {
    Wire w = header(NEGOTIATE, 0, false, mid, 0, 0);
    w.le16(36).le16(2).le16(1).le16(0).le32(0x7f).zeros(16).le64(0).le16(0x0202).le16(0x0210);
    return done(w);
  }

  static byte[] negotiateResponse(long mid) {
    byte[] token = NtlmWire.negTokenInit(new byte[0]);
    Wire w = header(NEGOTIATE, 0, true, mid, 0, 0);
    w.le16(65).le16(1).le16(0x0210).le16(0);
    for (int i = 0; i < 16; i++) {
      w.u8(0xa0 + i);
    }
    w.le32(0x7).le32(MAX_IO).le32(MAX_IO).le32(MAX_IO).le64(132_000_000_000_000_000L)
        .le64(0).le16(128).le16(token.length).le32(0).bytes(token);
    return done(w);
  }

  static byte[] sessionSetupRequest(long mid, long sid, byte[] token) {
    Wire w = header(SESSION_SETUP, 0, false, mid, 0, sid);
    w.le16(25).u8(0).u8(1).le32(1).le32(0).le16(64 + 24).le16(token.length).le64(0).bytes(token);
    return done(w);
  }

  static byte[] sessionSetupResponse(long mid, long sid, long status, byte[] token) {
    Wire w = header(SESSION_SETUP, status, true, mid, 0, sid);
    if (status != 0 && status != STATUS_MORE_PROCESSING) {
      w.le16(9).u8(0).u8(0).le32(0).u8(0);
      return done(w);
    }
    w.le16(9).le16(0).le16(token.length == 0 ? 0 : 64 + 8).le16(token.length).bytes(token);
    return done(w);
  }

  static byte[] treeConnectRequest(long mid, long sid, String path) {
    byte[] p = Wire.utf16Bytes(path);
    Wire w = header(TREE_CONNECT, 0, false, mid, 0, sid);
    w.le16(9).le16(0).le16(64 + 8).le16(p.length).bytes(p);
    return done(w);
  }

  static byte[] treeConnectResponse(long mid, long sid, long tid, int shareType) {
    Wire w = header(TREE_CONNECT, 0, true, mid, tid, sid);
    w.le16(16).u8(shareType).u8(0).le32(shareType == 2 ? 0x30 : 0x800).le32(0).le32(0x001f01ff);
    return done(w);
  }

  static byte[] createRequest(long mid, long sid, long tid, String name) {
    byte[] n = Wire.utf16Bytes(name);
    Wire w = header(CREATE, 0, false, mid, tid, sid);
    w.le16(57).u8(0).u8(0).le32(2).le64(0).le64(0).le32(0x0012019f).le32(0x80).le32(7)
        .le32(5).le32(0x40).le16(64 + 56).le16(n.length).le32(0).le32(0).bytes(n);
    if (n.length == 0) {
      w.u8(0);
    }
    return done(w);
  }

  static byte[] createResponse(long mid, long sid, long tid, long fid, long size) {
    Wire w = header(CREATE, 0, true, mid, tid, sid);
    w.le16(89).u8(0).u8(0).le32(2).le64(0).le64(0).le64(0).le64(0).le64(size).le64(size)
        .le32(0x80).le32(0).le64(fid).le64(fid ^ 0x5a5a).le32(0).le32(0);
    return done(w);
  }

  static void fileId(Wire w, long fid) {
    w.le64(fid).le64(fid ^ 0x5a5a);
  }

  static byte[] writeRequest(long mid, long sid, long tid, long fid, long offset, byte[] data,
      int off, int len) {
    return writeRequest(mid, sid, tid, fid, offset, data, off, len, len);
  }

  /** A WRITE of {@code total} bytes whose first {@code len} are given; the caller sends the rest. */
  static byte[] writeRequest(long mid, long sid, long tid, long fid, long offset, byte[] data,
      int off, int len, int total) {
    Wire w = header(WRITE, 0, false, mid, tid, sid, 4 + 64 + 48 + len);
    w.le16(49).le16(64 + 48).le32(total).le64(offset);
    fileId(w, fid);
    w.le32(0).le32(0).le16(0).le16(0).le32(0).bytes(data, off, len);
    return done(w, total - len);
  }

  static byte[] writeResponse(long mid, long sid, long tid, int count) {
    Wire w = header(WRITE, 0, true, mid, tid, sid);
    w.le16(17).le16(0).le32(count).le32(0).le16(0).le16(0);
    return done(w);
  }

  static byte[] readRequest(long mid, long sid, long tid, long fid, long offset, int len) {
    Wire w = header(READ, 0, false, mid, tid, sid);
    w.le16(49).u8(0x50).u8(0).le32(len).le64(offset);
    fileId(w, fid);
    w.le32(1).le32(0).le32(0).le16(0).le16(0).u8(0);
    return done(w);
  }

  static byte[] readResponse(long mid, long sid, long tid, byte[] data, int off, int len) {
    return readResponse(mid, sid, tid, data, off, len, len);
  }

  /** A READ response of {@code total} bytes whose first {@code len} are given. */
  static byte[] readResponse(long mid, long sid, long tid, byte[] data, int off, int len,
      int total) {
    Wire w = header(READ, 0, true, mid, tid, sid, 4 + 64 + 16 + len);
    w.le16(17).u8(0x50).u8(0).le32(total).le32(0).le32(0).bytes(data, off, len);
    return done(w, total - len);
  }

  static byte[] closeRequest(long mid, long sid, long tid, long fid) {
    Wire w = header(CLOSE, 0, false, mid, tid, sid);
    w.le16(24).le16(0).le32(0);
    fileId(w, fid);
    return done(w);
  }

  static byte[] closeResponse(long mid, long sid, long tid) {
    Wire w = header(CLOSE, 0, true, mid, tid, sid);
    w.le16(60).le16(0).le32(0).zeros(32).le64(0).le64(0).le32(0);
    return done(w);
  }
}
