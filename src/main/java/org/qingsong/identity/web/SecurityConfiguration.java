package org.qingsong.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two doors to the same users: the JSON API under {@code /api} takes HTTP Basic and no session or
 * CSRF token; the pages take form login with CSRF protection. Public reference data (divisions,
 * stations, occupations, the working-day calendar, assistance standards, the map) and published job
 * postings need no login, so residents can find their nearest station and a job.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

  /**
   * No observation wrapped around each security filter, authentication and authorisation: nothing
   * reads them, and wrapping every filter of every request cost more than the filters' own work.
   */
  @Bean
  SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * The public job search, the busiest request: nobody needs to be known to search published
   * postings, so its chain writes the security headers and authorises everyone, without the
   * authentication, session and request-cache filters of the rest of the API. Other methods on its
   * path go to the API's chain below.
   */
  @Bean
  @Order(0)
  SecurityFilterChain publicJobSearch(HttpSecurity http) throws Exception {
    http.securityMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/v1/jobs/search"))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .securityContext(c -> c.disable())
        .anonymous(a -> a.disable())
        .sessionManagement(s -> s.disable())
        .requestCache(c -> c.disable())
        .servletApi(a -> a.disable())
        .logout(l -> l.disable())
        .csrf(c -> c.disable());
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, MessageSource messages, LocaleResolver locales)
      throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/divisions/**",
                        "/api/v1/stations/**",
                        "/api/v1/occupations/**",
                        "/api/v1/calendar/**",
                        "/api/v1/assistance/standards",
                        "/api/v1/assistance/standards/**",
                        "/api/v1/assistance/thresholds",
                        "/api/v1/assistance/thresholds/**",
                        "/api/v1/gig-services",
                        "/api/v1/gig-services/**",
                        "/api/v1/jobs",
                        "/api/v1/jobs/search",
                        "/api/v1/jobs/{id:\\d+}",
                        "/api/v1/assistance/receipts/*",
                        "/api/v1/assistance/publicity")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(
            b ->
                b.realmName("qingsong")
                    .authenticationEntryPoint(
                        (request, response, e) -> {
                          response.setHeader("WWW-Authenticate", "Basic realm=\"qingsong\"");
                          writeProblem(request, response, 401, "unauthorized", messages, locales);
                        }))
        .exceptionHandling(
            x ->
                x.accessDeniedHandler(
                    (request, response, e) ->
                        writeProblem(request, response, 403, "forbidden", messages, locales)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless Basic: no session to log out of and no request to save for after a login page.
        .logout(l -> l.disable())
        .requestCache(c -> c.disable())
        .csrf(c -> c.disable());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/",
                        "/login",
                        "/error",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/map",
                        "/calendar",
                        "/stations/*",
                        "/stations/*/walls/*",
                        "/assistance/status",
                        "/assistance/publicity",
                        "/v3/api-docs/**",
                        "/v3/api-docs",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/actuator/health/**",
                        "/actuator/health")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.GET, "/jobs", "/jobs/search", "/jobs/{id:\\d+}", "/gigs")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(l -> l.logoutSuccessUrl("/").permitAll())
        .headers(
            h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
          + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

  private static void writeProblem(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String type,
      MessageSource messages,
      LocaleResolver locales)
      throws IOException {
    Locale locale = locales.resolveLocale(request);
    String title = messages.getMessage("problem.title." + status, null, type, locale);
    String detail = messages.getMessage("problem." + type, null, type, locale);
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"type\":\"/problems/"
                + type
                + "\",\"title\":\""
                + json(title)
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + json(detail)
                + "\",\"instance\":\""
                + json(request.getRequestURI())
                + "\"}");
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
