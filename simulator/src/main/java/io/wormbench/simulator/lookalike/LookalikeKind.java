package io.wormbench.simulator.lookalike;

import io.wormbench.traffic.spec.SpecNode;
import java.util.function.Function;

/**
 * The closed set of look-alikes, each with its YAML field under {@code benign.lookalikes}, its
 * ground-truth kind and its binder. Adding one is one class and one line here.
 */
public enum LookalikeKind {
  ADMIN_RDP_CHAIN("adminRdpChain", AdminRdpChain::bind),
  SOFTWARE_DEPLOYMENT("softwareDeployment", SoftwareDeployment::bind),
  PASSWORD_TYPO("passwordTypo", PasswordTypo::bind),
  EXPIRED_SERVICE_ACCOUNT("expiredServiceAccount", ExpiredServiceAccount::bind),
  VULNERABILITY_SCAN("vulnerabilityScan", VulnerabilityScan::bind),
  SOFTWARE_UPDATE("softwareUpdate", SoftwareUpdate::bind),
  DEVELOPER_TOOL_DOWNLOAD("developerToolDownload", DeveloperToolDownload::bind),
  IOT_BEACON("iotBeacon", IotBeacon::bind),
  BACKUP_SMB("backupSmb", BackupSmb::bind),
  EXTERNAL_SMB_SESSION("externalSmbSession", ExternalSmbSession::bind);

  private final String field;
  private final Function<SpecNode, Lookalike> binder;

  LookalikeKind(String field, Function<SpecNode, Lookalike> binder) {
    this.field = field;
    this.binder = binder;
  }

  /** The YAML field name (camelCase). */
  public String field() {
    return field;
  }

  /** The ground-truth kind (kebab-case). */
  public String kind() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Binds this look-alike's section (an empty map gives the defaults). */
  public Lookalike bind(SpecNode node) {
    return binder.apply(node);
  }
}
