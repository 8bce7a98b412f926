package io.wormbench.evaluation.replay;

/**
 * What a responder may do to the running simulation: isolate a host from simulated time
 * {@code at} on. The only channel back into the simulator; it carries no ground truth.
 */
@FunctionalInterface
public interface ResponseHook {
  /** Quarantines {@code host} from {@code at} (micros) on. */
  void quarantine(int host, long at);
}
