package io.wormbench.traffic.codec.pcap.proto;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Operation names by opnum of the directory and logon interfaces an intruder talks to after
 * the first foothold: netlogon [MS-NRPC] (a Zerologon-shaped sequence is NetrServerReqChallenge,
 * NetrServerAuthenticate3, NetrServerPasswordSet2), samr [MS-SAMR] (account enumeration),
 * lsarpc [MS-LSAD]/[MS-LSAT] (SID lookups), drsuapi [MS-DRSR] (DCSync is DRSGetNCChanges),
 * srvsvc [MS-SRVS] (share enumeration), wkssvc [MS-WKST], and Exchange's nspi [MS-NSPI] and exchange_mapi
 * [MS-OXCRPC]. Spelled as Zeek's dce_rpc.log
 * spells them (base/protocols/dce-rpc/consts.zeek), so a pcap and its Zeek log agree; opnums a
 * spec leaves unassigned are {@code null} and come out as {@code unknown-<opnum>}.
 */
final class DceRpcOperations {
  private DceRpcOperations() {}

  /** netlogon, [MS-NRPC] 3.5.4. */
  private static final String[] NETLOGON = {
      "NetrLogonUasLogon", "NetrLogonUasLogoff", "NetrLogonSamLogon", "NetrLogonSamLogoff",
      "NetrServerReqChallenge", "NetrServerAuthenticate", "NetrServerPasswordSet",
      "NetrDatabaseDeltas", "NetrDatabaseSync", "NetrAccountDeltas", "NetrAccountSync",
      "NetrGetDCName", "NetrLogonControl", "NetrGetAnyDCName", "NetrLogonControl2",
      "NetrServerAuthenticate2", "NetrDatabaseSync2", "NetrDatabaseRedo", "NetrLogonControl2Ex",
      "NetrEnumerateTrustedDomains", "DsrGetDcName", "NetrLogonGetCapabilities",
      "NetrLogonSetServiceBits", "NetrLogonGetTrustRid", "NetrLogonComputeServerDigest",
      "NetrLogonComputeClientDigest", "NetrServerAuthenticate3", "DsrGetDcNameEx",
      "DsrGetSiteName", "NetrLogonGetDomainInfo", "NetrServerPasswordSet2",
      "NetrServerPasswordGet", "NetrLogonSendToSam", "DsrAddressToSiteNamesW", "DsrGetDcNameEx2",
      "NetrLogonGetTimeServiceParentDomain", "NetrEnumerateTrustedDomainsEx",
      "DsrAddressToSiteNamesExW", "DsrGetDcSiteCoverageW", "NetrLogonSamLogonEx",
      "DsrEnumerateDomainTrusts", "DsrDeregisterDnsHostRecords", "NetrServerTrustPasswordsGet",
      "DsrGetForestTrustInformation", "NetrGetForestTrustInformation",
      "NetrLogonSamLogonWithFlags", "NetrServerGetTrustInfo", "unused",
      "DsrUpdateReadOnlyServerDnsRecords", "NetrChainSetClientAttributes"};

