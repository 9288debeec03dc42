package org.accountabilitygraph.server;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a web page can do with the Bolt port: open a WebSocket (with its own Origin), speak Bolt 5.0
 * and say HELLO with credentials. Just enough PackStream for that: a struct of a map of strings.
 */
final class BoltOverWebSocket implements AutoCloseable {

	/** Bolt's answers to HELLO: SUCCESS and FAILURE. */
	static final int SUCCESS = 0x70;
	static final int FAILURE = 0x7F;

	private final WebSocket socket;
	private final LinkedBlockingQueue<byte[]> received;

	private BoltOverWebSocket(WebSocket socket, LinkedBlockingQueue<byte[]> received) {
		this.socket = socket;
		this.received = received;
	}

	static BoltOverWebSocket open(int boltPort, String origin) throws Exception {
		var received = new LinkedBlockingQueue<byte[]>();
		var listener = new WebSocket.Listener() {
			private final ByteArrayOutputStream message = new ByteArrayOutputStream();

			@Override
			public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
				var bytes = new byte[data.remaining()];
				data.get(bytes);
				message.writeBytes(bytes);
				if (last) {
					received.add(message.toByteArray());
					message.reset();
				}
				webSocket.request(1);
				return CompletableFuture.completedFuture(null);
			}
		};
		var socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin)
			.connectTimeout(Duration.ofSeconds(10))
			.buildAsync(URI.create("ws://localhost:" + boltPort), listener).get(10, TimeUnit.SECONDS);
		return new BoltOverWebSocket(socket, received);
	}

	private byte[] next() throws InterruptedException {
		var frame = received.poll(10, TimeUnit.SECONDS);
		if (frame == null) {
			throw new AssertionError("no answer from the Bolt port within 10 s");
		}
		return frame;
	}

	/** Offers Bolt 5.0 only, so that HELLO carries the credentials; returns the version agreed. */
	int handshake() throws Exception {
		send(new byte[] { 0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
		var answer = next();
		return answer[3];
	}

	/** Sends HELLO with these auth fields and returns the answer's signature ({@link #SUCCESS} or {@link #FAILURE}). */
	int hello(Map<String, String> auth) throws Exception {
		var fields = new LinkedHashMap<String, String>();
		fields.put("user_agent", "probe/1.0");
		fields.putAll(auth);
		var message = new ByteArrayOutputStream();
		message.write(0xB1); // a struct of one field
		message.write(0x01); // HELLO
		message.write(0xA0 | fields.size());
		for (var field : fields.entrySet()) {
			string(message, field.getKey());
			string(message, field.getValue());
		}
		var body = message.toByteArray();
		var chunk = new ByteArrayOutputStream();
		chunk.write(body.length >> 8);
		chunk.write(body.length & 0xFF);
		chunk.writeBytes(body);
		chunk.write(0);
		chunk.write(0);
		send(chunk.toByteArray());
		var answer = next();
		return answer[3] & 0xFF; // two bytes of chunk length, the struct marker, then the signature
	}

	private static void string(ByteArrayOutputStream out, String value) {
		var bytes = value.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < 16) {
			out.write(0x80 | bytes.length);
		}
		else {
			out.write(0xD0);
			out.write(bytes.length);
		}
		out.writeBytes(bytes);
	}

	private void send(byte[] bytes) throws Exception {
		socket.sendBinary(ByteBuffer.wrap(bytes), true).get(10, TimeUnit.SECONDS);
	}

	@Override
	public void close() {
		socket.abort();
	}
}
