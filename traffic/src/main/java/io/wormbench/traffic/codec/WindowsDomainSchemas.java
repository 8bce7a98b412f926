package io.wormbench.traffic.codec;

import static io.wormbench.traffic.codec.EventSchema.column;
import static io.wormbench.traffic.codec.EventSchema.connId;
import static io.wormbench.traffic.codec.EventSchema.declare;

import io.wormbench.traffic.event.DhcpLease;
import io.wormbench.traffic.event.EventKind;
import io.wormbench.traffic.event.KerberosRequest;
import io.wormbench.traffic.event.LdapMessage;
import io.wormbench.traffic.event.LdapSearch;
import io.wormbench.traffic.event.NtpMessage;
import io.wormbench.traffic.event.SnmpExchange;
import io.wormbench.traffic.event.SshSession;

/**
 * The {@link EventSchema} layouts of the Windows-domain and infrastructure records (Zeek's
 * kerberos, ldap, ldap_search, dhcp, ntp, snmp and ssh logs), kept apart from the original
 * kinds so the schema table stays readable. Column names are the Zeek field names, except the
 * protocol versions ({@code ldap_version}, {@code ntp_version}, {@code ssh_version}): they are
 * counts, while ssl's {@code version} is text, and a CSV column has one type.
 */
final class WindowsDomainSchemas {
  private WindowsDomainSchemas() {}

