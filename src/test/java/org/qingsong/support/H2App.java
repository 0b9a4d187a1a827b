package org.qingsong.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port over an in-memory H2 database, with a small demo city and
 * the role-named demo accounts. Test classes with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:qingsong-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "qingsong.demo=true",
      "qingsong.demo.people=300",
      "qingsong.demo.password=" + TestAccounts.PASSWORD,
      "qingsong.dispatch.unimproved-limit=PT1S",
      "qingsong.search.index-dir=memory",
      "qingsong.matching.batch.cron=-",
      "qingsong.map.tile-url=http://127.0.0.1:9/tiles/{z}/{x}/{y}.png"
    })
@Import(TestClock.Config.class)
public @interface H2App {}
