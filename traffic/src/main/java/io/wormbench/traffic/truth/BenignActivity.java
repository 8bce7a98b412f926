package io.wormbench.traffic.truth;

/**
 * A benign look-alike: legitimate behaviour that resembles an attack stage (an admin's RDP hop,
 * a software deployment writing executables to ADMIN$, a user's password typo...). Recorded so
 * reports can say which benign behaviour caused each false alarm.
 *
 * @param kind the look-alike kind, e.g. {@code admin-rdp-chain}, {@code software-deployment}
 * @param events how many events the activity produced
 */
public record BenignActivity(String kind, int source, int target, long start, long end,
    int events) {}
