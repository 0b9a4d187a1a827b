package org.qingsong.matching.search;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.DefaultConnectionReuseStrategy;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.qingsong.matching.JobSearchQuery;
import org.qingsong.matching.JobSearchResult;

/**
 * The search benchmark's harness (run by {@code bench/search.sh}, not by the server): the same
 * random, realistic queries — occupation words in Chinese and English, kinds, pay floors, locations
 * near postings with a radius — sent to the running server's search API over HTTP and run directly
 * on the server's posting index, opened read-only in this JVM through the same {@link
 * PostingSearcher} the API uses. HTTP and in-process runs alternate query by query, after a warm-up
 * of both; which of the two runs a query first alternates too. Both sides are timed the same way:
 * the HTTP side from sending the request to having the whole body as a string, the in-process side
 * from the query to the result with its stored fields read. Prints one {@code name: value} line per
 * figure.
 *
 * <p>The HTTP client is Apache HttpCore's blocking HTTP/1.1 connection on one kept-alive socket
 * (the default, {@code --client httpcore}): it writes the request line and headers, parses the
 * answer's headers and reads its body, and nothing else, as a load generator does. The JDK's {@code
 * HttpURLConnection} ({@code --client jdk}) also selects a proxy, builds a connection object and
 * looks up its keep-alive cache for every request, which on this benchmark's machine added about
 * 0.1 ms of the client's own work to every answer.
 *
 * <pre>
 * java -cp qingsong.jar -Dloader.main=org.qingsong.matching.search.SearchBenchmark \
 *   org.springframework.boot.loader.launch.PropertiesLauncher \
 *   --url http://localhost:8080 --index data/index --queries 2000 --warmup 500 --seed 42 \
 *   --client httpcore
 * </pre>
 */
public final class SearchBenchmark {
  private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

  private static final Pattern SEARCH_DURATION = Pattern.compile("search;dur=([0-9.]+)");

  private static final Pattern PREPARE_DURATION = Pattern.compile("prepare;dur=([0-9.]+)");

  private SearchBenchmark() {}

  /** One query in both forms: API parameters and the parsed query. */
  record Sample(String parameters, JobSearchQuery query) {}

  /** The API's answer: its body and its Server-Timing header (may be null). */
  record Answer(String body, String serverTiming) {}

