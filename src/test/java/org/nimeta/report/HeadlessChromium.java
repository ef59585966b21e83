package org.nimeta.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium driven over the DevTools protocol (a WebSocket of JSON messages): opens a
 * page, collects what its console reports as errors, evaluates expressions in it and takes a
 * screenshot. Only the JDK's HTTP client and Jackson; the browser is Debian's {@code chromium}.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(120);

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
  private volatile CountDownLatch loaded = new CountDownLatch(1);

  private HeadlessChromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** The browser on this machine: the first of Debian's and Ubuntu's names on the PATH, or null. */
  static Path find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  static HeadlessChromium start(Path browser, Path profile) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless=new", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "--disable-gpu", "--no-first-run", "--no-default-browser-check",
        "--window-size=1300,1000", "about:blank"));
    if ("root".equals(System.getProperty("user.name"))) {
      command.add(1, "--no-sandbox"); // Chromium refuses to run as root with its sandbox
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IOException("Chromium did not start; see " + profile.resolveSibling("chromium.log"));
      }
      Thread.sleep(100);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
    HttpClient http = HttpClient.newHttpClient();
    String pageSocket = null;
    for (JsonNode target : JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body())) {
      if (target.path("type").asText().equals("page")) {
        pageSocket = target.path("webSocketDebuggerUrl").asText();
      }
    }
    if (pageSocket == null) {
      process.destroyForcibly();
      throw new IOException("Chromium shows no page to drive");
    }
    HeadlessChromium[] self = new HeadlessChromium[1];
    WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
      private final StringBuilder message = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        message.append(data);
        if (last) {
          self[0].received(message.toString());
          message.setLength(0);
        }
        ws.request(1);
        return null;
      }
    }).join();
    self[0] = new HeadlessChromium(process, socket);
    for (String domain : List.of("Runtime", "Log", "Page")) {
      self[0].call(domain + ".enable", JSON.createObjectNode());
    }
    return self[0];
  }

  private void received(String text) {
    try {
      JsonNode m = JSON.readTree(text);
      if (m.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
        if (f != null) {
          f.complete(m);
        }
        return;
      }
      String method = m.path("method").asText();
      JsonNode p = m.path("params");
      switch (method) {
        case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
        case "Runtime.consoleAPICalled" -> {
          if (p.path("type").asText().equals("error")) {
            errors.add("console.error: " + p.path("args"));
          }
        }
        case "Log.entryAdded" -> {
          if (p.path("entry").path("level").asText().equals("error")) {
            errors.add("log: " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
          }
        }
        case "Page.loadEventFired" -> loaded.countDown();
        default -> { }
      }
    } catch (IOException e) {
      errors.add("unreadable DevTools message: " + e.getMessage());
    }
  }

  /** Sends one command and waits for its answer's {@code result}. */
  JsonNode call(String method, ObjectNode params) throws IOException {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode m = JSON.createObjectNode().put("id", id).put("method", method);
    m.set("params", params);
    socket.sendText(JSON.writeValueAsString(m), true).join();
    JsonNode reply;
    try {
      reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException(method + " got no answer", e);
    }
    if (reply.has("error")) {
      throw new IOException(method + ": " + reply.get("error"));
    }
    return reply.get("result");
  }

  /** Opens {@code page} and waits until it has loaded (images decoded, as the load event waits for them). */
  void open(Path page) throws IOException, InterruptedException {
    loaded = new CountDownLatch(1);
    call("Page.navigate", JSON.createObjectNode().put("url", page.toUri().toString()));
    if (!loaded.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
      throw new IOException(page + " did not finish loading");
    }
  }

  /** The value of a JavaScript expression in the page, as JSON. */
  JsonNode evaluate(String expression) throws IOException {
    JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IOException("the page could not evaluate " + expression + ": " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** A PNG of the whole page (up to {@code maxHeight} CSS pixels), {@code width} pixels wide. */
  byte[] screenshot(int width, int maxHeight) throws IOException {
    JsonNode size = call("Page.getLayoutMetrics", JSON.createObjectNode()).path("cssContentSize");
    ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", width)
        .put("height", Math.min(maxHeight, size.path("height").asDouble())).put("scale", 1);
    ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
    params.set("clip", clip);
    return Base64.getDecoder().decode(call("Page.captureScreenshot", params).path("data").asText());
  }

  /** What the page reported as errors so far: exceptions, {@code console.error}, failed loads, refused requests. */
  List<String> errors() {
    return List.copyOf(errors);
  }

  @Override
  public void close() {
    try {
      call("Browser.close", JSON.createObjectNode());
    } catch (IOException e) {
      // it is being killed below anyway
    }
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
