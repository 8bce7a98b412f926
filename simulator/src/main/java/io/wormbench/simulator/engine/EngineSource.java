package io.wormbench.simulator.engine;

import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.util.NoSuchElementException;

/**
 * Drains the agenda lazily: an event is handed out only once no pending action is scheduled
 * before it, because actions emit at or after their own time. Memory is the agenda (one entry
 * per live behaviour) plus the few events emitted ahead of time. Events of a host quarantined
 * at or before their time are dropped here, so the quarantine covers every event not yet handed
 * out, even one generated before the quarantine was called.
 */
public final class EngineSource implements EventSource {
  private final World world;
  private final Runnable onExhausted;
  private boolean done;

  public EngineSource(World world, Runnable onExhausted) {
    this.world = world;
    this.onExhausted = onExhausted;
  }

  @Override
  public boolean hasNext() {
    TimeHeap<Event> events = world.events();
    TimeHeap<Action> actions = world.actions();
    while (true) {
      while (events.isEmpty() || events.peekTime() > actions.peekTime()) {
        if (actions.isEmpty()) {
          if (events.isEmpty()) {
            if (!done) {
              done = true;
              onExhausted.run();
            }
            return false;
          }
          break;
        }
        long now = actions.peekTime();
        actions.poll().run(now, world);
      }
      // A quarantine may have come after an event was generated ahead of time: it still wins.
      if (!world.cutOff(events.peek())) {
        return true;
      }
      events.poll();
    }
  }

  @Override
  public Event next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return world.events().poll();
  }

  @Override
  public void close() {}
}
