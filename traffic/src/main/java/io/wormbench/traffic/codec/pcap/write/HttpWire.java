package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.codec.pcap.proto.Mime;
import io.wormbench.traffic.event.HttpTransaction;

/**
 * HTTP/1.1 messages (RFC 9112) for an {@link HttpTransaction}: the request line with Host and
 * User-Agent headers, and a response with Content-Type, Content-Length and a body of the
 * recorded length whose first bytes sniff as the recorded MIME type ({@code MZ...} for
 * application/x-dosexec).
 */
final class HttpWire {
  private HttpWire() {}

  static byte[] request(HttpTransaction h) {
    StringBuilder sb = new StringBuilder();
    sb.append(h.method()).append(' ').append(h.uri().isEmpty() ? "/" : h.uri()).append(" HTTP/1.1\r\n");
    if (!h.host().isEmpty()) {
      sb.append("Host: ").append(h.host()).append("\r\n");
    }
    if (!h.userAgent().isEmpty()) {
      sb.append("User-Agent: ").append(h.userAgent()).append("\r\n");
    }
    sb.append("Accept: */*\r\n\r\n");
    return sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** Response head; the body follows separately so large bodies are never built twice. */
  static byte[] responseHead(HttpTransaction h) {
    StringBuilder sb = new StringBuilder();
    sb.append("HTTP/1.1 ").append(h.statusCode()).append(' ').append(reason(h.statusCode()))
        .append("\r\n");
    if (!h.respMimeType().isEmpty()) {
      sb.append("Content-Type: ").append(h.respMimeType()).append("\r\n");
    }
    if (!h.respFilename().isEmpty()) {
      sb.append("Content-Disposition: attachment; filename=\"")
          .append(h.respFilename().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\r\n");
    }
    sb.append("Content-Length: ").append(h.respBodyLen()).append("\r\n\r\n");
    return sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** The response head followed by the body's first bytes, as one write. */
  static byte[] responseWithBodyStart(HttpTransaction h) {
    byte[] head = responseHead(h);
    byte[] body = body(h);
    byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  /** The first bytes of the body (at most 64); the rest is sent as zeros. */
  static byte[] body(HttpTransaction h) {
    byte[] body = new byte[(int) Math.min(h.respBodyLen(), 64)];
    if (!h.respMimeType().isEmpty()) {
      byte[] head = Mime.sample(h.respMimeType());
      System.arraycopy(head, 0, body, 0, Math.min(head.length, body.length));
      if (h.respMimeType().startsWith("text/") || h.respMimeType().endsWith("json")
          || h.respMimeType().endsWith("xml")) {
        java.util.Arrays.fill(body, Math.min(head.length, body.length), body.length, (byte) ' ');
      }
    }
    return body;
  }

  private static String reason(int code) {
    return switch (code) {
      case 200 -> "OK";
      case 204 -> "No Content";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 304 -> "Not Modified";
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 500 -> "Internal Server Error";
      default -> "Status";
    };
  }
}
