package org.qingsong.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for end-to-end tests: requests as a demo user, JSON in and out. */
public final class Api {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  public static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;
  private final String user;
  private final String language;

  private Api(int port, String user, String language) {
    this.port = port;
    this.user = user;
    this.language = language;
  }

  public static Api on(int port) {
    return new Api(port, null, null);
  }

  /** The same client, authenticated as a demo account (admin, staff, caseworker, …). */
  public Api as(String username) {
    return new Api(port, username, language);
  }

  /** The same client, asking for answers in a language (e.g. "en"). */
  public Api inLanguage(String tag) {
    return new Api(port, user, tag);
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response post(String path, Object body) {
    return send(request(path).POST(publisher(body)).header("Content-Type", "application/json"));
  }

  public Response put(String path, Object body) {
    return send(request(path).PUT(publisher(body)).header("Content-Type", "application/json"));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** Sends a body exactly as given, for malformed-input tests. */
  public Response postRaw(String path, String contentType, String body) {
    return send(
        request(path)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .header("Content-Type", contentType));
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
    b.timeout(Duration.ofSeconds(60));
    if (user != null) {
      String token = user + ":" + TestAccounts.PASSWORD;
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return b;
  }

  private static HttpRequest.BodyPublisher publisher(Object body) {
    String text = body instanceof String s ? s : JSON.writeValueAsString(body);
    return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
  }

  private static Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r =
          HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with its body parsed as JSON on demand. */
  public record Response(HttpResponse<String> raw) {
    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public JsonNode json() {
      return JSON.readTree(raw.body());
    }

    /** The message of the first error about {@code field}, or null. */
    public String fieldError(String field) {
      for (JsonNode e : json().path("errors")) {
        if (field.equals(e.path("field").asString())) {
          return e.path("message").asString();
        }
      }
      return null;
    }

    @Override
    public String toString() {
      return raw.statusCode() + " " + raw.body();
    }
  }
}
