package org.qingsong;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import org.qingsong.common.BusinessTime;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Qingsong's single entry point. With no command it serves the web application; {@code demo [--seed
 * N] [--people N] [--scale small|city] [--fraction F]} fills the configured database with a
 * deterministic demo city and exits; {@code reindex} rebuilds the search indexes from the database
 * and exits; {@code recommend [--resume] [--chunk-size N] [--max-chunks N]} runs the city-wide
 * batch of recommendations with progress lines and exits.
 */
@SpringBootApplication
public class QingsongApplication {
  /** The business time zone: every date a user sees is a date in Shanghai time. */
  public static final ZoneId ZONE = BusinessTime.ZONE;

  public static void main(String[] args) {
    if (args.length > 0
        && ("demo".equals(args[0]) || "reindex".equals(args[0]) || "recommend".equals(args[0]))) {
      String[] rest = commandOptions(Arrays.copyOfRange(args, 1, args.length));
      SpringApplication app = new SpringApplication(QingsongApplication.class);
      app.setWebApplicationType(WebApplicationType.NONE);
      app.setAdditionalProfiles("cli");
      app.setDefaultProperties(
          java.util.Map.of("qingsong.command", args[0], "qingsong.demo", "false"));
      ConfigurableApplicationContext context = app.run(rest);
      System.exit(SpringApplication.exit(context));
    }
    SpringApplication.run(QingsongApplication.class, args);
  }

  /**
   * Accepts the command's short options in both spellings ({@code --seed 42}, {@code --seed=42})
   * and maps them onto configuration properties; any other option passes through unchanged.
   */
  static String[] commandOptions(String[] args) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.startsWith("--") ? arg.substring(2).split("=", 2)[0] : "";
      String property =
          switch (name) {
            case "seed" -> "qingsong.demo.seed";
            case "people" -> "qingsong.demo.people";
            case "scale" -> "qingsong.demo.scale";
            case "fraction" -> "qingsong.demo.fraction";
            case "resume" -> "qingsong.matching.batch.resume";
            case "chunk-size" -> "qingsong.matching.batch.chunk-size";
            case "max-chunks" -> "qingsong.matching.batch.max-chunks";
            default -> null;
          };
      if (property == null) {
        out.add(arg);
      } else if (name.equals("resume") && !arg.contains("=")) {
        out.add("--" + property + "=true");
      } else if (arg.contains("=")) {
        out.add("--" + property + "=" + arg.substring(arg.indexOf('=') + 1));
      } else if (i + 1 < args.length) {
        out.add("--" + property + "=" + args[++i]);
      }
    }
    return out.toArray(String[]::new);
  }

  @Bean
  Clock clock() {
    return Clock.system(ZONE);
  }
}
