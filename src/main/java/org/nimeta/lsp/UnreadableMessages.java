package org.nimeta.lsp;

import com.google.gson.JsonParseException;
import java.io.Reader;
import java.util.Map;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageConstants;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Reads messages as LSP4J does, except that a body whose id cannot be read (it is not JSON at all)
 * is answered, as JSON-RPC 2.0 asks, with a parse error whose {@code id} is null: LSP4J alone
 * only logs it, and a client waiting for an answer would wait for ever.
 */
final class UnreadableMessages extends MessageJsonHandler {
  UnreadableMessages(Map<String, JsonRpcMethod> supportedMethods) {
    super(supportedMethods);
  }

  @Override
  public Message parseMessage(Reader input) {
    try {
      return super.parseMessage(input);
    } catch (MessageIssueException e) {
      throw e; // its id was read: LSP4J answers it
    } catch (JsonParseException e) {
      RequestMessage unknown = new RequestMessage(); // no id: the reply's is null
      unknown.setJsonrpc(MessageConstants.JSONRPC_VERSION);
      throw new MessageIssueException(unknown,
          new MessageIssue("Parse error: the message is not JSON.", ResponseErrorCode.ParseError.getValue(), e));
    }
  }
}
