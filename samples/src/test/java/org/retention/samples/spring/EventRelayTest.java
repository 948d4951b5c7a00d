package org.retention.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retention.samples.eventbus.EventBus;
import org.retention.spring.NoContextRetention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The regression test as a Spring suite writes it: the fixed relay's context, closed by
 * {@code @DirtiesContext}, is released; {@link SpringScenarioTest} shows the shipped one failing.
 */
@SpringJUnitConfig(FixedEventRelay.class)
@DirtiesContext
@NoContextRetention
class EventRelayTest {

  @Test
  void fixed_relay_releases_its_context_when_the_framework_closes_it(
      @Autowired FixedEventRelay relay) {
    EventBus.GLOBAL.publish("maintenance at 22:00");
    assertThat(relay).isNotNull();
  }
}
