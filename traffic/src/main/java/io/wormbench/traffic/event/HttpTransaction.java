package io.wormbench.traffic.event;

/**
 * One HTTP request/response pair, as in Zeek's http.log.
 *
 * @param userAgent the User-Agent header, empty when the client sent none
 * @param respMimeType the MIME type of the response body as sniffed (Zeek's resp_mime_types),
 *     e.g. {@code application/x-dosexec} for a body starting with {@code MZ}
 * @param respBodyLen response body length in bytes
 * @param respFilename the file name of the response's Content-Disposition header (Zeek's
 *     resp_filenames), empty when there is none
 * @param respMissingBytes body bytes announced (Content-Length or chunk sizes) that never
 *     arrived because the connection ended first, as files.log's missing_bytes counts them; 0
 *     for a complete body. The pcap reader stops a stream at its first hole, so there it
 *     counts the hole and everything announced after it (Zeek counts the hole alone), and 1
 *     when a chunked or close-delimited body was cut by a hole of unknown size
 */
public record HttpTransaction(long ts, String uid, ConnId id, String method, String host,
    String uri, String userAgent, int statusCode, String respMimeType, long respBodyLen,
    String respFilename, long respMissingBytes) implements Event {
  /** A transaction with no Content-Disposition file name and a complete body. */
  public HttpTransaction(long ts, String uid, ConnId id, String method, String host, String uri,
      String userAgent, int statusCode, String respMimeType, long respBodyLen) {
    this(ts, uid, id, method, host, uri, userAgent, statusCode, respMimeType, respBodyLen, "", 0);
  }

  /** True when the response body was cut short (its connection ended before all of it came). */
  public boolean respTruncated() {
    return respMissingBytes > 0;
  }

  @Override
  public EventKind kind() {
    return EventKind.HTTP;
  }
}