  /** samr, [MS-SAMR] 3.1.5. */
  private static final String[] SAMR = {
      "SamrConnect", "SamrCloseHandle", "SamrSetSecurityObject", "SamrQuerySecurityObject",
      "SamrShutdownSamServer", "SamrLookupDomainInSamServer", "SamrEnumerateDomainsInSamServer",
      "SamrOpenDomain", "SamrQueryInformationDomain", "SamrSetInformationDomain",
      "SamrCreateGroupInDomain", "SamrEnumerateGroupsInDomain", "SamrCreateUserInDomain",
      "SamrEnumerateUsersInDomain", "SamrCreateAliasInDomain", "SamrEnumerateAliasesInDomain",
      "SamrGetAliasMembership", "SamrLookupNamesInDomain", "SamrLookupIdsInDomain",
      "SamrOpenGroup", "SamrQueryInformationGroup", "SamrSetInformationGroup",
      "SamrAddMemberToGroup", "SamrDeleteGroup", "SamrRemoveMemberFromGroup",
      "SamrGetMembersInGroup", "SamrSetMemberAttributesOfGroup", "SamrOpenAlias",
      "SamrQueryInformationAlias", "SamrSetInformationAlias", "SamrDeleteAlias",
      "SamrAddMemberToAlias", "SamrRemoveMemberFromAlias", "SamrGetMembersInAlias", "SamrOpenUser",
      "SamrDeleteUser", "SamrQueryInformationUser", "SamrSetInformationUser",
      "SamrChangePasswordUser", "SamrGetGroupsForUser", "SamrQueryDisplayInformation",
      "SamrGetDisplayEnumerationIndex", "SamrTestPrivateFunctionsDomain",
      "SamrTestPrivateFunctionsUser", "SamrGetUserDomainPasswordInformation",
      "SamrRemoveMemberFromForeignDomain", "SamrQueryInformationDomain2",
      "SamrQueryInformationUser2", "SamrQueryDisplayInformation2",
      "SamrGetDisplayEnumerationIndex2", "SamrCreateUser2InDomain", "SamrQueryDisplayInformation3",
      "SamrAddMultipleMembersToAlias", "SamrRemoveMultipleMembersFromAlias",
      "SamrOemChangePasswordUser2", "SamrUnicodeChangePasswordUser2",
      "SamrGetDomainPasswordInformation", "SamrConnect2", "SamrSetInformationUser2",
      "SamrSetBootKeyInformation", "SamrGetBootKeyInformation", "SamrConnect3", "SamrConnect4",
      "SamrUnicodeChangePasswordUser3", "SamrConnect5", "SamrRidToSid", "SamrSetDSRMPassword",
      "SamrValidatePassword", "SamrQueryLocalizableAccountsInDomain",
      "SamrPerformGenericOperation", null, null, null, "SamrUnicodeChangePasswordUser4"};

  /** lsarpc, [MS-LSAD] 3.1.4 and [MS-LSAT] 3.1.4. */
  private static final String[] LSARPC = {
      "LsarClose", "LsarDelete", "LsarEnumeratePrivileges", "LsarQuerySecurityObject",
      "LsarSetSecurityObject", "LsarChangePassword", "LsarOpenPolicy",
      "LsarQueryInformationPolicy", "LsarSetInformationPolicy", "LsarClearAuditLog",
      "LsarCreateAccount", "LsarEnumerateAccounts", "LsarCreateTrustedDomain",
      "LsarEnumerateTrustedDomains", "LsarLookupNames", "LsarLookupSids", "LsarCreateSecret",
      "LsarOpenAccount", "LsarEnumeratePrivilegesAccount", "LsarAddPrivilegesToAccount",
      "LsarRemovePrivilegesFromAccount", "LsarGetQuotasForAccount", "LsarSetQuotasForAccount",
      "LsarGetSystemAccessAccount", "LsarSetSystemAccessAccount", "LsarOpenTrustedDomain",
      "LsarQueryInfoTrustedDomain", "LsarSetInformationTrustedDomain", "LsarOpenSecret",
      "LsarSetSecret", "LsarQuerySecret", "LsarLookupPrivilegeValue", "LsarLookupPrivilegeName",
      "LsarLookupPrivilegeDisplayName", "LsarDeleteObject", "LsarEnumerateAccountsWithUserRight",
      "LsarEnumerateAccountRights", "LsarAddAccountRights", "LsarRemoveAccountRights",
      "LsarQueryTrustedDomainInfo", "LsarSetTrustedDomainInfo", "LsarDeleteTrustedDomain",
      "LsarStorePrivateData", "LsarRetrievePrivateData", "LsarOpenPolicy2", "LsarGetUserName",
      "LsarQueryInformationPolicy2", "LsarSetInformationPolicy2",
      "LsarQueryTrustedDomainInfoByName", "LsarSetTrustedDomainInfoByName",
      "LsarEnumerateTrustedDomainsEx", "LsarCreateTrustedDomainEx", "LsarCloseTrustedDomainEx",
      "LsarQueryDomainInformationPolicy", "LsarSetDomainInformationPolicy",
      "LsarOpenTrustedDomainByName", "LsarTestCall", "LsarLookupSids2", "LsarLookupNames2",
      "LsarCreateTrustedDomainEx2", "CredrWrite", "CredrRead", "CredrEnumerate",
      "CredrWriteDomainCredentials", "CredrReadDomainCredentials", "CredrDelete",
      "CredrGetTargetInfo", "CredrProfileLoaded", "LsarLookupNames3", "CredrGetSessionTypes",
      "LsarRegisterAuditEvent", "LsarGenAuditEvent", "LsarUnregisterAuditEvent",
      "LsarQueryForestTrustInformation", "LsarSetForestTrustInformation", "CredrRename",
      "LsarLookupSids3", "LsarLookupNames4", "LsarOpenPolicySce",
      "LsarAdtRegisterSecurityEventSource", "LsarAdtUnregisterSecurityEventSource",
      "LsarAdtReportSecurityEvent", "CredrFindBestCredential", "LsarSetAuditPolicy",
      "LsarQueryAuditPolicy", "LsarEnumerateAuditPolicy", "LsarEnumerateAuditCategories",
      "LsarEnumerateAuditSubCategories", "LsarLookupAuditCategoryName",
      "LsarLookupAuditSubCategoryName", "LsarSetAuditSecurity", "LsarQueryAuditSecurity",
      "CredReadByTokenHandle", "CredrRestoreCredentials", "CredrBackupCredentials", null, null,
      null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
      null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
      null, null, "LsarCreateTrustedDomainEx3", "LsarOpenPolicy3", null, null,
      "LsarSetForestTrustInformation2"};

