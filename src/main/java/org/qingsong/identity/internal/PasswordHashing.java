package org.qingsong.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored with Spring Security's delegating encoder (bcrypt today, with the algorithm
 * named in the hash so it can be upgraded). Needed by the web application and by commands alike.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
