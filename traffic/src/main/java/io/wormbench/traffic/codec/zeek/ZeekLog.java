package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.event.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Zeek logs Wormbench reads and writes, with their standard columns in Zeek's order (from
 * the {@code Info} records of Zeek's base/protocols scripts: conn, dns, http, ssl, ntlm,
 * smb_mapping, smb_files, rdp, dce_rpc). Each field maps to an
 * {@link io.wormbench.traffic.codec.EventSchema} column by index (0 ts, 1 uid, 2-5 the conn_id,
 * then the record's own fields) or to -1 when Wormbench does not model it. {@code stratum.log}
 * is Wormbench's own log for the mining protocols, which Zeek lacks; its layout follows Zeek's
 * conventions so zeek-cut reads it. Two columns are Wormbench's additions at the end of a Zeek
 * log, as packages add theirs: http's {@code resp_missing_bytes} (files.log's missing_bytes of
 * the response body) and smb_files' {@code mime_type} (files.log's mime_type of the file).
 */
public enum ZeekLog {
  CONN("conn", EventKind.CONN,
      "proto enum 6", "service string 7", "duration interval 8", "orig_bytes count 9",
      "resp_bytes count 10", "conn_state string 13", "local_orig bool", "local_resp bool",
      "missed_bytes count", "history string", "orig_pkts count 11", "orig_ip_bytes count",
      "resp_pkts count 12", "resp_ip_bytes count", "tunnel_parents set[string]"),
  DNS("dns", EventKind.DNS,
      "proto enum", "trans_id count", "rtt interval", "query string 6", "qclass count",
      "qclass_name string", "qtype count", "qtype_name string 7", "rcode count",
      "rcode_name string 8", "AA bool", "TC bool", "RD bool", "RA bool", "Z count",
      "answers vector[string] 9", "TTLs vector[interval]", "rejected bool"),
  HTTP("http", EventKind.HTTP,
      "trans_depth count", "method string 6", "host string 7", "uri string 8",
      "referrer string", "version string", "user_agent string 9", "origin string",
      "request_body_len count", "response_body_len count 12", "status_code count 10",
      "status_msg string", "info_code count", "info_msg string", "tags set[enum]",
      "username string", "password string", "proxied set[string]", "orig_fuids vector[string]",
      "orig_filenames vector[string]", "orig_mime_types vector[string]",
      "resp_fuids vector[string]", "resp_filenames vector[string] 13",
      "resp_mime_types vector[string] 11", "resp_missing_bytes count 14"),
  SSL("ssl", EventKind.TLS,
      "version string 7", "cipher string", "curve string", "server_name string 6",
      "resumed bool", "last_alert string", "next_protocol string", "established bool",
      "ssl_history string", "cert_chain_fps vector[string]",
      "client_cert_chain_fps vector[string]", "sni_matches_cert bool",
      "validation_status string"),
  NTLM("ntlm", EventKind.NTLM,
      "username string 7", "hostname string 8", "domainname string 6",
      "server_nb_computer_name string", "server_dns_computer_name string",
      "server_tree_name string", "success bool 9"),
  SMB_MAPPING("smb_mapping", EventKind.SMB_TREE,
      "path string 6", "service string", "native_file_system string", "share_type string 7"),
  SMB_FILES("smb_files", EventKind.SMB_FILES,
      "fuid string", "action enum 6", "path string 7", "name string 8", "size count 9",
      "prev_name string", "times.modified time", "times.accessed time", "times.created time",
      "times.changed time", "data_offset_req count", "data_len_req count",
      "data_len_rsp count", "mime_type string 10"),
  RDP("rdp", EventKind.RDP,
      "cookie string 6", "result string 7", "security_protocol string 8",
      "keyboard_layout string", "client_build string", "client_name string",
      "client_dig_product_id string", "desktop_width count", "desktop_height count", "requested_color_depth string", "cert_type string",
      "cert_count count", "cert_permanent bool", "encryption_level string",
      "encryption_method string"),
  DCE_RPC("dce_rpc", EventKind.DCE_RPC,
      "rtt interval", "named_pipe string 8", "endpoint string 6", "operation string 7"),
  STRATUM("stratum", EventKind.STRATUM,
      "method string 6", "worker string 7", "agent string 8", "is_orig bool 9");

  private final String path;
  private final EventKind kind;
  private final List<ZeekField> fields;

  ZeekLog(String path, EventKind kind, String... own) {
    this.path = path;
    this.kind = kind;
    List<ZeekField> f = new ArrayList<>();
    f.add(new ZeekField("ts", "time", 0));
    f.add(new ZeekField("uid", "string", 1));
    f.add(new ZeekField("id.orig_h", "addr", 2));
    f.add(new ZeekField("id.orig_p", "port", 3));
    f.add(new ZeekField("id.resp_h", "addr", 4));
    f.add(new ZeekField("id.resp_p", "port", 5));
    for (String spec : own) {
      String[] parts = spec.split(" ");
      f.add(new ZeekField(parts[0], parts[1], parts.length > 2 ? Integer.parseInt(parts[2]) : -1));
    }
    this.fields = List.copyOf(f);
  }

  /** The log's {@code #path}: the file is {@code <path>.log}. */
  public String path() {
    return path;
  }

  /** The event kind the log's rows become. */
  public EventKind kind() {
    return kind;
  }

  /** The columns in Zeek's order. */
  public List<ZeekField> fields() {
    return fields;
  }

  /** The log written for events of {@code kind}. */
  public static ZeekLog of(EventKind kind) {
    for (ZeekLog l : values()) {
      if (l.kind == kind) {
        return l;
      }
    }
    throw new IllegalArgumentException("no Zeek log for " + kind);
  }

  /** The log whose {@code #path} is {@code path}, if Wormbench reads it. */
  public static Optional<ZeekLog> ofPath(String path) {
    for (ZeekLog l : values()) {
      if (l.path.equals(path)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * The log a file holds, judged by its name as Zeek names logs: {@code conn.log},
   * {@code conn.json}, or rotated {@code conn.2024-01-01-00-00-00.log}.
   */
  public static Optional<ZeekLog> ofFileName(String fileName) {
    int dot = fileName.indexOf('.');
    return ofPath(dot < 0 ? fileName : fileName.substring(0, dot));
  }
}
