package io.wormbench.traffic.codec.pcap.proto;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.NtlmAuth;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NTLMSSP inside DCE/RPC authentication and the server's verdict, on PDUs built byte by byte
 * from C706 chapter 12 and [MS-RPCE] 2.2.2.11 (the real-capture side is
 * {@code DceRpcRealCaptureTest}: Zeek's mapi trace, two successful logons).
 */
class DceRpcNtlmTest {
  static final int REQUEST = 0;
  static final int RESPONSE = 2;
  static final int FAULT = 3;
  static final int BIND = 11;
  static final int BIND_ACK = 12;
  static final int BIND_NAK = 13;
  static final int ALTER_CONTEXT = 14;
  static final int ALTER_CONTEXT_RESP = 15;
  static final int AUTH3 = 16;
  /** netlogon 12345678-1234-abcd-ef00-01234567cffb in NDR little-endian order. */
  static final byte[] NETLOGON = {0x78, 0x56, 0x34, 0x12, 0x34, 0x12, (byte) 0xcd, (byte) 0xab,
      (byte) 0xef, 0x00, 0x01, 0x23, 0x45, 0x67, (byte) 0xcf, (byte) 0xfb};

  private final List<Event> events = new ArrayList<>();
  private final DceRpcDecoder decoder = new DceRpcDecoder();
  private final Context ctx = new Context();
  private long ts = 1_772_380_800_000_000L;

  private void client(byte[] pdu) {
    decoder.data(ctx, true, ts += 1000, pdu, 0, pdu.length);
  }

  private void server(byte[] pdu) {
    decoder.data(ctx, false, ts += 1000, pdu, 0, pdu.length);
  }

  private List<String> logons() {
    return events.stream().filter(e -> e instanceof NtlmAuth).map(e -> (NtlmAuth) e)
        .map(a -> a.domain() + "\\" + a.user() + "@" + a.hostname() + " " + a.success())
        .toList();
  }

  private void bindThenAuth3(String user) {
    client(pdu(BIND, bindBody(), 10, negotiate()));
    server(pdu(BIND_ACK, new byte[12], 10, "NTLMSSP\0\2\0\0\0".getBytes(StandardCharsets.ISO_8859_1)));
    client(pdu(AUTH3, new byte[4], 10, authenticate("CORP", user, "WS-7")));
    client(pdu(REQUEST, requestBody(4), 10, new byte[16]));
  }

  @Test
  void auth3AnsweredByAccessDeniedFault_failedLogon() {
    bindThenAuth3("alice");
    server(pdu(FAULT, faultBody(5), 0, null));
    assertThat(logons()).containsExactly("CORP\\alice@WS-7 false");
  }

  @Test
  void auth3AnsweredByResponse_successfulLogon_andNetlogonOperationNamed() {
    bindThenAuth3("bob");
    server(pdu(RESPONSE, new byte[8], 10, new byte[16]));
    assertThat(logons()).containsExactly("CORP\\bob@WS-7 true");
    assertThat(events).filteredOn(e -> e instanceof DceRpcCall).extracting(
        e -> ((DceRpcCall) e).endpoint() + " " + ((DceRpcCall) e).operation())
        .containsExactly("netlogon NetrServerReqChallenge");
  }

  @Test
  void zerologonShapedSequence_namedStepByStep() {
    client(pdu(BIND, bindBody(), 0, null));
    for (int opnum : new int[] {4, 26, 4, 26, 30}) {
      client(pdu(REQUEST, requestBody(opnum), 0, null));
    }
    assertThat(events).extracting(e -> ((DceRpcCall) e).operation()).containsExactly(
        "NetrServerReqChallenge", "NetrServerAuthenticate3", "NetrServerReqChallenge",
        "NetrServerAuthenticate3", "NetrServerPasswordSet2");
  }

  @Test
  void faultForAnotherReason_logonStillAccepted() {
    bindThenAuth3("carol");
    server(pdu(FAULT, faultBody(0x1c010002L), 0, null)); // nca_op_rng_error: auth went through
    assertThat(logons()).containsExactly("CORP\\carol@WS-7 true");
  }

  @Test
  void alterContextAuth_bindNakFails_alterContextRespSucceeds() {
    client(pdu(ALTER_CONTEXT, bindBody(), 10, authenticate("CORP", "dave", "WS-7")));
    server(pdu(BIND_NAK, new byte[4], 0, null));
    client(pdu(ALTER_CONTEXT, bindBody(), 9, spnego(authenticate("CORP", "erin", "WS-7"))));
    server(pdu(ALTER_CONTEXT_RESP, new byte[12], 9, new byte[8]));
    assertThat(logons()).containsExactly("CORP\\dave@WS-7 false", "CORP\\erin@WS-7 true");
  }

  @Test
  void manyGuessesOnOneConnection_eachCounted() {
    for (int i = 0; i < 5; i++) {
      client(pdu(AUTH3, new byte[4], 10, authenticate("CORP", "user" + i, "WS-7")));
      client(pdu(REQUEST, requestBody(4), 10, new byte[16]));
      server(pdu(FAULT, faultBody(5), 0, null));
    }
    assertThat(logons()).hasSize(5).allMatch(s -> s.endsWith("false"));
  }

  @Test
  void connectionEndsBeforeAnswer_reportedNotSuccessful() {
    bindThenAuth3("frank");
    decoder.end(ctx);
    assertThat(logons()).containsExactly("CORP\\frank@WS-7 false");
  }

  @Test
  void negotiateOnly_orOtherAuthType_noLogon() {
    client(pdu(BIND, bindBody(), 10, negotiate()));
    client(pdu(AUTH3, new byte[4], 16, authenticate("CORP", "x", "WS")));  // 16: Kerberos
    server(pdu(RESPONSE, new byte[8], 0, null));
    decoder.end(ctx);
    assertThat(logons()).isEmpty();
  }

  // --- PDU building

  static byte[] pdu(int type, byte[] body, int authType, byte[] auth) {
    int authLen = auth == null ? 0 : auth.length;
    int len = 16 + body.length + (auth == null ? 0 : 8 + authLen);
    ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 5).put((byte) 0).put((byte) type).put((byte) 3).putInt(0x10)
        .putShort((short) len).putShort((short) authLen).putInt(2).put(body);
    if (auth != null) {
      b.put((byte) authType).put((byte) 2).put((byte) 0).put((byte) 0).putInt(0).put(auth);
    }
    return b.array();
  }

  static byte[] bindBody() {
    ByteBuffer b = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 5840).putShort((short) 5840).putInt(0).put((byte) 1).put(new byte[3]);
    b.putShort((short) 0).put((byte) 1).put((byte) 0).put(NETLOGON).putInt(1).put(new byte[20]);
    return b.array();
  }

  static byte[] requestBody(int opnum) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(0).putShort((short) 0)
        .putShort((short) opnum).array();
  }

  static byte[] faultBody(long status) {
    return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(0).putShort((short) 0)
        .put((byte) 0).put((byte) 0).putInt((int) status).putInt(0).array();
  }

  static byte[] negotiate() {
    return ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN)
        .put("NTLMSSP\0".getBytes(StandardCharsets.ISO_8859_1)).putInt(1).putInt(0xe2088297)
        .array();
  }

  /** AUTHENTICATE_MESSAGE [MS-NLMP] 2.2.1.3 with Unicode domain, user and workstation. */
  static byte[] authenticate(String domain, String user, String workstation) {
    byte[] d = domain.getBytes(StandardCharsets.UTF_16LE);
    byte[] u = user.getBytes(StandardCharsets.UTF_16LE);
    byte[] w = workstation.getBytes(StandardCharsets.UTF_16LE);
    int base = 72;
    ByteBuffer b = ByteBuffer.allocate(base + d.length + u.length + w.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    b.put("NTLMSSP\0".getBytes(StandardCharsets.ISO_8859_1)).putInt(3);
    b.putShort((short) 0).putShort((short) 0).putInt(base); // LM response
    b.putShort((short) 0).putShort((short) 0).putInt(base); // NT response
    b.putShort((short) d.length).putShort((short) d.length).putInt(base);
    b.putShort((short) u.length).putShort((short) u.length).putInt(base + d.length);
    b.putShort((short) w.length).putShort((short) w.length).putInt(base + d.length + u.length);
    b.putShort((short) 0).putShort((short) 0).putInt(base); // session key
    b.putInt(0xe2088215).put(new byte[8]).put(d).put(u).put(w);
    return b.array();
  }

  /** A minimal SPNEGO NegTokenResp wrapping {@code token} (only the signature is searched). */
  static byte[] spnego(byte[] token) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    o.write(0xa1);
    o.write(0x82);
    o.write(0);
    o.write(0);
    o.writeBytes(token);
    return o.toByteArray();
  }

  private final class Context implements FlowContext {
    private final SkipLog log = new SkipLog();

    @Override
    public String uid() {
      return "CRpc";
    }

    @Override
    public ConnId id() {
      return new ConnId(0x0a140011, 50627, 0x0a0a0002, 49676);
    }

    @Override
    public void emit(Event event) {
      events.add(event);
    }

    @Override
    public SkipLog log() {
      return log;
    }

    @Override
    public long offset() {
      return 0;
    }
  }
}
