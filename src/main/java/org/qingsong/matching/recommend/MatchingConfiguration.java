package org.qingsong.matching.recommend;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The score's weights from {@code qingsong.matching.weights.*}; checked at start (each from 0 to
 * 100, at least one above 0), so a wrong setting stops the application with a clear message.
 */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

  @Bean
  ScoringWeights scoringWeights(
      @Value("${qingsong.matching.weights.occupation:0.35}") double occupation,
      @Value("${qingsong.matching.weights.distance:0.25}") double distance,
      @Value("${qingsong.matching.weights.pay:0.2}") double pay,
      @Value("${qingsong.matching.weights.hours:0.1}") double hours,
      @Value("${qingsong.matching.weights.priority:0.1}") double priority) {
    try {
      return new ScoringWeights(occupation, distance, pay, hours, priority);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "qingsong.matching.weights.* are invalid: " + e.getMessage(), e);
    }
  }

  @Bean
  Scorer scorer(ScoringWeights weights) {
    return new Scorer(weights);
  }
}
