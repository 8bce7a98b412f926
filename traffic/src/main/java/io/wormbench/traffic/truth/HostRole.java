package io.wormbench.traffic.truth;

/** What a host is for in the simulated enterprise; reports group results by it. */
public enum HostRole {
  DOMAIN_CONTROLLER,
  FILE_SERVER,
  APP_SERVER,
  DATABASE_SERVER,
  WEB_SERVER,
  JUMP_HOST,
  DEPLOYMENT_SERVER,
  BACKUP_SERVER,
  VULNERABILITY_SCANNER,
  WORKSTATION,
  PRINTER,
  CAMERA,
  IOT,
  /** A host seen in a capture with no known role. */
  UNKNOWN
}
