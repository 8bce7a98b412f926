package io.wormbench.simulator.engine;

import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.util.NoSuchElementException;

/**
 * Drains the agenda lazily: an event is handed out only once no pending action is scheduled
 * before it, because actions emit at or after their own time. Memory is the agenda (one entry
 * per live behaviour) plus the few events emitted ahead of time.
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
    EventHeap events = world.events();
    ActionQueue actions = world.actions();
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
    return true;
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
