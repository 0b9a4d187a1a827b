package org.qingsong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every Chinese message bundle has its English twin with the same keys, and no message is empty: a
 * key added in one language only would show its code, or the other language, on the page.
 */
class MessageBundlesTest {
  @Test
  void everyBundleHasTheSameKeysInChineseAndEnglishAndNoEmptyMessage() throws IOException {
    Map<String, Properties> bundles = new TreeMap<>();
    for (Resource r :
        new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
      Properties p = new Properties();
      try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
        p.load(in);
      }
      bundles.put(r.getFilename(), p);
    }
    assertThat(bundles).as("message bundles").hasSizeGreaterThan(10);
    for (Map.Entry<String, Properties> e : bundles.entrySet()) {
      String name = e.getKey();
      e.getValue()
          .forEach((k, v) -> assertThat(v.toString().strip()).as(name + " " + k).isNotEmpty());
      if (name.endsWith("_en.properties")) {
        assertThat(bundles)
            .as("Chinese bundle of " + name)
            .containsKey(name.replace("_en.properties", ".properties"));
        continue;
      }
      String english = name.replace(".properties", "_en.properties");
      assertThat(bundles).as("English bundle of " + name).containsKey(english);
      assertThat(bundles.get(english).stringPropertyNames())
          .as("keys of " + english + " against " + name)
          .containsExactlyInAnyOrderElementsOf(e.getValue().stringPropertyNames());
    }
  }
}
