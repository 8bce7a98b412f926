package io.wormbench.traffic.codec.pcap.proto;

import java.util.List;
import java.util.Map;

/**
 * Interface UUIDs and operation numbers of the DCE/RPC interfaces worms use, named as Zeek's
 * dce_rpc.log names them (base/protocols/dce-rpc/consts.zeek): the endpoint mapper [C706
 * appendix O], svcctl [MS-SCMR], and the usual SMB-pipe interfaces. Unknown interfaces are
 * named by their UUID, unknown operations {@code unknown-<opnum>}, as Zeek does.
 */
public final class DceRpcNames {
  private DceRpcNames() {}

  /** Interface name by lower-case UUID text. */
  public static final Map<String, String> ENDPOINTS = Map.ofEntries(
      Map.entry("e1af8308-5d1f-11c9-91a4-08002b14a0fa", "epmapper"),
      Map.entry("367abb81-9844-35f1-ad32-98f038001003", "svcctl"),
      Map.entry("12345778-1234-abcd-ef00-0123456789ac", "samr"),
      Map.entry("12345778-1234-abcd-ef00-0123456789ab", "lsarpc"),
      Map.entry("4b324fc8-1670-01d3-1278-5a47bf6ee188", "srvsvc"),
      Map.entry("338cd001-2244-31f1-aaaa-900038001003", "winreg"),
      Map.entry("1ff70682-0a51-30e8-076d-740be8cee98b", "atsvc"),
      Map.entry("86d35949-83c9-4044-b424-db363231fd0c", "ITaskSchedulerService"),
      Map.entry("12345678-1234-abcd-ef00-01234567cffb", "netlogon"),
      Map.entry("e3514235-4b06-11d1-ab04-00c04fc2dcd2", "drsuapi"),
      Map.entry("000001a0-0000-0000-c000-000000000046", "IRemoteSCMActivator"),
      Map.entry("99fcfec4-5260-101b-bbcb-00aa0021347a", "IObjectExporter"),
      Map.entry("f5cc5a18-4264-101a-8c59-08002b2f8426", "nspi"),
      Map.entry("a4f1db00-ca47-1067-b31f-00dd010662da", "exchange_mapi"),
      Map.entry("6bffd098-a112-3610-9833-46c3f87e345a", "wkssvc"));

  private static final Map<String, List<String>> OPERATIONS = Map.of(
      "epmapper", List.of("ept_insert", "ept_delete", "ept_lookup", "ept_map",
          "ept_lookup_handle_free", "ept_inq_object", "ept_mgmt_delete"),
      "svcctl", List.of("CloseServiceHandle", "ControlService", "DeleteService",
          "LockServiceDatabase", "QueryServiceObjectSecurity", "SetServiceObjectSecurity",
          "QueryServiceStatus", "SetServiceStatus", "UnlockServiceDatabase",
          "NotifyBootConfigStatus", "SetServiceBitsW", "ChangeServiceConfigW", "CreateServiceW",
          "EnumDependentServicesW", "EnumServicesStatusW", "OpenSCManagerW", "OpenServiceW",
          "QueryServiceConfigW", "QueryServiceLockStatusW", "StartServiceW",
          "GetServiceDisplayNameW", "GetServiceKeyNameW"));

  /** The endpoint name of an interface UUID (lower-case text form). */
  public static String endpoint(String uuid) {
    return ENDPOINTS.getOrDefault(uuid, uuid);
  }

  /** The UUID text of a named endpoint, empty when unknown. */
  public static String uuid(String endpoint) {
    for (var e : ENDPOINTS.entrySet()) {
      if (e.getValue().equals(endpoint)) {
        return e.getKey();
      }
    }
    return endpoint.length() == 36 && endpoint.charAt(8) == '-' ? endpoint : "";
  }

  /** The operation name of {@code opnum} on {@code endpoint}. */
  public static String operation(String endpoint, int opnum) {
    List<String> ops = operations(endpoint);
    String name = ops != null && opnum >= 0 && opnum < ops.size() ? ops.get(opnum) : null;
    return name != null ? name : "unknown-" + opnum;
  }

  private static List<String> operations(String endpoint) {
    List<String> ops = OPERATIONS.get(endpoint);
    return ops != null ? ops : DceRpcOperations.OPERATIONS.get(endpoint);
  }

  /** The opnum of a named operation, -1 when unknown. */
  public static int opnum(String endpoint, String operation) {
    List<String> ops = operations(endpoint);
    if (ops != null && ops.contains(operation)) {
      return ops.indexOf(operation);
    }
    if (operation.startsWith("unknown-")) {
      return Integer.parseInt(operation.substring(8));
    }
    return -1;
  }
}
