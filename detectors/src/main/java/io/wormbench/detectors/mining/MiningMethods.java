package io.wormbench.detectors.mining;

import java.util.Map;

/**
 * The mining JSON-RPC methods and what each says about a session, after the jsiwek/zeek-cryptomining
 * package's method tables and the Emerging Threats coin-mining rules: Stratum v1
 * ({@code mining.subscribe}, {@code mining.authorize}, {@code mining.notify},
 * {@code mining.set_difficulty}, {@code mining.submit}) and the XMRig/MinerGate dialect
 * ({@code login}, {@code getjob}, {@code job}, {@code submit}, {@code keepalived}).
 */
enum MiningMethods {
  /** The miner logs in or subscribes to a pool. */
  HANDSHAKE,
  /** The pool hands out work or difficulty. */
  WORK,
  /** The miner submits a share: mining is actually happening. */
  SUBMIT,
  /** Session upkeep only. */
  KEEPALIVE;

  private static final Map<String, MiningMethods> METHODS = Map.ofEntries(
      Map.entry("mining.subscribe", HANDSHAKE), Map.entry("mining.authorize", HANDSHAKE),
      Map.entry("mining.extranonce.subscribe", HANDSHAKE), Map.entry("login", HANDSHAKE),
      Map.entry("mining.notify", WORK), Map.entry("mining.set_difficulty", WORK),
      Map.entry("mining.set_target", WORK), Map.entry("job", WORK), Map.entry("getjob", WORK),
      Map.entry("mining.submit", SUBMIT), Map.entry("submit", SUBMIT),
      Map.entry("keepalived", KEEPALIVE));

  /** The category of {@code method}, or null when it is not a mining method. */
  static MiningMethods of(String method) {
    return METHODS.get(method);
  }

  /** Bit of this category in a per-session mask. */
  int bit() {
    return 1 << ordinal();
  }
}
