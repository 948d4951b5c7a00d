package org.retention.samples.plugin.greeting;

import java.util.function.Consumer;
import org.retention.samples.plugin.HostEvents;
import org.retention.samples.plugin.Plugin;

/** The plugin: greets on every host event. Each version is defined by its own class loader. */
public final class GreetingPlugin implements Plugin, Consumer<String> {
  private int greeted;

  @Override
  public void start() {
    HostEvents.subscribe(this);
  }

  @Override
  public void stop() {
    HostEvents.unsubscribe(this);
  }

  @Override
  public void accept(String event) {
    greeted++;
  }
}
