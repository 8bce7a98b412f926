package io.wormbench.traffic.codec.pcap.proto;

/**
 * MIME sniffing of a body's first bytes by magic numbers, the subset of libmagic signatures
 * Zeek's file analysis reports most often in http.log (resp_mime_types). {@link #sample}
 * gives a body prefix that sniffs back to the same type, for the writer.
 */
public final class Mime {
  private Mime() {}

  /** The MIME type of a body starting with {@code head}, empty for an empty body. */
  public static String sniff(byte[] head, int n) {
    if (n == 0) {
      return "";
    }
    String magic = magic(head, n);
    return magic.isEmpty() ? text(head, n) : magic;
  }

  /**
   * The type of a file by its binary magic number alone (MZ, ELF, PDF, ZIP, PNG, GIF, JPEG,
   * gzip), empty when none matches; Zeek's file analysis, too, leaves mime_type unset for
   * content no signature matches.
   */
  public static String magic(byte[] head, int n) {
    if (n >= 2 && head[0] == 'M' && head[1] == 'Z') {
      return "application/x-dosexec";
    }
    if (n >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
      return "application/x-executable";
    }
    if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
      return "application/pdf";
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return "application/zip";
    }
    if (n >= 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
      return "image/png";
    }
    if (n >= 3 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F') {
      return "image/gif";
    }
    if (n >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return "application/x-gzip";
    }
    return "";
  }

  private static String text(byte[] head, int n) {
    String text = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(java.util.Locale.ROOT);
    if (text.startsWith("<html") || text.startsWith("<!doctype html") || text.startsWith("<head")) {
      return "text/html";
    }
    if (text.startsWith("<?xml")) {
      return "application/xml";
    }
    if (text.startsWith("{") || text.startsWith("[")) {
      return "application/json";
    }
    for (int i = 0; i < n; i++) {
      int c = head[i] & 0xff;
      if (c < 0x09 || (c > 0x0d && c < 0x20)) {
        return "application/octet-stream";
      }
    }
    return "text/plain";
  }

  /** A body prefix that {@link #sniff} classifies as {@code mime}. */
  public static byte[] sample(String mime) {
    String s = switch (mime) {
      case "application/x-dosexec" -> "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000";
      case "application/x-executable" -> "\u007fELF\u0002\u0001\u0001";
      case "application/pdf" -> "%PDF-1.7\n";
      case "application/zip" -> "PK\u0003\u0004";
      case "image/png" -> "\u0089PNG\r\n\u001a\n";
      case "image/gif" -> "GIF89a";
      case "image/jpeg" -> "\u00ff\u00d8\u00ff\u00e0";
      case "application/x-gzip" -> "\u001f\u008b\u0008";
      case "text/html" -> "<html><body>";
      case "application/xml" -> "<?xml version=\"1.0\"?>";
      case "application/json" -> "{\"ok\":true}";
      case "application/octet-stream" -> "\u0000\u0001\u0002\u0003";
      default -> "hello world ";
    };
    return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