  /** drsuapi, [MS-DRSR] 4.1. */
  private static final String[] DRSUAPI = {
      "DRSBind", "DRSUnbind", "DRSReplicaSync", "DRSGetNCChanges", "DRSUpdateRefs",
      "DRSReplicaAdd", "DRSReplicaDel", "DRSReplicaModify", "DRSVerifyNames", "DRSGetMemberships",
      "DRSInterDomainMove", "DRSGetNT4ChangeLog", "DRSCrackNames", "DRSWriteSPN",
      "DRSRemoveDsServer", "DRSRemoveDsDomain", "DRSDomainControllerInfo", "DRSAddEntry",
      "DRSExecuteKCC", "DRSGetReplInfo", "DRSAddSidHistory", "DRSGetMemberships2",
      "DRSReplicaVerifyObjects", "DRSGetObjectExistence", "DRSQuerySitesByCost",
      "IDL_DRSInitDemotion", "IDL_DRSReplicaDemotion", "IDL_DRSFinishDemotion",
      "IDL_DRSAddCloneDC", "IDL_DRSWriteNgcKey", "IDL_DRSReadNgcKey"};

  /** nspi, [MS-NSPI] 3.1.4. */
  private static final String[] NSPI = {
      "NspiBind", "NspiUnbind", "NspiUpdateStat", "NspiQueryRows", "NspiSeekEntries",
      "NspiGetMatches", "NspiResortRestriction", "NspiDNToEph", "NspiGetPropList", "NspiGetProps",
      "NspiCompareMIds", "NspiModProps", "NspiGetSpecialTable", "NspiGetTemplateInfo",
      "NspiModLinkAtt", null, "NspiQueryColumns", "NspiGetNamesFromIDs", "NspiGetIDsFromNames",
      "NspiResolveNames", "NspiResolveNamesW"};

  /** exchange_mapi, [MS-OXCRPC] 3.1.4. */
  private static final String[] EXCHANGE_MAPI = {
      "EcDoConnect", "EcDoDisconnect", "EcDoRpc", "EcGetMoreRpc", "EcRRegisterPushNotification",
      "EcRUnregisterPushNotification", "EcDummyRpc", "EcRGetDCName", "EcRNetGetDCName",
      "EcDoRpcExt", "EcDoConnectEx", "EcDoRpcExt2", "EcUnknown0xC", "EcUnknown0xD",
      "EcDoAsyncConnectEx"};

