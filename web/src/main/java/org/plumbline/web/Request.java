package org.plumbline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON request body: {@code {"scenario": id}} or {@code {"yaml": text, "fileName": name}}, optional
 * {@code "edits": [{"path", "value"}]}, and the fields of each endpoint.
 */
final class Request {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());
    private final JsonNode root;

    private Request(JsonNode root) {
        this.root = root;
    }

    /** The fields that name the scenario, accepted by every endpoint with a body. */
    private static final List<String> SCENARIO_FIELDS = List.of("scenario", "yaml", "fileName", "edits");

    /**
     * Parses a body whose fields are those naming the scenario and the endpoint's own.
     *
     * @throws ApiException 400 when it is not a JSON object, or has a field the endpoint does not read
     *                      (a misspelt field would otherwise be answered with its default)
     */
    static Request parse(byte[] body, String... endpointFields) {
        List<String> allowed = new ArrayList<>(SCENARIO_FIELDS);
        allowed.addAll(List.of(endpointFields));
        return withFields(object(body), allowed);
    }

    /**
     * Parses the body of an endpoint that reads no scenario: only its own fields.
     *
     * @throws ApiException 400 as {@link #parse}; a scenario field is refused too, not ignored
     */
    static Request parseWithoutScenario(byte[] body, String... endpointFields) {
        return withFields(object(body), List.of(endpointFields));
    }

    private static Request withFields(Request q, List<String> allowed) {
        for (java.util.Iterator<String> it = q.root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                String near = org.plumbline.io.Suggest.nearest(name, allowed);
                throw ApiException.badRequest("unknown field \"" + name + "\" (expected one of " + String.join(", ", allowed)
                        + (near == null ? ")" : "; did you mean \"" + near + "\"?)"));
            }
        }
        return q;
    }

    private static Request object(byte[] body) {
        if (body.length == 0) {
            throw ApiException.badRequest("expected a JSON object body, found an empty body");
        }
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("expected a JSON object body, found text that is not JSON ("
                    + firstLine(e.getMessage()) + ")");
        }
        if (n == null || !n.isObject()) {
            throw ApiException.badRequest("expected a JSON object body, found " + (n == null ? "nothing" : n.getNodeType()
                    .toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return new Request(n);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int i = s.indexOf('\n');
        String line = i < 0 ? s : s.substring(0, i);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /** A string field, or null when absent. @throws ApiException when present but not a string */
    String text(String name) {
        JsonNode v = root.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest(name + ": expected a string, found " + v.getNodeType().toString()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        return v.asText();
    }

    /** A required string field. */
    String required(String name) {
        String s = text(name);
        if (s == null || s.isBlank()) {
            throw ApiException.badRequest(name + ": expected a string, found nothing");
        }
        return s;
    }

    /** A number field, or the default. */
    double number(String name, double defaultValue) {
        JsonNode v = root.get(name);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw ApiException.badRequest(name + ": expected a number, found " + v);
        }
        return v.asDouble();
    }

    /** A boolean field, or the default. */
    boolean flag(String name, boolean defaultValue) {
        JsonNode v = root.get(name);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        if (!v.isBoolean()) {
            throw ApiException.badRequest(name + ": expected true or false, found " + v);
        }
        return v.asBoolean();
    }

    /** The edits, in order. */
    List<Edit> edits() {
        JsonNode v = root.get("edits");
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw ApiException.badRequest("edits: expected an array of {\"path\", \"value\"}");
        }
        List<Edit> out = new ArrayList<>();
        for (JsonNode e : v) {
            JsonNode p = e.get("path");
            JsonNode x = e.get("value");
            if (p == null || !p.isTextual() || x == null || x.isNull() || e.size() != 2) {
                throw ApiException.badRequest("edits[" + out.size() + "]: expected {\"path\": text, \"value\": ...}, found "
                        + abbreviate(e.toString()));
            }
            out.add(new Edit(p.asText(), value(x)));
        }
        return out;
    }

    private static Object value(JsonNode x) {
        if (x.isNumber()) {
            return x.asDouble();
        }
        if (x.isBoolean()) {
            return x.asBoolean();
        }
        if (x.isTextual()) {
            return x.asText();
        }
        if (x.isArray()) {
            List<Object> l = new ArrayList<>();
            x.forEach(i -> l.add(i.isNumber() ? (Object) i.asDouble() : i.toString()));
            return l;
        }
        return Map.of("object", x.toString());
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }

    /** The scenario the request names, read and edited. */
    ScenarioInput scenario() {
        return ScenarioInput.read(text("scenario"), text("yaml"), text("fileName"), edits());
    }
}
