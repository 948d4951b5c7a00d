package org.retention.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What most fixtures test: they use their context, and keep nothing of it once done. */
abstract class ContextUser {
  @Test
  void usesTheContext(@Autowired ApplicationContext context) {
    assertThat(context.getBeanDefinitionCount()).isPositive();
  }
}
