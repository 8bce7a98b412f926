package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.event.HttpTransaction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * HTTP/1.x (RFC 9112): request line, Host and User-Agent from each request; status code and
 * body length from each response (Content-Length, chunked, or until close), and the body's
 * MIME type sniffed from its first bytes as Zeek's file analysis does ({@code MZ} is
 * application/x-dosexec), the Content-Disposition file name, and the body bytes announced by
 * Content-Length or a chunk size that never came (the connection ended, or its stream had a
 * gap): a truncated download is flagged, not passed off as a small complete one. Emits one
 * {@link HttpTransaction} per request/response pair at the request's time. Bodies are
 * counted, never buffered.
 */
final class HttpDecoder extends AppDecoder {
  private static final String[] METHODS =
      {"GET ", "POST ", "HEAD ", "PUT ", "DELETE ", "OPTIONS ", "CONNECT ", "TRACE ", "PATCH "};
  private static final int MAX_HEADER = 64 * 1024;

  private record Request(long ts, String method, String uri, String host, String ua) {}

  private final StreamBuffer req = new StreamBuffer();
  private final StreamBuffer resp = new StreamBuffer();
  private final ArrayDeque<Request> open = new ArrayDeque<>();
  // response body state
  private int status;
  private long bodyLen;
  private long remaining;
  private boolean chunked;
  private boolean untilClose;
  private boolean inBody;
  private String filename = "";
  /** Bytes still owed by the chunk being read, -1 between chunks. */
  private long chunkOwed = -1;
  private final byte[] head = new byte[16];
  private int headLen;
  private Request current;

