package org.qingsong.matching.web;

import org.qingsong.matching.JobSearch;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Maps {@link JobSearchServlet} to the job search's path, ahead of the dispatcher servlet. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class JobSearchServletConfiguration {

  @Bean
  ServletRegistrationBean<JobSearchServlet> jobSearchServlet(
      JobSearch search,
      FacetLabels labels,
      LocaleResolver locales,
      JsonMapper json,
      DispatcherServletRegistrationBean dispatcher) {
    ServletRegistrationBean<JobSearchServlet> registration =
        new ServletRegistrationBean<>(
            new JobSearchServlet(search, labels, locales, json, dispatcher.getServletName()),
            JobSearchServlet.PATH);
    registration.setName("jobSearchServlet");
    registration.setLoadOnStartup(1);
    return registration;
  }
}
