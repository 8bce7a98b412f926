package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.event.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Zeek logs Wormbench reads and writes, with their standard columns in Zeek's order (from
 * the {@code Info} records of Zeek's base/protocols scripts: conn, dns, http, ssl, ntlm,
 * smb_mapping, smb_files, rdp, dce_rpc, kerberos, ldap, ldap_search, dhcp, ntp, snmp, ssh). Each field maps to an
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
      "resp_bytes count 10", "conn_state string 13", "local_orig bool 18",
      "local_resp bool 19", "missed_bytes count 15", "history string 14", "orig_pkts count 11",
      "orig_ip_bytes count 16", "resp_pkts count 12", "resp_ip_bytes count 17",
      "tunnel_parents set[string]"),
  DNS("dns", EventKind.DNS,
      "proto enum", "trans_id count", "rtt interval 10?", "query string 6", "qclass count 11",
      "qclass_name string", "qtype count", "qtype_name string 7", "rcode count",
      "rcode_name string 8", "AA bool 13", "TC bool 14", "RD bool 15", "RA bool 16", "Z count",
      "answers vector[string] 9", "TTLs vector[interval] 12", "rejected bool"),
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
      "method string 6", "worker string 7", "agent string 8", "is_orig bool 9"),
  KERBEROS("kerberos", EventKind.KERBEROS,
      "request_type string 6", "client string 7", "service string 8", "success bool 9",
      "error_msg string 10", "from time 11?", "till time 12?", "cipher string 13",
      "forwardable bool 14", "renewable bool 15"),
  LDAP("ldap", EventKind.LDAP,
      "message_id int 6", "version int 7?", "opcode string 8", "result string 9",
      "diagnostic_message string 10", "object string 11", "argument string 12"),
  LDAP_SEARCH("ldap_search", EventKind.LDAP_SEARCH,
      "message_id int 6", "scope string 7", "deref_aliases string 8", "base_object string 9",
      "result_count count 10", "result string 11", "diagnostic_message string 12",
      "filter string 13", "attributes vector[string] 14?"),
  // dhcp.log has no conn_id: the client and server addresses stand in for it, the ports are
  // the protocol's own (RFC 2131 section 4.1).
  DHCP("dhcp", EventKind.DHCP, Map.of(3, "68", 5, "67"),
      "ts time 0", "uids set[string] 1", "client_addr addr 2?", "server_addr addr 4?",
      "mac string 6", "host_name string 7", "client_fqdn string 8", "domain string 9",
      "requested_addr addr 10?", "assigned_addr addr 11?", "lease_time interval 12?",
      "client_message string 13", "server_message string 14", "msg_types vector[string] 15",
      "duration interval 16"),
  NTP("ntp", EventKind.NTP,
      "version count 6", "mode count 7", "stratum count 8", "poll interval 9",
      "precision interval 10", "root_delay interval 11", "root_disp interval 12",
      "ref_id string 13", "ref_time time 14", "org_time time 15", "rec_time time 16",
      "xmt_time time 17", "num_exts count 18"),
  SNMP("snmp", EventKind.SNMP,
      "duration interval 6", "version string 7", "community string 8",
      "get_requests count 9", "get_bulk_requests count 10", "get_responses count 11",
      "set_requests count 12", "display_string string 13", "up_since time 14?"),
  SSH("ssh", EventKind.SSH,
      "version count 6", "auth_success bool 7", "auth_attempts count 8",
      "direction enum 9", "client string 10", "server string 11", "cipher_alg string 12",
      "mac_alg string 13", "compression_alg string 14", "kex_alg string 15",
      "host_key_alg string 16", "host_key string 17");

  private final String path;
  private final EventKind kind;
  private final List<ZeekField> fields;
  private final Map<Integer, String> constants;

  ZeekLog(String path, EventKind kind, String... own) {
    this(path, kind, Map.of(), own);
  }

  /**
   * A log whose own specs start with {@code ts}: the layout is given in full (dhcp.log has no
   * conn_id), and {@code constants} supplies the schema columns the log does not carry.
   */
  ZeekLog(String path, EventKind kind, Map<Integer, String> constants, String... own) {
    this.path = path;
    this.kind = kind;
    this.constants = Map.copyOf(constants);
    List<ZeekField> f = new ArrayList<>();
    if (!own[0].startsWith("ts ")) {
      f.add(new ZeekField("ts", "time", 0));
      f.add(new ZeekField("uid", "string", 1));
      f.add(new ZeekField("id.orig_h", "addr", 2));
      f.add(new ZeekField("id.orig_p", "port", 3));
      f.add(new ZeekField("id.resp_h", "addr", 4));
      f.add(new ZeekField("id.resp_p", "port", 5));
    }
    for (String spec : own) {
      String[] parts = spec.split(" ");
      String column = parts.length > 2 ? parts[2] : "-1";
      boolean optional = column.endsWith("?");
      f.add(new ZeekField(parts[0], parts[1],
          Integer.parseInt(optional ? column.substring(0, column.length() - 1) : column),
          optional));
    }
    this.fields = List.copyOf(f);
  }

  /** The text of a schema column this log does not carry (dhcp's ports), or null. */
  String constant(int column) {
    return constants.get(column);
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
