package io.wormbench.simulator.benign.domain;

import io.wormbench.simulator.engine.WireBudget;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.SmbTreeConnect;

/**
 * MS-RPC as Windows members use it (C706; [MS-RPCE] 2.1.1.1): the endpoint mapper on TCP 135
 * (ept_map) names the interface's dynamic port, then a second connection binds there, with
 * the Kerberos host/ ticket in the bind; lsass serves lsarpc, samr, netlogon and drsuapi on
 * one port, the spooler its own. Named pipes (srvsvc, wkssvc) travel over SMB to IPC$
 * instead ([MS-SMB2] 3.2.4.5). Sizes are those of short Windows exchanges and at least what
 * the pcap writer renders.
 */
final class Rpc {
  private Rpc() {}

  /** The dynamic port of {@code endpoint} on {@code server}, fixed per server (one boot). */
  static int dynamicPort(Host server, String endpoint) {
    int lsass = 49664 + 3 + server.index() % 5;
    return endpoint.equals("spoolss") ? lsass + 7 : lsass;
  }

  /** ept_map on 135, then the calls of {@code ops} on {@code endpoint}'s dynamic port. */
  static void call(World w, DomainContext d, Host client, Host server, long ts, String account,
      String endpoint, String... ops) {
    if (w.blocked(client.address(), server.address(), ts)) {
      return;
    }
    d.serviceTicket(w, client, account, DomainContext.spn("host", server), ts);
    long t = ts + 3_000;
    String epm = w.uid();
    int h = d.bits(client);
    ConnId e = new ConnId(client.address(), client.ephemeralPort(), server.address(), 135);
    w.emit(new WireBudget().dceBind(135).eptMap().connection(t, epm, e, "dce_rpc",
        1_500 + (h & 0xfff), 296 + (h >>> 12 & 0x3f), 240 + (h >>> 18 & 0x3f), 0, 0,
        Kdc.close(h)));
    w.emit(new DceRpcCall(t + 500, epm, e, "epmapper", "ept_map"));
    t += 4_000 + (h >>> 20 & 0x7ff);
    int port = dynamicPort(server, endpoint);
    String uid = w.uid();
    int g = d.bits(client);
    ConnId id = new ConnId(client.address(), client.ephemeralPort(), server.address(), port);
    WireBudget need = new WireBudget().dceBind(port);
    for (int i = 0; i < ops.length; i++) {
      // a request PDU with the writer's 8-byte stub, a response with its 4-byte stub
      need.orig(32).resp(28);
    }
    // the bind carries the Kerberos AP-REQ (about 1.5 KB); replies are small NDR stubs
    long ob = 1_600 + ops.length * (120L + (g & 0xff));
    long rb = 300 + ops.length * (100L + (g >>> 8 & 0x3ff));
    w.emit(need.connection(t, uid, id, "dce_rpc", 3_000 * (ops.length + 1) + (g >>> 18 & 0xfff),
        ob, rb, 0, 0, Kdc.close(g)));
    for (int i = 0; i < ops.length; i++) {
      w.emit(new DceRpcCall(t + 1_000 * (i + 1), uid, id, endpoint, ops[i]));
    }
  }

  /** A named-pipe session: SMB logon, IPC$, the pipe's bind and one call. */
  static void pipe(World w, DomainContext d, Host client, Host server, long ts, String domain,
      String account, String endpoint, String op) {
    if (w.blocked(client.address(), server.address(), ts)) {
      return;
    }
    String uid = w.uid();
    boolean kerberos = d.kerberosSmb(w, client, server.address(), domain, uid);
    if (kerberos) {
      d.serviceTicket(w, client, account, DomainContext.spn("cifs", server), ts);
    }
    long t = ts + 3_000;
    ConnId id = new ConnId(client.address(), client.ephemeralPort(), server.address(), 445);
    String ipc = "\\\\" + server.name() + "\\IPC$";
    WireBudget need = new WireBudget().smbLogon(domain, account, client.name()).smbTree(ipc)
        .smbPipeBind(endpoint).smbTransact(32, 28);
    int g = d.bits(client);
    w.emit(need.connection(t, uid, id, "smb", 8_000 + (g & 0x3fff), 2_600 + (g >>> 14 & 0x1ff),
        1_300 + (g >>> 5 & 0x3ff), 0, 0, Kdc.close(g)));
    if (!kerberos) {
      w.emit(new NtlmAuth(t + 1_000, uid, id, domain, account, client.name(), true));
    }
    w.emit(new SmbTreeConnect(t + 2_000, uid, id, ipc, "PIPE"));
    w.emit(new DceRpcCall(t + 3_000, uid, id, endpoint, op, "\\pipe\\" + endpoint));
  }
}
