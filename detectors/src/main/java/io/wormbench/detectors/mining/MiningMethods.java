package io.wormbench.detectors.mining;

import java.util.Map;

/**
 * The mining JSON-RPC methods and what each says about a session, after the jsiwek/zeek-cryptomining
 * package's method tables and the Emerging Threats coin-mining rules: Stratum v1
 * ({@code mining.subscribe}, {@code mining.authorize}, {@code mining.notify},
 * {@code mining.set_difficulty}, {@code mining.submit}) and the XMRig/MinerGate dialect
 * ({@code login}, {@code getjob}, {@code job}, {@code submit}, {@code keepalived}), the
 * Ethereum Stratum dialect of the EthereumStratum/1.0 and "stratum-proxy" pools
 * ({@code eth_submitLogin}, {@code eth_getWork}, {@code eth_submitWork},
 * {@code eth_submitHashrate}; an Ethereum node's ordinary {@code eth_*} calls are not mining),
 * and Bitcoin's pre-Stratum HTTP mining calls ({@code getwork}, BIP 22/23 {@code getblocktemplate}
 * and {@code submitblock}).
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
      Map.entry("keepalived", KEEPALIVE),
      Map.entry("eth_submitLogin", HANDSHAKE), Map.entry("eth_login", HANDSHAKE),
      Map.entry("eth_getWork", WORK), Map.entry("eth_submitWork", SUBMIT),
      Map.entry("eth_submitHashrate", KEEPALIVE),
      Map.entry("getwork", WORK), Map.entry("getblocktemplate", WORK),
      Map.entry("submitblock", SUBMIT));

  /** The dialect a mining method belongs to, for alert evidence. */
  static String dialect(String method) {
    if (method.startsWith("mining.")) {
      return "Stratum";
    }
    if (method.startsWith("eth_")) {
      return "Ethereum Stratum";
    }
    if (method.equals("getwork") || method.equals("getblocktemplate")
        || method.equals("submitblock")) {
      return "Bitcoin getwork/getblocktemplate";
    }
    return "XMRig/MinerGate";
  }

  /** The category of {@code method}, or null when it is not a mining method. */
  static MiningMethods of(String method) {
    return METHODS.get(method);
  }

  /** Bit of this category in a per-session mask. */
  int bit() {
    return 1 << ordinal();
  }
}