  public static void main(String[] args) throws Exception {
    String url = "http://localhost:8080";
    String index = "data/index";
    int queries = 2000;
    int warmup = 500;
    long seed = 42;
    String client = "httpcore";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--url" -> url = args[i + 1];
        case "--index" -> index = args[i + 1];
        case "--queries" -> queries = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--client" -> client = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    try (FSDirectory dir = FSDirectory.open(Path.of(index, SearchIndexes.POSTINGS));
        SearchClient http = SearchClient.named(client, url)) {
      run(http, dir, queries, warmup, seed, System.out);
    }
  }

  /** Runs the benchmark with the default client and prints its figures to {@code out}. */
  public static void run(
      String url, Directory postingIndex, int queries, int warmup, long seed, PrintStream out)
      throws IOException {
    try (SearchClient http = new KeptAliveConnection(url)) {
      run(http, postingIndex, queries, warmup, seed, out);
    }
  }

  /** Runs the benchmark through {@code http} and prints its figures to {@code out}. */
  static void run(
      SearchClient http,
      Directory postingIndex,
      int queries,
      int warmup,
      long seed,
      PrintStream out)
      throws IOException {
    PostingSearcher searcher = new PostingSearcher();
    try (DirectoryReader reader = DirectoryReader.open(postingIndex)) {
      IndexSearcher lucene = new IndexSearcher(reader);
      List<Sample> samples = samples(reader, queries + warmup, new SplittableRandom(seed));
      for (int i = 0; i < warmup; i++) {
        Sample s = samples.get(queries + i);
        http.search(s);
        searcher.search(lucene, s.query());
      }
      long[] httpNanos = new long[queries];
      long[] luceneNanos = new long[queries];
      long[] serverNanos = new long[queries];
      long[] prepareNanos = new long[queries];
      int mismatches = 0;
      long hits = 0;
      for (int i = 0; i < queries; i++) {
        Sample s = samples.get(i);
        // Which side runs a query first alternates: the second run of a query finds the index's
        // pages and the processor's caches warm from the first.
        Answer answer;
        JobSearchResult direct;
        if (i % 2 == 0) {
          long t0 = System.nanoTime();
          answer = http.search(s);
          long t1 = System.nanoTime();
          direct = searcher.search(lucene, s.query());
          long t2 = System.nanoTime();
          httpNanos[i] = t1 - t0;
          luceneNanos[i] = t2 - t1;
        } else {
          long t0 = System.nanoTime();
          direct = searcher.search(lucene, s.query());
          long t1 = System.nanoTime();
          answer = http.search(s);
          long t2 = System.nanoTime();
          luceneNanos[i] = t1 - t0;
          httpNanos[i] = t2 - t1;
        }
        serverNanos[i] = nanos(SEARCH_DURATION, answer.serverTiming());
        prepareNanos[i] = nanos(PREPARE_DURATION, answer.serverTiming());
        Matcher m = TOTAL.matcher(answer.body());
        if (!m.find() || Long.parseLong(m.group(1)) != direct.total()) {
          mismatches++;
        }
        hits += direct.total();
      }
      double httpP50 = percentile(httpNanos, 50);
      double httpP99 = percentile(httpNanos, 99);
      double luceneP50 = percentile(luceneNanos, 50);
      double luceneP99 = percentile(luceneNanos, 99);
      out.println("search_index_documents: " + reader.numDocs());
      out.println("search_queries: " + queries);
      out.println("search_mean_total_hits: " + (queries == 0 ? 0 : hits / queries));
      out.println("search_total_mismatches: " + mismatches);
      out.println("search_http_p50_ms: " + ms(httpP50));
      out.println("search_http_p99_ms: " + ms(httpP99));
      out.println("search_lucene_p50_ms: " + ms(luceneP50));
      out.println("search_lucene_p99_ms: " + ms(luceneP99));
      out.println("search_server_search_p50_ms: " + ms(percentile(serverNanos, 50)));
      out.println("search_server_search_p99_ms: " + ms(percentile(serverNanos, 99)));
      out.println("search_server_prepare_p50_ms: " + ms(percentile(prepareNanos, 50)));
      long[] overheadNanos = new long[queries];
      for (int i = 0; i < queries; i++) {
        overheadNanos[i] = httpNanos[i] - serverNanos[i];
      }
      out.println("search_http_overhead_p50_ms: " + ms(percentile(overheadNanos, 50)));
      out.println("search_p50_ratio: " + ratio(httpP50, luceneP50));
      out.println("search_p99_ratio: " + ratio(httpP99, luceneP99));
      out.flush();
    }
  }

  /** A blocking HTTP client that sends one query's search and returns the whole answer. */
  interface SearchClient extends Closeable {
    /** GET {@code /api/v1/jobs/search} with the sample's parameters; fails unless it is 200. */
    Answer search(Sample s) throws IOException;

    /** The client called {@code name}: {@code httpcore} or {@code jdk}. */
    static SearchClient named(String name, String url) {
      return switch (name) {
        case "httpcore" -> new KeptAliveConnection(url);
        case "jdk" -> new JdkClient(url);
        default ->
            throw new IllegalArgumentException("unknown client " + name + " (httpcore or jdk)");
      };
    }

    /** The request's path and query. */
    static String target(Sample s) {
      return "/api/v1/jobs/search?" + s.parameters();
    }

    /** The answer, or an exception with its status and body. */
    static Answer checked(int status, String body, String serverTiming, Sample s) {
      if (status != 200) {
        throw new IllegalStateException(
            "search answered " + status + " for " + s.parameters() + ": " + body);
      }
      return new Answer(body, serverTiming);
    }
  }

  /**
   * Apache HttpCore's blocking HTTP/1.1 client connection on one socket, kept alive for as long as
   * the server keeps it; opened again when the server closes it (Tomcat does after 100 requests),
   * and a request that finds a kept-alive connection closed under it is sent once more on a new one
   * (a GET can be repeated).
   */
  static final class KeptAliveConnection implements SearchClient {
    private final String host;
    private final int port;
    private final String authority;
    private DefaultBHttpClientConnection connection;

    KeptAliveConnection(String url) {
      URI u = URI.create(url);
      host = u.getHost();
      port = u.getPort() < 0 ? 80 : u.getPort();
      authority = host + ":" + port;
    }

    @Override
    public Answer search(Sample s) throws IOException {
      boolean reused = connection != null;
      try {
        return exchange(s);
      } catch (IOException e) {
        close();
        if (!reused) {
          throw e;
        }
        return exchange(s);
      }
    }

    private Answer exchange(Sample s) throws IOException {
      if (connection == null) {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        socket.connect(new InetSocketAddress(host, port), 10_000);
        // A 64 KB buffer takes a whole answer (8-10 KB) in one read when it has all arrived.
        connection =
            new DefaultBHttpClientConnection(Http1Config.custom().setBufferSize(65_536).build());
        connection.bind(socket);
      }
      BasicClassicHttpRequest request = new BasicClassicHttpRequest("GET", SearchClient.target(s));
      request.addHeader(HttpHeaders.HOST, authority);
      try {
        connection.sendRequestHeader(request);
        connection.flush();
        ClassicHttpResponse response = connection.receiveResponseHeader();
        connection.receiveResponseEntity(response);
        byte[] bytes =
            response.getEntity() == null ? null : EntityUtils.toByteArray(response.getEntity());
        String body = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        Header timing = response.getFirstHeader("Server-Timing");
        if (!DefaultConnectionReuseStrategy.INSTANCE.keepAlive(
            request, response, HttpCoreContext.create())) {
          close();
        }
        return SearchClient.checked(
            response.getCode(), body, timing == null ? null : timing.getValue(), s);
      } catch (HttpException e) {
        throw new IOException("the search's answer is not HTTP: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() throws IOException {
      if (connection != null) {
        try {
          connection.close();
        } finally {
          connection = null;
        }
      }
    }
  }

  /**
   * The JDK's {@code HttpURLConnection}, kept alive through its own cache. Blocking on purpose:
   * {@code java.net.http.HttpClient} hands every exchange between its own threads (caller,
   * selector, executor), which on a busy machine adds milliseconds of waiting for a processor to
   * the client's side of every request.
   */
  static final class JdkClient implements SearchClient {
    private final String url;

    JdkClient(String url) {
      this.url = url;
    }

    @Override
    public Answer search(Sample s) throws IOException {
      HttpURLConnection c =
          (HttpURLConnection) URI.create(url + SearchClient.target(s)).toURL().openConnection();
      c.setConnectTimeout(10_000);
      c.setReadTimeout(60_000);
      int status = c.getResponseCode();
      InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
      String body;
      try (in) {
        body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return SearchClient.checked(status, body, c.getHeaderField("Server-Timing"), s);
    }

    @Override
    public void close() {}
  }

  /**
   * Random queries like residents': half search an occupation's Chinese name or its first word, one
   * in six its English name, the rest only filter; most add a location near a random posting with a
   * radius of 2 to 20 km; some add a kind or a pay floor.
   */
  static List<Sample> samples(DirectoryReader reader, int n, SplittableRandom random)
      throws IOException {
    List<String[]> occupations = occupations();
    StoredFields stored = reader.storedFields();
    String[] kinds = {"FULL_TIME", "PART_TIME", "GIG"};
    List<Sample> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> p = new ArrayList<>();
      String[] o = occupations.get(random.nextInt(occupations.size()));
      double roll = random.nextDouble();
      String text = null;
      if (roll < 0.3) {
        text = o[1];
      } else if (roll < 0.5) {
        text = o[1].substring(0, Math.min(2, o[1].length()));
      } else if (roll < 0.67) {
        text = o[2];
      }
      String lat = null;
      String lng = null;
      String radius = null;
      if (random.nextDouble() < 0.7 && reader.maxDoc() > 0) {
        Document d = stored.document(random.nextInt(reader.maxDoc()));
        if (d.getField(PostingFields.LAT) != null) {
          double la = d.getField(PostingFields.LAT).numericValue().doubleValue();
          double ln = d.getField(PostingFields.LNG).numericValue().doubleValue();
          lat = String.format(Locale.ROOT, "%.5f", la + (random.nextDouble() - 0.5) * 0.02);
          lng = String.format(Locale.ROOT, "%.5f", ln + (random.nextDouble() - 0.5) * 0.02);
          radius = Integer.toString(2 + random.nextInt(19));
        }
      }
      String kind = random.nextDouble() < 0.3 ? kinds[random.nextInt(3)] : null;
      String payMin =
          random.nextDouble() < 0.3 ? Integer.toString(2500 + 500 * random.nextInt(9)) : null;
      add(p, "q", text);
      add(p, "lat", lat);
      add(p, "lng", lng);
      add(p, "radiusKm", radius);
      add(p, "kind", kind);
      add(p, "payMin", payMin);
      JobSearchQuery q =
          JobSearchQuery.parse(
              text, lat, lng, radius, kind, null, null, null, payMin, null, null, null, null);
      out.add(new Sample(String.join("&", p), q));
    }
    return out;
  }

  private static void add(List<String> parameters, String name, String value) {
    if (value != null) {
      parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  /** Code, Chinese name (without notes in brackets) and English name of every occupation. */
  static List<String[]> occupations() throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in =
            SearchBenchmark.class.getResourceAsStream("/reference/occupations/occupations.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",");
        if (f.length >= 3) {
          out.add(new String[] {f[0], f[1].replaceAll("（.*?）", "").strip(), f[2].strip()});
        }
      }
    }
    return out;
  }

  /** A duration of the Server-Timing header in nanoseconds, 0 when the header does not have it. */
  private static long nanos(Pattern duration, String serverTiming) {
    Matcher d = duration.matcher(serverTiming == null ? "" : serverTiming);
    return d.find() ? Math.round(Double.parseDouble(d.group(1)) * 1e6) : 0;
  }

  /** The p-th percentile (nearest rank) in nanoseconds. */
  static double percentile(long[] nanos, int p) {
    if (nanos.length == 0) {
      return 0;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static String ms(double nanos) {
    return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
  }

  private static String ratio(double a, double b) {
    return b == 0 ? "0.00" : String.format(Locale.ROOT, "%.2f", a / b);
  }
}