  static boolean isRequestStart(byte[] b, int off, int end) {
    for (String m : METHODS) {
      if (Bytes.startsWith(b, off, end, m)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String service() {
    return "http";
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    if (fromOrig) {
      if (!dead[0]) {
        req.append(b, off, len);
        requests(f, ts);
      }
    } else if (!dead[1]) {
      responses(f, b, off, len);
    }
  }

  private void requests(FlowContext f, long ts) {
    while (true) {
      int hdrEnd = headerEnd(req);
      if (hdrEnd < 0) {
        if (req.length() > MAX_HEADER) {
          dead[0] = true;
        }
        return;
      }
      String[] lines = new String(req.array(), 0, hdrEnd, StandardCharsets.ISO_8859_1).split("\r?\n");
      String[] first = lines[0].split(" ", 3);
      if (first.length < 2 || !isRequestStart(req.array(), 0, req.length())) {
        dead[0] = true;
        return;
      }
      String host = "";
      String ua = "";
      long bodyBytes = 0;
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i];
        int c = line.indexOf(':');
        if (c <= 0) {
          continue;
        }
        String name = line.substring(0, c).trim().toLowerCase(Locale.ROOT);
        String value = line.substring(c + 1).trim();
        switch (name) {
          case "host" -> host = value;
          case "user-agent" -> ua = value;
          case "content-length" -> bodyBytes = parseLong(value);
          default -> { }
        }
      }
      confirmed = true;
      open.add(new Request(ts, first[0], first[1], host, ua));
      req.consume(hdrEnd + 4L - (crlf(req, hdrEnd) ? 0 : 2) + bodyBytes);
    }
  }

  private static boolean crlf(StreamBuffer s, int hdrEnd) {
    return s.array()[hdrEnd] == '\r';
  }

  /** Index of the blank line ending the header block (start of its first CR or LF), or -1. */
  private static int headerEnd(StreamBuffer s) {
    byte[] a = s.array();
    for (int i = 0; i + 1 < s.length(); i++) {
      if (a[i] == '\n' && a[i + 1] == '\n') {
        return i;
      }
      if (i + 3 < s.length() && a[i] == '\r' && a[i + 1] == '\n' && a[i + 2] == '\r'
          && a[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static long parseLong(String v) {
    try {
      return Math.max(0, Long.parseLong(v.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void responses(FlowContext f, byte[] b, int off, int len) {
    int end = off + len;
    while (off < end || (!inBody && resp.length() > 0 && headerEnd(resp) >= 0)) {
      if (inBody && !chunked) {
        int n = untilClose ? end - off : (int) Math.min(remaining, end - off);
        body(b, off, n);
        off += n;
        remaining -= n;
        if (!untilClose && remaining == 0) {
          complete(f);
        }
        continue;
      }
      resp.append(b, off, end - off);
      off = end;
      if (inBody) {
        if (!chunks(f)) {
          return;
        }
        continue;
      }
      int hdrEnd = headerEnd(resp);
      if (hdrEnd < 0) {
        if (resp.length() > MAX_HEADER) {
          dead[1] = true;
        }
        return;
      }
      String[] lines = new String(resp.array(), 0, hdrEnd, StandardCharsets.ISO_8859_1).split("\r?\n");
      String[] first = lines[0].split(" ", 3);
      if (first.length < 2 || !first[0].startsWith("HTTP/")) {
        dead[1] = true;
        return;
      }
      status = (int) parseLong(first[1]);
      filename = "";
      long length = -1;
      chunked = false;
      for (int i = 1; i < lines.length; i++) {
        int c = lines[i].indexOf(':');
        if (c <= 0) {
          continue;
        }
        String name = lines[i].substring(0, c).trim().toLowerCase(Locale.ROOT);
        String value = lines[i].substring(c + 1).trim();
        if (name.equals("content-length")) {
          length = parseLong(value);
        } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
          chunked = true;
        } else if (name.equals("content-disposition")) {
          filename = ContentDisposition.filename(value);
        }
      }
      resp.consume(hdrEnd + (crlf(resp, hdrEnd) ? 4 : 2));
      if (status == 100) {
        continue;
      }
      current = open.poll();
      bodyLen = 0;
      headLen = 0;
      boolean noBody = status == 204 || status == 304 || (status >= 100 && status < 200)
          || (current != null && current.method.equals("HEAD"));
      if (noBody || (!chunked && length == 0)) {
        complete(f);
        continue;
      }
      inBody = true;
      untilClose = !chunked && length < 0;
      remaining = length;
      // bytes already buffered belong to the body
      if (!chunked) {
        byte[] rest = java.util.Arrays.copyOf(resp.array(), resp.length());
        resp.clear();
        off = 0;
        b = rest;
        end = rest.length;
      } else if (!chunks(f)) {
        return;
      }
    }
  }

  /** Consumes chunked body from {@link #resp}; false when more bytes are needed. */
  private boolean chunks(FlowContext f) {
    while (true) {
      int nl = resp.indexOfNewline(0);
      if (nl < 0) {
        if (resp.length() > 1024) {
          dead[1] = true;
        }
        return false;
      }
      String line = new String(resp.array(), 0, nl, StandardCharsets.ISO_8859_1).trim();
      int semi = line.indexOf(';');
      long size;
      try {
        size = Long.parseLong(semi < 0 ? line : line.substring(0, semi), 16);
      } catch (NumberFormatException e) {
        dead[1] = true;
        return false;
      }
      if (size == 0) {
        // trailer ends with an empty line; assume none
        int need = nl + 1;
        int nl2 = resp.indexOfNewline(need);
        if (nl2 < 0) {
          return false;
        }
        resp.consume(nl2 + 1);
        complete(f);
        return true;
      }
      if (resp.length() < nl + 1 + size + 2) {
        chunkOwed = nl + 1 + size - resp.length();
        return false;
      }
      chunkOwed = -1;
      body(resp.array(), nl + 1, (int) size);
      resp.consume(nl + 1 + size + 2);
    }
  }

  private void body(byte[] b, int off, int n) {
    if (headLen < head.length) {
      int c = Math.min(n, head.length - headLen);
      System.arraycopy(b, off, head, headLen, c);
      headLen += c;
    }
    bodyLen += n;
  }

  private void complete(FlowContext f) {
    complete(f, 0);
  }

  private void complete(FlowContext f, long missing) {
    inBody = false;
    chunkOwed = -1;
    Request r = current;
    current = null;
    if (r == null) {
      return;
    }
    f.emit(new HttpTransaction(r.ts, f.uid(), f.id(), r.method, r.host, r.uri, r.ua, status,
        Mime.sniff(head, headLen), bodyLen, filename, missing));
  }

  /**
   * Body bytes announced but not received when the connection ends mid-body: what
   * Content-Length still owed, or the rest of the current chunk (at least 1 when a chunked or
   * close-delimited body was cut by a stream gap, whose size is unknown).
   */
  private long missing() {
    if (chunked) {
      return Math.max(1, chunkOwed);
    }
    if (untilClose) {
      return dead[1] ? 1 : 0;
    }
    return Math.max(0, remaining);
  }

  @Override
  public void end(FlowContext f) {
    if (inBody) {
      complete(f, missing());
    }
    for (Request r : open) {
      f.emit(new HttpTransaction(r.ts, f.uid(), f.id(), r.method, r.host, r.uri, r.ua, 0, "", 0));
    }
    open.clear();
  }
}
