package org.nimeta.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bytes an editor (or anything on the other end of the pipe) might send that are not valid
 * requests: the server answers each with a JSON-RPC error, keeps serving, and prints no stack trace.
 */
class MalformedMessagesTest {
  private static final long TIMEOUT_SECONDS = 20;

  @Test
  void malformedJsonAndUnknownMethodsGetJsonRpcErrors() throws Exception {
    String input = frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}")
        + frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":")
        + frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"nimeta/noSuchMethod\",\"params\":{}}")
        + frame("{\"jsonrpc\":\"2.0\",\"method\":\"nimeta/noSuchNotification\",\"params\":{}}")
        + frame("this is not json")
        + frame("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"shutdown\"}")
        + frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
    ByteArrayOutputStream protocol = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream realErr = System.err;
    int exit;
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      exit = CompletableFuture.supplyAsync(() -> {
        try {
          return NimetaLanguageServer.serve(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), protocol);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } finally {
      System.setErr(realErr);
    }
    String answers = protocol.toString(StandardCharsets.UTF_8);
    String printed = stderr.toString(StandardCharsets.UTF_8);
    assertTrue(answers.matches("(?s).*\"id\":\"?2\"?,\"error\":\\{\"code\":-32700.*"), answers);
    assertTrue(answers.matches("(?s).*\"id\":\"?3\"?,\"error\":\\{\"code\":-32601.*"), answers);
    // "this is not json" has no id to answer to: JSON-RPC 2.0 answers it with a null id
    assertTrue(answers.matches("(?s).*\"id\":null,\"error\":\\{\"code\":-32700.*"), answers);
    assertTrue(answers.matches("(?s).*\"id\":\"?4\"?,\"result\".*"), "still serving after the bad messages: " + answers);
    assertEquals(0, exit, answers);
    assertFalse(printed.contains("\tat ") || printed.contains("Exception"), printed);
  }

  private static String frame(String body) {
    return "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
  }
}
