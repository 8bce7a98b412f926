package io.wormbench.traffic.codec;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventKind;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.RdpConnect;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.SmbTreeConnect;
import io.wormbench.traffic.event.StratumMessage;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.event.Transport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The field layout of every event kind for the JSON-lines and CSV codecs: the six common
 * columns ({@code ts uid orig_h orig_p resp_h resp_p}, as Zeek's conn_id flattened) followed by
 * the record's own fields in record-component order, in snake_case. One table here, so the
 * two codecs cannot drift apart, and a test checks that every record component has a column.
 */
public final class EventSchema {
  /** The columns every kind starts with. */
  public static final List<String> COMMON =
      List.of("ts", "uid", "orig_h", "orig_p", "resp_h", "resp_p");

  private static final Map<EventKind, EventSchema> SCHEMAS = new EnumMap<>(EventKind.class);

  private final EventKind kind;
  private final List<Column> columns;
  private final Function<FieldReader, Event> decoder;

  private EventSchema(EventKind kind, List<Column> own, Function<FieldReader, Event> decoder) {
    this.kind = kind;
    List<Column> all = new ArrayList<>();
    all.add(new Column("ts", FieldType.TIME, null, Event::ts));
    all.add(new Column("uid", FieldType.STRING, null, Event::uid));
    all.add(new Column("orig_h", FieldType.ADDR, null, e -> e.id().origH()));
    all.add(new Column("orig_p", FieldType.PORT, null, e -> e.id().origP()));
    all.add(new Column("resp_h", FieldType.ADDR, null, e -> e.id().respH()));
    all.add(new Column("resp_p", FieldType.PORT, null, e -> e.id().respP()));
    all.addAll(own);
    this.columns = List.copyOf(all);
    this.decoder = decoder;
  }

  /** The schema of {@code kind}. */
  public static EventSchema of(EventKind kind) {
    return SCHEMAS.get(kind);
  }

  /** The kind this schema describes. */
  public EventKind kind() {
    return kind;
  }

  /** All columns, common ones first. */
  public List<Column> columns() {
    return columns;
  }

  /** Builds the record from a row whose column {@code i} is {@code columns().get(i)}. */
  public Event decode(FieldReader r) {
    return decoder.apply(r);
  }

  /**
   * The union of every kind's columns in first-seen order (kinds in {@link EventKind} order);
   * a name shared by several kinds has one type, which the class initialiser checks.
   */
  public static List<Column> union() {
    Map<String, Column> byName = new LinkedHashMap<>();
    for (EventKind k : EventKind.values()) {
      for (Column c : of(k).columns) {
        Column seen = byName.putIfAbsent(c.name(), c);
        if (seen != null && seen.type() != c.type()) {
          throw new IllegalStateException("column " + c.name() + " has two types");
        }
      }
    }
    return List.copyOf(byName.values());
  }

  private static ConnId id(FieldReader r) {
    return new ConnId(r.address(2), r.port(3), r.address(4), r.port(5));
  }

  private static Column col(String name, FieldType type, Function<Event, Object> get) {
    return new Column(name, type, null, get);
  }

  private static <E extends Event> Function<Event, Object> on(Class<E> type,
      Function<E, Object> get) {
    return e -> get.apply(type.cast(e));
  }

  private static void define(EventKind kind, Function<FieldReader, Event> decoder,
      Column... own) {
    SCHEMAS.put(kind, new EventSchema(kind, List.of(own), decoder));
  }

  static {
    define(EventKind.CONN, r -> new Connection(r.time(0), r.string(1), id(r),
            r.enumValue(6, Transport.class), r.string(7), r.count(8), r.count(9), r.count(10),
            r.count(11), r.count(12), r.enumValue(13, ConnState.class), r.string(14),
            r.count(15), r.count(16), r.count(17), r.bool(18), r.bool(19)),
        new Column("proto", FieldType.ENUM, Transport.class, on(Connection.class, Connection::proto)),
        col("service", FieldType.STRING, on(Connection.class, Connection::service)),
        col("duration", FieldType.INTERVAL, on(Connection.class, Connection::duration)),
        col("orig_bytes", FieldType.COUNT, on(Connection.class, Connection::origBytes)),
        col("resp_bytes", FieldType.COUNT, on(Connection.class, Connection::respBytes)),
        col("orig_pkts", FieldType.COUNT, on(Connection.class, Connection::origPkts)),
        col("resp_pkts", FieldType.COUNT, on(Connection.class, Connection::respPkts)),
        new Column("conn_state", FieldType.ENUM, ConnState.class,
            on(Connection.class, Connection::state)),
        col("history", FieldType.STRING, on(Connection.class, Connection::history)),
        col("missed_bytes", FieldType.COUNT, on(Connection.class, Connection::missedBytes)),
        col("orig_ip_bytes", FieldType.COUNT, on(Connection.class, Connection::origIpBytes)),
        col("resp_ip_bytes", FieldType.COUNT, on(Connection.class, Connection::respIpBytes)),
        col("local_orig", FieldType.BOOL, on(Connection.class, Connection::localOrig)),
        col("local_resp", FieldType.BOOL, on(Connection.class, Connection::localResp)));
    define(EventKind.DNS, r -> new DnsQuery(r.time(0), r.string(1), id(r), r.string(6),
            r.string(7), r.string(8), r.strings(9), r.count(10), r.integer(11),
            r.intervals(12), r.bool(13), r.bool(14), r.bool(15), r.bool(16)),
        col("query", FieldType.STRING, on(DnsQuery.class, DnsQuery::query)),
        col("qtype", FieldType.STRING, on(DnsQuery.class, DnsQuery::qtype)),
        col("rcode", FieldType.STRING, on(DnsQuery.class, DnsQuery::rcode)),
        col("answers", FieldType.STRINGS, on(DnsQuery.class, DnsQuery::answers)),
        col("rtt", FieldType.INTERVAL, on(DnsQuery.class, DnsQuery::rtt)),
        col("qclass", FieldType.INT, on(DnsQuery.class, DnsQuery::qclass)),
        col("ttls", FieldType.INTERVALS, on(DnsQuery.class, DnsQuery::ttls)),
        col("aa", FieldType.BOOL, on(DnsQuery.class, DnsQuery::aa)),
        col("tc", FieldType.BOOL, on(DnsQuery.class, DnsQuery::tc)),
        col("rd", FieldType.BOOL, on(DnsQuery.class, DnsQuery::rd)),
        col("ra", FieldType.BOOL, on(DnsQuery.class, DnsQuery::ra)));
    define(EventKind.HTTP, r -> new HttpTransaction(r.time(0), r.string(1), id(r), r.string(6),
            r.string(7), r.string(8), r.string(9), r.integer(10), r.string(11), r.count(12),
            r.string(13), r.count(14)),
        col("method", FieldType.STRING, on(HttpTransaction.class, HttpTransaction::method)),
        col("host", FieldType.STRING, on(HttpTransaction.class, HttpTransaction::host)),
        col("uri", FieldType.STRING, on(HttpTransaction.class, HttpTransaction::uri)),
        col("user_agent", FieldType.STRING, on(HttpTransaction.class, HttpTransaction::userAgent)),
        col("status_code", FieldType.INT, on(HttpTransaction.class, HttpTransaction::statusCode)),
        col("resp_mime_type", FieldType.STRING,
            on(HttpTransaction.class, HttpTransaction::respMimeType)),
        col("resp_body_len", FieldType.COUNT,
            on(HttpTransaction.class, HttpTransaction::respBodyLen)),
        col("resp_filename", FieldType.STRING,
            on(HttpTransaction.class, HttpTransaction::respFilename)),
        col("resp_missing_bytes", FieldType.COUNT,
            on(HttpTransaction.class, HttpTransaction::respMissingBytes)));
    define(EventKind.TLS, r -> new TlsHandshake(r.time(0), r.string(1), id(r), r.string(6),
            r.string(7)),
        col("server_name", FieldType.STRING, on(TlsHandshake.class, TlsHandshake::serverName)),
        col("version", FieldType.STRING, on(TlsHandshake.class, TlsHandshake::version)));
    define(EventKind.NTLM, r -> new NtlmAuth(r.time(0), r.string(1), id(r), r.string(6),
            r.string(7), r.string(8), r.bool(9)),
        col("domain", FieldType.STRING, on(NtlmAuth.class, NtlmAuth::domain)),
        col("user", FieldType.STRING, on(NtlmAuth.class, NtlmAuth::user)),
        col("hostname", FieldType.STRING, on(NtlmAuth.class, NtlmAuth::hostname)),
        col("success", FieldType.BOOL, on(NtlmAuth.class, NtlmAuth::success)));
    define(EventKind.SMB_TREE, r -> new SmbTreeConnect(r.time(0), r.string(1), id(r),
            r.string(6), r.string(7)),
        col("path", FieldType.STRING, on(SmbTreeConnect.class, SmbTreeConnect::path)),
        col("share_type", FieldType.STRING, on(SmbTreeConnect.class, SmbTreeConnect::shareType)));
    define(EventKind.SMB_FILES, r -> new SmbFileAccess(r.time(0), r.string(1), id(r),
            r.enumValue(6, SmbFileAccess.Action.class), r.string(7), r.string(8), r.count(9),
            r.string(10)),
        new Column("action", FieldType.ENUM, SmbFileAccess.Action.class,
            on(SmbFileAccess.class, SmbFileAccess::action)),
        col("path", FieldType.STRING, on(SmbFileAccess.class, SmbFileAccess::path)),
        col("name", FieldType.STRING, on(SmbFileAccess.class, SmbFileAccess::name)),
        col("size", FieldType.COUNT, on(SmbFileAccess.class, SmbFileAccess::size)),
        col("mime_type", FieldType.STRING, on(SmbFileAccess.class, SmbFileAccess::mimeType)));
    define(EventKind.RDP, r -> new RdpConnect(r.time(0), r.string(1), id(r), r.string(6),
            r.string(7), r.string(8)),
        col("cookie", FieldType.STRING, on(RdpConnect.class, RdpConnect::cookie)),
        col("result", FieldType.STRING, on(RdpConnect.class, RdpConnect::result)),
        col("security_protocol", FieldType.STRING,
            on(RdpConnect.class, RdpConnect::securityProtocol)));
    define(EventKind.DCE_RPC, r -> new DceRpcCall(r.time(0), r.string(1), id(r), r.string(6),
            r.string(7), r.string(8)),
        col("endpoint", FieldType.STRING, on(DceRpcCall.class, DceRpcCall::endpoint)),
        col("operation", FieldType.STRING, on(DceRpcCall.class, DceRpcCall::operation)),
        col("named_pipe", FieldType.STRING, on(DceRpcCall.class, DceRpcCall::namedPipe)));
    define(EventKind.STRATUM, r -> new StratumMessage(r.time(0), r.string(1), id(r),
            r.string(6), r.string(7), r.string(8), r.bool(9)),
        col("method", FieldType.STRING, on(StratumMessage.class, StratumMessage::method)),
        col("worker", FieldType.STRING, on(StratumMessage.class, StratumMessage::worker)),
        col("agent", FieldType.STRING, on(StratumMessage.class, StratumMessage::agent)),
        col("from_originator", FieldType.BOOL,
            on(StratumMessage.class, StratumMessage::fromOriginator)));
    WindowsDomainSchemas.define();
    union();
  }

  /** Declares one kind; used by the class initialiser and {@link WindowsDomainSchemas}. */
  static void declare(EventKind kind, Function<FieldReader, Event> decoder, Column... own) {
    define(kind, decoder, own);
  }

  /** A column of a record type; used by {@link WindowsDomainSchemas}. */
  static <E extends Event> Column column(String name, FieldType type, Class<E> record,
      Function<E, Object> get) {
    return col(name, type, on(record, get));
  }

  /** The common connection identity of a row; used by {@link WindowsDomainSchemas}. */
  static ConnId connId(FieldReader r) {
    return id(r);
  }
}
