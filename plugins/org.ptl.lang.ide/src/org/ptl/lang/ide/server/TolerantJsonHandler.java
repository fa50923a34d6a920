package org.ptl.lang.ide.server;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads JSON-RPC messages so that a broken one is answered, as JSON-RPC 2.0 asks, instead of only
 * logged: text that is not JSON gets a "parse error" response (-32700), JSON that is no message an
 * "invalid request" (-32600), both with the request's id when it can still be read from the text,
 * else with a null id. LSP4J alone drops such messages, and a client waiting for its answer would
 * wait forever. The server reads on.
 */
final class TolerantJsonHandler extends MessageJsonHandler {

	private static final int PARSE_ERROR = ResponseErrorCode.ParseError.getValue();

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(-?\\d{1,9}|\"((?:[^\"\\\\]|\\\\.)*)\")");

	TolerantJsonHandler(Map<String, JsonRpcMethod> methods, Consumer<GsonBuilder> configureGson) {
		super(methods, configureGson == null ? gson -> {
		} : configureGson);
	}

	@Override
	public Message parseMessage(Reader input) {
		String text = read(input);
		try {
			return super.parseMessage(new StringReader(text));
		} catch (MessageIssueException located) {
			if (located.getIssues().stream().noneMatch(issue -> issue.getIssueCode() == PARSE_ERROR)) {
				throw located; // a message with wrong parts: LSP4J answers it as it should
			}
			throw broken(text, located.getIssues().get(0).getText());
		} catch (JsonParseException | IllegalStateException | ClassCastException | UnsupportedOperationException
				| NumberFormatException notAMessage) {
			throw broken(text, notAMessage.getMessage());
		}
	}

	private static MessageIssueException broken(String text, String detail) {
		boolean json = isJson(text);
		String what = json ? "Invalid request: not a JSON-RPC message" : "Parse error: the message is not JSON";
		return new MessageIssueException(requestWithIdOf(text), new MessageIssue(
				what + (detail == null ? "" : " (" + detail.lines().findFirst().orElse("") + ")"),
				json ? ResponseErrorCode.InvalidRequest.getValue() : PARSE_ERROR));
	}

	/** A stand-in for the request the text meant, carrying its id when the text still shows one. */
	private static RequestMessage requestWithIdOf(String text) {
		RequestMessage request = new RequestMessage();
		request.setJsonrpc("2.0");
		Matcher id = ID.matcher(text);
		if (id.find()) {
			if (id.group(2) != null) {
				request.setId(id.group(2));
			} else {
				request.setId(Integer.parseInt(id.group(1)));
			}
		}
		return request;
	}

	private static boolean isJson(String text) {
		try {
			JsonParser.parseString(text);
			return true;
		} catch (JsonParseException notJson) {
			return false;
		}
	}

	private static String read(Reader input) {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[8192];
		try {
			for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
				text.append(buffer, 0, read);
			}
		} catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return text.toString();
	}
}
