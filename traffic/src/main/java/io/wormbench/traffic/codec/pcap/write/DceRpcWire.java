package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.codec.pcap.proto.DceRpcNames;

/**
 * Connection-oriented DCE/RPC PDUs (C706 chapter 12: bind, bind_ack, request, response; NDR
 * transfer syntax, little-endian data representation) with NDR stubs for the calls worms make
 * ([C706] ept_map, [MS-SCMR] OpenSCManagerW, CreateServiceW, StartServiceW).
 */
final class DceRpcWire {
  private DceRpcWire() {}

  private static final String NDR = "8a885d04-1ceb-11c9-9fe8-08002b104860";

  static int majorVersion(String endpoint) {
    return switch (endpoint) {
      case "epmapper" -> 3;
      case "svcctl", "srvsvc", "atsvc" -> endpoint.equals("svcctl") ? 2 : 3;
      default -> 1;
    };
  }

  private static void header(Wire w, int type, int callId) {
    w.u8(5).u8(0).u8(type).u8(0x03).u8(0x10).u8(0).u8(0).u8(0).le16(0).le16(0).le32(callId);
  }

  private static byte[] finish(Wire w) {
    byte[] b = w.toArray();
    b[8] = (byte) b.length;
    b[9] = (byte) (b.length >>> 8);
    return b;
  }

  static void uuid(Wire w, String text) {
    String h = text.replace("-", "");
    w.le32(Long.parseLong(h.substring(0, 8), 16));
    w.le16(Integer.parseInt(h.substring(8, 12), 16));
    w.le16(Integer.parseInt(h.substring(12, 16), 16));
    for (int i = 16; i < 32; i += 2) {
      w.u8(Integer.parseInt(h.substring(i, i + 2), 16));
    }
  }

  static byte[] bind(String endpoint, int callId, int ctx) {
    String id = DceRpcNames.uuid(endpoint);
    Wire w = new Wire();
    header(w, 11, callId);
    w.le16(4280).le16(4280).le32(0).u8(1).zeros(3);
    w.le16(ctx).u8(1).u8(0);
    uuid(w, id.isEmpty() ? "00000000-0000-0000-0000-000000000000" : id);
    w.le16(majorVersion(endpoint)).le16(0);
    uuid(w, NDR);
    w.le32(2);
    return finish(w);
  }

  static byte[] bindAck(String secondaryAddress, int callId) {
    Wire w = new Wire();
    header(w, 12, callId);
    byte[] addr = (secondaryAddress + "\0").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    w.le16(4280).le16(4280).le32(0x1234).le16(addr.length).bytes(addr).align(0, 4);
    w.u8(1).zeros(3).le16(0).le16(0);
    uuid(w, NDR);
    w.le32(2);
    return finish(w);
  }

  static byte[] request(String endpoint, String operation, int opnum, int callId, int ctx) {
    byte[] stub = requestStub(endpoint, operation);
    Wire w = new Wire();
    header(w, 0, callId);
    w.le32(stub.length).le16(ctx).le16(opnum).bytes(stub);
    return finish(w);
  }

  static byte[] response(String endpoint, String operation, int callId, int ctx) {
    byte[] stub = responseStub(endpoint, operation);
    Wire w = new Wire();
    header(w, 2, callId);
    w.le32(stub.length).le16(ctx).u8(0).u8(0).bytes(stub);
    return finish(w);
  }

  private static void handle(Wire w, int tag) {
    w.le32(0);
    for (int i = 0; i < 16; i++) {
      w.u8(tag + i);
    }
  }

  /** NDR conformant varying UTF-16 string, terminated, padded to 4. */
  private static void ndrString(Wire w, String s) {
    int n = s.length() + 1;
    w.le32(n).le32(0).le32(n).utf16(s).le16(0);
    w.align(0, 4);
  }

  private static byte[] requestStub(String endpoint, String op) {
    Wire w = new Wire();
    switch (endpoint + "." + op) {
      case "epmapper.ept_map" -> {
        w.le32(0).le32(0);
        handle(w, 0);
        w.le32(4);
      }
      case "svcctl.OpenSCManagerW" -> {
        w.le32(0x00020000);
        ndrString(w, "\\\\SERVER");
        w.le32(0).le32(0x000f003f);
      }
      case "svcctl.CreateServiceW" -> {
        handle(w, 0x40);
        ndrString(w, "x7fq");
        w.le32(0x00020004);
        ndrString(w, "x7fq");
        w.le32(0x000f01ff).le32(0x10).le32(3).le32(0);
        ndrString(w, "%SystemRoot%\\x7fq.exe");
        w.le32(0).le32(0).le32(0).le32(0).le32(0).le32(0).le32(0);
      }
      case "svcctl.StartServiceW" -> {
        handle(w, 0x60);
        w.le32(0).le32(0);
      }
      case "svcctl.CloseServiceHandle" -> handle(w, 0x60);
      default -> w.zeros(8);
    }
    return w.toArray();
  }

  private static byte[] responseStub(String endpoint, String op) {
    Wire w = new Wire();
    switch (endpoint + "." + op) {
      case "epmapper.ept_map" -> {
        handle(w, 0);
        w.le32(0).le32(4).le32(0).le32(0).le32(0x16c9a0d6);
      }
      case "svcctl.OpenSCManagerW" -> {
        handle(w, 0x40);
        w.le32(0);
      }
      case "svcctl.CreateServiceW" -> {
        w.le32(0);
        handle(w, 0x60);
        w.le32(0);
      }
      case "svcctl.CloseServiceHandle" -> {
        handle(w, 0);
        w.le32(0);
      }
      default -> w.le32(0);
    }
    return w.toArray();
  }
}