  static void define() {
    declare(EventKind.KERBEROS, r -> new KerberosRequest(r.time(0), r.string(1), connId(r),
            r.string(6), r.string(7), r.string(8), r.bool(9), r.string(10), r.time(11),
            r.time(12), r.string(13), r.bool(14), r.bool(15)),
        column("request_type", FieldType.STRING, KerberosRequest.class,
            KerberosRequest::requestType),
        column("client", FieldType.STRING, KerberosRequest.class, KerberosRequest::client),
        column("service", FieldType.STRING, KerberosRequest.class, KerberosRequest::service),
        column("success", FieldType.BOOL, KerberosRequest.class, KerberosRequest::success),
        column("error_msg", FieldType.STRING, KerberosRequest.class, KerberosRequest::errorMsg),
        column("from", FieldType.TIME, KerberosRequest.class, KerberosRequest::from),
        column("till", FieldType.TIME, KerberosRequest.class, KerberosRequest::till),
        column("cipher", FieldType.STRING, KerberosRequest.class, KerberosRequest::cipher),
        column("forwardable", FieldType.BOOL, KerberosRequest.class,
            KerberosRequest::forwardable),
        column("renewable", FieldType.BOOL, KerberosRequest.class, KerberosRequest::renewable));
    declare(EventKind.LDAP, r -> new LdapMessage(r.time(0), r.string(1), connId(r),
            r.integer(6), r.integer(7), r.string(8), r.string(9), r.string(10), r.string(11),
            r.string(12)),
        column("message_id", FieldType.INT, LdapMessage.class, LdapMessage::messageId),
        column("ldap_version", FieldType.INT, LdapMessage.class, LdapMessage::version),
        column("opcode", FieldType.STRING, LdapMessage.class, LdapMessage::opcode),
        column("result", FieldType.STRING, LdapMessage.class, LdapMessage::result),
        column("diagnostic_message", FieldType.STRING, LdapMessage.class,
            LdapMessage::diagnosticMessage),
        column("object", FieldType.STRING, LdapMessage.class, LdapMessage::object),
        column("argument", FieldType.STRING, LdapMessage.class, LdapMessage::argument));
    declare(EventKind.LDAP_SEARCH, r -> new LdapSearch(r.time(0), r.string(1), connId(r),
            r.integer(6), r.string(7), r.string(8), r.string(9), r.count(10), r.string(11),
            r.string(12), r.string(13), r.strings(14)),
        column("message_id", FieldType.INT, LdapSearch.class, LdapSearch::messageId),
        column("scope", FieldType.STRING, LdapSearch.class, LdapSearch::scope),
        column("deref_aliases", FieldType.STRING, LdapSearch.class, LdapSearch::derefAliases),
        column("base_object", FieldType.STRING, LdapSearch.class, LdapSearch::baseObject),
        column("result_count", FieldType.COUNT, LdapSearch.class, LdapSearch::resultCount),
        column("result", FieldType.STRING, LdapSearch.class, LdapSearch::result),
        column("diagnostic_message", FieldType.STRING, LdapSearch.class,
            LdapSearch::diagnosticMessage),
        column("filter", FieldType.STRING, LdapSearch.class, LdapSearch::filter),
        column("attributes", FieldType.STRINGS, LdapSearch.class, LdapSearch::attributes));
    declare(EventKind.DHCP, r -> new DhcpLease(r.time(0), r.string(1), connId(r), r.string(6),
            r.string(7), r.string(8), r.string(9), r.address(10), r.address(11), r.count(12),
            r.string(13), r.string(14), r.strings(15), r.count(16)),
        column("mac", FieldType.STRING, DhcpLease.class, DhcpLease::mac),
        column("host_name", FieldType.STRING, DhcpLease.class, DhcpLease::hostName),
        column("client_fqdn", FieldType.STRING, DhcpLease.class, DhcpLease::clientFqdn),
        column("domain", FieldType.STRING, DhcpLease.class, DhcpLease::domain),
        column("requested_addr", FieldType.ADDR, DhcpLease.class, DhcpLease::requestedAddr),
        column("assigned_addr", FieldType.ADDR, DhcpLease.class, DhcpLease::assignedAddr),
        column("lease_time", FieldType.INTERVAL, DhcpLease.class, DhcpLease::leaseTime),
        column("client_message", FieldType.STRING, DhcpLease.class, DhcpLease::clientMessage),
        column("server_message", FieldType.STRING, DhcpLease.class, DhcpLease::serverMessage),
        column("msg_types", FieldType.STRINGS, DhcpLease.class, DhcpLease::msgTypes),
        column("duration", FieldType.INTERVAL, DhcpLease.class, DhcpLease::duration));
    declare(EventKind.NTP, r -> new NtpMessage(r.time(0), r.string(1), connId(r), r.integer(6),
            r.integer(7), r.integer(8), r.count(9), r.count(10), r.count(11), r.count(12),
            r.string(13), r.time(14), r.time(15), r.time(16), r.time(17), r.integer(18)),
        column("ntp_version", FieldType.INT, NtpMessage.class, NtpMessage::version),
        column("mode", FieldType.INT, NtpMessage.class, NtpMessage::mode),
        column("stratum", FieldType.INT, NtpMessage.class, NtpMessage::stratum),
        column("poll", FieldType.INTERVAL, NtpMessage.class, NtpMessage::poll),
        column("precision", FieldType.INTERVAL, NtpMessage.class, NtpMessage::precision),
        column("root_delay", FieldType.INTERVAL, NtpMessage.class, NtpMessage::rootDelay),
        column("root_disp", FieldType.INTERVAL, NtpMessage.class, NtpMessage::rootDisp),
        column("ref_id", FieldType.STRING, NtpMessage.class, NtpMessage::refId),
        column("ref_time", FieldType.TIME, NtpMessage.class, NtpMessage::refTime),
        column("org_time", FieldType.TIME, NtpMessage.class, NtpMessage::orgTime),
        column("rec_time", FieldType.TIME, NtpMessage.class, NtpMessage::recTime),
        column("xmt_time", FieldType.TIME, NtpMessage.class, NtpMessage::xmtTime),
        column("num_exts", FieldType.INT, NtpMessage.class, NtpMessage::numExts));
    declare(EventKind.SNMP, r -> new SnmpExchange(r.time(0), r.string(1), connId(r),
            r.count(6), r.string(7), r.string(8), r.count(9), r.count(10), r.count(11),
            r.count(12), r.string(13), r.time(14)),
        column("duration", FieldType.INTERVAL, SnmpExchange.class, SnmpExchange::duration),
        column("version", FieldType.STRING, SnmpExchange.class, SnmpExchange::version),
        column("community", FieldType.STRING, SnmpExchange.class, SnmpExchange::community),
        column("get_requests", FieldType.COUNT, SnmpExchange.class, SnmpExchange::getRequests),
        column("get_bulk_requests", FieldType.COUNT, SnmpExchange.class,
            SnmpExchange::getBulkRequests),
        column("get_responses", FieldType.COUNT, SnmpExchange.class,
            SnmpExchange::getResponses),
        column("set_requests", FieldType.COUNT, SnmpExchange.class, SnmpExchange::setRequests),
        column("display_string", FieldType.STRING, SnmpExchange.class,
            SnmpExchange::displayString),
        column("up_since", FieldType.TIME, SnmpExchange.class, SnmpExchange::upSince));
    declare(EventKind.SSH, r -> new SshSession(r.time(0), r.string(1), connId(r), r.integer(6),
            r.bool(7), r.integer(8), r.string(9), r.string(10), r.string(11), r.string(12),
            r.string(13), r.string(14), r.string(15), r.string(16), r.string(17)),
        column("ssh_version", FieldType.INT, SshSession.class, SshSession::version),
        column("auth_success", FieldType.BOOL, SshSession.class, SshSession::authSuccess),
        column("auth_attempts", FieldType.INT, SshSession.class, SshSession::authAttempts),
        column("direction", FieldType.STRING, SshSession.class, SshSession::direction),
        column("client", FieldType.STRING, SshSession.class, SshSession::client),
        column("server", FieldType.STRING, SshSession.class, SshSession::server),
        column("cipher_alg", FieldType.STRING, SshSession.class, SshSession::cipherAlg),
        column("mac_alg", FieldType.STRING, SshSession.class, SshSession::macAlg),
        column("compression_alg", FieldType.STRING, SshSession.class,
            SshSession::compressionAlg),
        column("kex_alg", FieldType.STRING, SshSession.class, SshSession::kexAlg),
        column("host_key_alg", FieldType.STRING, SshSession.class, SshSession::hostKeyAlg),
        column("host_key", FieldType.STRING, SshSession.class, SshSession::hostKey));
  }
}
