package org.plumbline.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.plumbline.io.JsonWriter;

/**
 * Errors Jetty answers itself, before a request reaches the API (a malformed or ambiguous path such
 * as {@code /../etc/passwd}, a header too large): the same JSON error object as the API's, never
 * Jetty's HTML page or a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
    JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String text = "the server refused the request (HTTP " + code + (message == null || message.isBlank() ? ""
                : ": " + message.replaceAll("[^\\x20-\\x7e]", "?")) + ")";
        byte[] body = new JsonWriter().beginObject().name("error").value(text).name("problems").beginArray().endArray()
                .endObject().toString().getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
