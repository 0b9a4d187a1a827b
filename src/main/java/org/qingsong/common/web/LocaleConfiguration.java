package org.qingsong.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.qingsong.common.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first, English on request: a {@code lang} parameter (the page's language switch) sets a
 * cookie; without the cookie, {@code Accept-Language} decides between the two; without either, the
 * answer is in Chinese.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {
  static final List<Locale> SUPPORTED = Languages.SUPPORTED;

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("qingsong-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(LocaleConfiguration::localeOf);
    return resolver;
  }

  /** The supported locale that a request's {@code Accept-Language} asks for; Chinese otherwise. */
  static Locale localeOf(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    return "en".equals(request.getLocale().getLanguage())
        ? Locale.ENGLISH
        : Locale.SIMPLIFIED_CHINESE;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
  }
}
