package org.plumbline.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One real server on a free loopback port, shared by the test classes of this module (assessing the
 * default scenario cold takes tens of seconds; the browser and load tests reuse its warm assessor).
 */
final class TestServer {
    /** The time limit of the shared server: generous, a loaded CI machine is slow on the first assessment. */
    static final Duration TIME_LIMIT = Duration.ofMinutes(5);
    private static PlumblineServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer() {
    }

    static synchronized PlumblineServer get() {
        if (server == null) {
            server = PlumblineServer.start(PlumblineServer.Options.defaults("test").withPort(0).withWarmUp(false)
                    .withTimeLimit(TIME_LIMIT));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    static String url(String path) {
        return "http://127.0.0.1:" + get().port() + path;
    }

    /** A response: status, content type, body text and headers. */
    record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        /** A header's first value, or "". */
        String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    static Response get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    static Response post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    static Response send(HttpRequest r) throws IOException, InterruptedException {
        HttpResponse<String> res = CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""), res.body(),
                res.headers());
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