  /** srvsvc, [MS-SRVS] 3.1.4. */
  private static final String[] SRVSVC = {
      "NetrCharDevEnum", "NetrCharDevGetInfo", "NetrCharDevControl", "NetrCharDevQEnum",
      "NetrCharDevQGetInfo", "NetrCharDevQSetInfo", "NetrCharDevQPurge", "NetrCharDevQPurgeSelf",
      "NetrConnectionEnum", "NetrFileEnum", "NetrFileGetInfo", "NetrFileClose", "NetrSessionEnum",
      "NetrSessionDel", "NetrShareAdd", "NetrShareEnum", "NetrShareGetInfo", "NetrShareSetInfo",
      "NetrShareDel", "NetrShareDelSticky", "NetrShareCheck", "NetrServerGetInfo",
      "NetrServerSetInfo", "NetrServerDiskEnum", "NetrServerStatisticsGet",
      "NetrServerTransportAdd", "NetrServerTransportEnum", "NetrServerTransportDel",
      "NetrRemoteTOD", "NetrServerSetServiceBits", "NetprPathType", "NetprPathCanonicalize",
      "NetprPathCompare", "NetprNameValidate", "NetprNameCanonicalize", "NetprNameCompare",
      "NetrShareEnumSticky", "NetrShareDelStart", "NetrShareDelCommit", "NetrpGetFileSecurity",
      "NetrpSetFileSecurity", "NetrServerTransportAddEx", "NetrServerSetServiceBitsEx",
      "NetrDfsGetVersion", "NetrDfsCreateLocalPartition", "NetrDfsDeleteLocalPartition",
      "NetrDfsSetLocalVolumeState", "NetrDfsSetServerInfo", "NetrDfsCreateExitPoint",
      "NetrDfsDeleteExitPoint", "NetrDfsModifyPrefix", "NetrDfsFixLocalVolume",
      "NetrDfsManagerReportSiteInfo", "NetrServerTransportDelEx", null, "NetrServerAliasEnum",
      "NetrServerAliasDel", "NetrShareDelEx"};

  /** wkssvc, [MS-WKST] 3.2.4. */
  private static final String[] WKSSVC = {
      "NetrWkstaGetInfo", "NetrWkstaSetInfo", "NetrWkstaUserEnum", "NetrWkstaUserGetInfo",
      "NetrWkstaUserSetInfo", "NetrWkstaTransportEnum", "NetrWkstaTransportAdd",
      "NetrWkstaTransportDel", "NetrUseAdd", "NetrUseGetInfo", "NetrUseDel", "NetrUseEnum",
      "NetrMessageBufferSend", "NetrWorkstationStatisticsGet", "NetrLogonDomainNameAdd",
      "NetrLogonDomainNameDel", "NetrJoinDomain", "NetrUnjoinDomain", "NetrValidateName",
      "NetrRenameMachineInDomain", "NetrGetJoinInformation", "NetrGetJoinableOUs",
      "NetrJoinDomain2", "NetrUnjoinDomain2", "NetrRenameMachineInDomain2", "NetrValidateName2",
      "NetrGetJoinableOUs2", "NetrAddAlternateComputerName", "NetrRemoveAlternateComputerName",
      "NetrSetPrimaryComputerName", "NetrEnumerateComputerNames", "NetrWorkstationResetDfsCache"};

  /** Interface name (as {@link DceRpcNames#ENDPOINTS} names it) to its operations by opnum. */
  static final Map<String, List<String>> OPERATIONS = Map.of(
      "netlogon", Arrays.asList(NETLOGON),
      "samr", Arrays.asList(SAMR),
      "lsarpc", Arrays.asList(LSARPC),
      "drsuapi", Arrays.asList(DRSUAPI),
      "nspi", Arrays.asList(NSPI),
      "exchange_mapi", Arrays.asList(EXCHANGE_MAPI),
      "srvsvc", Arrays.asList(SRVSVC),
      "wkssvc", Arrays.asList(WKSSVC));
}
