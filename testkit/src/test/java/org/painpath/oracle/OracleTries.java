package org.painpath.oracle;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Tries for the oracle property from the build: the system property {@value #TRIES} (the root POM sets
 * 10 000, and 1 000 000 in the long profile). Without it (an IDE, a mutation run) jqwik's default
 * applies, so mutation testing is not slowed by the oracle's CI count.
 */
public final class OracleTries implements AroundPropertyHook {

  static final String TRIES = "painpath.oracle.tries";

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    String configured = System.getProperty(TRIES);
    if (configured != null && !configured.isBlank()) {
      context.attributes().setTries(Integer.parseInt(configured.trim()));
    }
    return property.execute();
  }

  /** Outside jqwik's own hooks, so the tries are set before the property is configured. */
  @Override
  public int aroundPropertyProximity() {
    return -100;
  }
}
