package io.wormbench.traffic.event;

/**
 * One HTTP request/response pair, as in Zeek's http.log.
 *
 * @param userAgent the User-Agent header, empty when the client sent none
 * @param respMimeType the MIME type of the response body as sniffed (Zeek's resp_mime_types),
 *     e.g. {@code application/x-dosexec} for a body starting with {@code MZ}
 * @param respBodyLen response body length in bytes
 */
public record HttpTransaction(long ts, String uid, ConnId id, String method, String host,
    String uri, String userAgent, int statusCode, String respMimeType, long respBodyLen)
    implements Event {
  @Override
  public EventKind kind() {
    return EventKind.HTTP;
  }
}
