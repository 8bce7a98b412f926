package io.wormbench.traffic.codec.labels;

import io.wormbench.traffic.truth.Stage;
import java.util.Map;
import java.util.Optional;

/**
 * The Stratosphere Laboratory's flow labels as the IoT-23 dataset writes them in its
 * {@code conn.log.labeled} files (Garcia, Parmisano and Erquiaga, "IoT-23: A labeled dataset
 * with malicious and benign IoT network traffic", 2020): {@code label} is {@code Benign} or
 * {@code Malicious}, {@code detailed-label} the kind of malicious activity or {@code -}. Each
 * kill-chain stage maps to the IoT-23 detailed label of the same behaviour; IoT-23 has none
 * for RDP hops or mining, so those two take descriptive names in the same CamelCase style.
 */
public final class StratosphereLabels {
  /** IoT-23 detailed label per stage. */
  public static final Map<Stage, String> DETAILED = Map.of(
      Stage.INITIAL_DOWNLOAD, "FileDownload",
      Stage.RDP_CHAIN, "LateralMovement",
      Stage.EXTERNAL_SCAN, "PartOfAHorizontalPortScan",
      Stage.BRUTE_FORCE, "Attack",
      Stage.LATERAL_TRANSFER, "C&C-FileDownload",
      Stage.COMMAND_AND_CONTROL, "C&C-HeartBeat",
      Stage.MINING, "CoinMiner");

  private StratosphereLabels() {}

  /** {@code Malicious} for a flow of an attack step (of stage {@code stage}), else {@code Benign}. */
  public static String label(Optional<Stage> stage) {
    return stage.isPresent() ? "Malicious" : "Benign";
  }

  /** The detailed label of a flow of an attack step of {@code stage}, {@code -} for benign flows. */
  public static String detailed(Optional<Stage> stage) {
    return stage.map(DETAILED::get).orElse("-");
  }
}
