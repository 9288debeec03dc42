package org.accountabilitygraph.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP over a plain socket, for requests a real client refuses to send ({@code %zz}, a raw
 * {@code %00}, an 8 KB request line): the request target goes on the wire byte for byte.
 */
final class RawHttp {

	private static final ObjectMapper JSON = new ObjectMapper();

	record Response(int status, String contentType, String body) {

		JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		boolean isProblem() {
			return contentType.startsWith("application/problem+json");
		}
	}

	private RawHttp() {
	}

	/** GET {@code target} (sent as given, UTF-8) with extra header lines. */
	static Response get(int port, String target, String... headers) {
		try (var socket = new Socket("localhost", port)) {
			socket.setSoTimeout(60_000);
			var request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
			for (var header : headers) {
				request.append(header).append("\r\n");
			}
			socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
			var raw = socket.getInputStream().readAllBytes();
			// The head is ASCII, so in ISO-8859-1 its characters and bytes line up.
			var text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			var head = text.substring(0, end).split("\r\n");
			var contentType = "";
			var chunked = false;
			for (var line : head) {
				var lower = line.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-type:")) {
					contentType = line.substring("content-type:".length()).strip();
				}
				chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
			}
			var body = new ByteArrayOutputStream();
			if (!chunked) {
				body.write(raw, end + 4, raw.length - end - 4);
			}
			else {
				for (int i = end + 4;;) {
					int lineEnd = text.indexOf("\r\n", i);
					int size = Integer.parseInt(text.substring(i, lineEnd).split(";")[0].strip(), 16);
					if (size == 0) {
						break;
					}
					body.write(raw, lineEnd + 2, size);
					i = lineEnd + 2 + size + 2;
				}
			}
			return new Response(Integer.parseInt(head[0].split(" ")[1]), contentType, body.toString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
