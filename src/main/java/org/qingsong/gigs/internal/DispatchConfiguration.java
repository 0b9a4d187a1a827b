package org.qingsong.gigs.internal;

import org.qingsong.gigs.GigDispatcher;
import org.qingsong.gigs.GreedyDispatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dispatcher in use: the greedy pass. A better one takes over by declaring its own {@link
 * GigDispatcher} bean with {@code @Primary}.
 */
@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {

  @Bean
  GigDispatcher greedyDispatcher() {
    return new GreedyDispatcher();
  }
}
