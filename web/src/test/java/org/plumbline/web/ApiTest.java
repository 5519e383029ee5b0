package org.plumbline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The JSON API against a real server on a free loopback port: answers, limits and errors. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REDZIKOWO = "systems.nato-bmd.sites.redzikowo";
    private static final String BROKEN = "plumbline: 1\nid: broken\ntitle: Broken\nparties: {nato: {name: NATO}}\n"
            + "systems:\n  nato-bmd:\n    party: nato\n    sites:\n"
            + "      deveselu: {at: deveselu, interceptor: sm3-iaa, count: 24}\n";

    private static JsonNode json(TestServer.Response r) throws IOException {
        assertTrue(r.contentType().startsWith("application/json") || r.contentType().startsWith("application/geo+json"),
                r.contentType());
        return JSON.readTree(r.body());
    }

    private static void assertError(TestServer.Response r, int status) throws IOException {
        assertEquals(status, r.status(), r.body());
        JsonNode n = json(r);
        assertTrue(n.get("error").isTextual() && !n.get("error").asText().isBlank(), r.body());
        assertTrue(n.get("problems").isArray(), r.body());
        assertFalse(r.body().contains("at org.") || r.body().contains("Exception"), "no stack trace: " + r.body());
    }

    @Test
    void versionScenariosAndCatalog() throws Exception {
        JsonNode v = json(TestServer.get("/api/version"));
        assertEquals("test", v.get("plumbline").asText());
        assertTrue(v.get("attribution").asText().contains("GeoNames"));
        JsonNode list = json(TestServer.get("/api/scenarios"));
        assertEquals("epaa-phase-3", list.get("default").asText());
        List<String> ids = new ArrayList<>();
        list.get("scenarios").forEach(s -> ids.add(s.get("id").asText()));
        assertTrue(ids.containsAll(List.of("epaa-phase-1", "epaa-phase-3", "two-systems")), ids.toString());
        JsonNode p3 = json(TestServer.get("/api/scenarios/epaa-phase-3"));
        assertTrue(p3.get("yaml").asText().startsWith("plumbline: 1\nid: epaa-phase-3"));
        JsonNode site = p3.get("scenario").get("systems").get(0).get("sites").get(1);
        assertEquals("redzikowo", site.get("id").asText());
        assertEquals(4500.0, site.get("burnoutSpeedMps").asDouble());
        assertEquals(54.48, site.get("latDeg").asDouble(), 0.01);
        JsonNode catalog = json(TestServer.get("/api/catalog"));
        assertTrue(catalog.get("interceptors").has("sm3-iia"));
        assertTrue(catalog.get("places").has("redzikowo"));
        assertError(TestServer.get("/api/scenarios/epaa-phase-9"), 404);
    }

    @Test
    void checkGivesTheScenarioOrEveryProblem() throws Exception {
        JsonNode ok = json(TestServer.post("/api/check", "{\"scenario\":\"two-systems\"}"));
        assertTrue(ok.get("valid").asBoolean());
        assertEquals(2, ok.get("scenario").get("dataExchange").size());
        TestServer.Response bad = TestServer.post("/api/check", "{\"yaml\":" + TestServer.quote(BROKEN)
                + ",\"fileName\":\"../secret/broken.yaml\"}");
        assertError(bad, 422);
        JsonNode p = json(bad).get("problems").get(0);
        assertEquals("broken.yaml", p.get("file").asText());
        assertEquals(9, p.get("line").asInt());
        assertEquals("systems.nato-bmd.sites.deveselu.interceptor", p.get("path").asText());
        assertTrue(p.get("message").asText().contains("found \"sm3-iaa\" (did you mean \"sm3-ia\"?)"), p.toString());
        // An upload may include built-ins but not files of this machine.
        TestServer.Response include = TestServer.post("/api/check", "{\"yaml\":" + TestServer.quote(
                "plumbline: 1\nid: x\ntitle: x\ninclude: [/etc/passwd]\n") + "}");
        assertError(include, 422);
        assertTrue(include.body().contains("this reader does not open files"), include.body());
        assertFalse(include.body().contains("root:"), include.body());
    }

    @Test
    void editsAreAppliedCheckedAndExportedAsYaml() throws Exception {
        String edits = "\"edits\":[{\"path\":\"" + REDZIKOWO + ".interceptor.burnout-speed\",\"value\":5500},"
                + "{\"path\":\"systems.nato-bmd.sites.med-ship.position\",\"value\":[56.5,3.0]},"
                + "{\"path\":\"systems.nato-bmd.sites.deveselu.enabled\",\"value\":false},"
                + "{\"path\":\"systems.nato-bmd.delays.detection-to-decision\",\"value\":30}]";
        JsonNode s = json(TestServer.post("/api/check", "{\"scenario\":\"epaa-phase-3\"," + edits + "}")).get("scenario");
        JsonNode system = s.get("systems").get(0);
        assertEquals(30.0, system.get("delays").get("detectionToDecisionS").asDouble());
        List<String> sites = new ArrayList<>();
        system.get("sites").forEach(x -> sites.add(x.get("id").asText()));
        assertEquals(List.of("redzikowo", "med-ship"), sites);
        assertEquals(5500.0, system.get("sites").get(0).get("burnoutSpeedMps").asDouble());
        assertEquals("sea", system.get("sites").get(1).get("kind").asText());
        assertEquals(56.5, system.get("sites").get(1).get("latDeg").asDouble(), 1e-9);
        TestServer.Response yaml = TestServer.post("/api/export/yaml", "{\"scenario\":\"epaa-phase-3\"," + edits + "}");
        assertEquals(200, yaml.status());
        assertTrue(yaml.body().contains("burnout-speed: 5500 m/s"), yaml.body());
        assertFalse(yaml.body().contains("deveselu:\n      at"), "the switched-off site is gone");
        // The exported document reads back as the same scenario.
        JsonNode again = json(TestServer.post("/api/check", "{\"yaml\":" + TestServer.quote(yaml.body()) + "}"));
        assertEquals(s.toString(), again.get("scenario").toString());
    }

    @Test
    void aDataExchangeLinkSwitchedOffLeavesAConsistentScenario() throws Exception {
        // two-systems has two links and a margin on data-exchange[1].latency: switching link 0 off
        // renumbers that margin to data-exchange[0]; switching link 1 off drops it.
        String off0 = "{\"scenario\":\"two-systems\",\"edits\":[{\"path\":\"data-exchange[0].enabled\",\"value\":false},"
                + "{\"path\":\"data-exchange[1].latency\",\"value\":25}]}";
        JsonNode s = json(TestServer.post("/api/check", off0)).get("scenario");
        assertEquals(1, s.get("dataExchange").size());
        assertEquals("russia-bmd", s.get("dataExchange").get(0).get("from").asText());
        assertEquals(25.0, s.get("dataExchange").get(0).get("latencyS").asDouble());
        String yaml = TestServer.post("/api/export/yaml", off0).body();
        assertTrue(yaml.contains("- data-exchange[0].latency") && !yaml.contains("data-exchange[1]"), yaml);
        JsonNode none = json(TestServer.post("/api/check", "{\"scenario\":\"two-systems\",\"edits\":["
                + "{\"path\":\"data-exchange[1].enabled\",\"value\":false},{\"path\":\"data-exchange[0].enabled\","
                + "\"value\":false}]}"));
        assertEquals(0, none.get("scenario").get("dataExchange").size());
    }

    @Test
    void badEditsAndBadRequestsAreExplained() throws Exception {
        assertError(TestServer.post("/api/check", "{\"scenario\":\"epaa-phase-3\",\"edits\":[{\"path\":\"systems.nato-bmd"
                + ".sites.nowhere.interceptor.burnout-speed\",\"value\":5000}]}"), 400);
        assertError(TestServer.post("/api/check", "{\"scenario\":\"epaa-phase-3\",\"edits\":[{\"path\":\"title\","
                + "\"value\":\"x\"}]}"), 400);
        TestServer.Response tooFast = TestServer.post("/api/check", "{\"scenario\":\"epaa-phase-3\",\"edits\":[{\"path\":\""
                + REDZIKOWO + ".interceptor.burnout-speed\",\"value\":50000}]}");
        assertError(tooFast, 422);
        assertTrue(tooFast.body().contains("edited.yaml:"), tooFast.body());
        assertError(TestServer.post("/api/check", "not json"), 400);
        assertError(TestServer.post("/api/check", "[1,2]"), 400);
        assertError(TestServer.post("/api/check", "{}"), 400);
        assertError(TestServer.post("/api/check", "{\"scenario\":\"epaa-phase-3\",\"yaml\":\"x\"}"), 400);
        assertError(TestServer.post("/api/engage", "{\"scenario\":\"epaa-phase-3\",\"launch\":\"semnan\","
                + "\"target\":\"bucharest\",\"missile\":\"shahab-33\"}"), 400);
        // A misspelt field is refused with a suggestion, never answered with the default it would replace.
        TestServer.Response misspelt = TestServer.post("/api/trajectory", "{\"missile\":\"range=3000km\","
                + "\"from\":\"35.235,53.921\",\"to\":\"44.077,24.416\",\"shap\":\"lofted:1000km\"}");
        assertError(misspelt, 400);
        assertTrue(json(misspelt).get("error").asText().contains("did you mean \"shape\""), misspelt.body());
        // Fields an endpoint does not read are refused there too: a scenario for the trajectory (which
        // flies over no scenario), a misspelt field for check and the YAML export (which read only the
        // scenario).
        assertError(TestServer.post("/api/trajectory", "{\"scenario\":\"epaa-phase-3\",\"missile\":\"range=3000km\","
                + "\"from\":\"35.235,53.921\",\"to\":\"44.077,24.416\"}"), 400);
        assertError(TestServer.post("/api/check", "{\"scenario\":\"epaa-phase-3\",\"margins\":true}"), 400);
        assertError(TestServer.post("/api/export/yaml", "{\"scenario\":\"epaa-phase-3\",\"edit\":[]}"), 400);
        assertError(TestServer.post("/api/check", "{\"scenario\":\"epaa-phase-3\",\"edits\":[{\"path\":\""
                + REDZIKOWO + ".interceptor.burnout-speed\",\"value\":5000,\"vlaue\":1}]}"), 400);
        // A YAML tag the reader lets through but the edits' plain load refuses: a 400 naming the line, not a 500.
        String yaml = json(TestServer.get("/api/scenarios/epaa-phase-3")).get("yaml").asText()
                .replaceFirst("(?m)^title: .*$", "title: !foo \"tagged\"");
        TestServer.Response tagged = TestServer.post("/api/check", "{\"yaml\":" + TestServer.quote(yaml)
                + ",\"edits\":[{\"path\":\"" + REDZIKOWO + ".interceptor.burnout-speed\",\"value\":5000}]}");
        assertError(tagged, 400);
        assertTrue(json(tagged).get("error").asText().contains("line "), tagged.body());
    }

    @Test
    void limitsAndStaticFiles() throws Exception {
        // A body larger than the server accepts is refused on its declared length, before any of it
        // is read: the request is written on a socket with only the body's first bytes (a client
        // that sends all 3 MB at once races the server's close and sometimes loses the answer).
        String big = raw("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + ((3 << 20) + 11) + "\r\nConnection: close\r\n\r\n{\"yaml\":\"####");
        assertTrue(big.startsWith("HTTP/1.1 413") && big.contains("\"error\"") && big.contains("at most"), big);
        assertFalse(big.contains("at org.") || big.contains("Exception"), "no stack trace: " + big);
        // A body that ends before its declared length (the client stopped sending) is the client's
        // error, answered 400, not an internal one.
        String cut = rawHalfClosed("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\nConnection: close\r\n\r\n{\"yaml\":\"id: x");
        assertTrue(cut.startsWith("HTTP/1.1 400") && cut.contains("ended before its declared length"), cut);
        assertError(TestServer.get("/no/such/page"), 404);
        assertError(TestServer.get("/api/nothing"), 404);
        assertError(TestServer.get("/vendor/leaflet/../../org/plumbline/io/data/cities.csv"), 404);
        assertError(TestServer.get("/WEB-INF/web.xml"), 404);
        // A literal /../ is refused by the HTTP parser itself (400), still as a JSON error.
        TestServer.Response up = TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.url("/%2e%2e/%2e%2e/etc/passwd")))
                .GET().build());
        assertEquals(400, up.status(), up.body());
        assertFalse(up.body().contains("root:"));
        // A GET on a POST-only route: Javalin answers 404 (no route for that method), as a JSON error.
        assertError(TestServer.get("/api/assess"), 404);
        TestServer.Response page = TestServer.get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("/vendor/leaflet/leaflet.js"));
        assertFalse(page.body().contains("https://unpkg") || page.body().contains("cdn"), "no CDN");
        TestServer.Response leaflet = TestServer.get("/vendor/leaflet/leaflet.js");
        assertEquals(200, leaflet.status());
        assertTrue(leaflet.body().contains("Leaflet 1.9.4"));
        assertEquals(200, TestServer.get("/data/countries-50m.geojson").status());
        // DNS rebinding: a request naming another host is refused by a loopback server.
        String rebound = raw("GET /api/version HTTP/1.1\r\nHost: evil.example:" + TestServer.get().port()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(rebound.startsWith("HTTP/1.1 403") && rebound.contains("\"error\""), rebound);
        // A literal /../ as a client may send it, unnormalised.
        String dots = raw("GET /../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertTrue(dots.startsWith("HTTP/1.1 400") || dots.startsWith("HTTP/1.1 404"), dots);
        assertTrue(dots.contains("\"error\"") && !dots.contains("root:"), dots);
        assertTrue(PlumblineServer.localHost("localhost:8080") && PlumblineServer.localHost("[::1]:8080")
                && !PlumblineServer.localHost("127.0.0.1.evil.example"));
    }

    /** As {@link #raw}, the socket's output shut after the request (the client sends nothing more). */
    private static String rawHalfClosed(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", TestServer.get().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A request written byte for byte on a socket (no client normalises its path or headers); the whole answer. */
    private static String raw(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", TestServer.get().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void engageAndTrajectoryAnswer() throws Exception {
        JsonNode e = json(TestServer.post("/api/engage", "{\"scenario\":\"epaa-phase-3\",\"launch\":\"semnan\","
                + "\"target\":\"bucharest\",\"missile\":\"iran-irbm-liquid\"}"));
        assertTrue(e.get("trajectory").get("reachable").asBoolean());
        assertEquals(3, e.get("sites").size());
        JsonNode t = json(TestServer.post("/api/trajectory", "{\"missile\":\"range=3000km\",\"from\":\"35.235,53.921\","
                + "\"to\":\"44.077,24.416\"}"));
        assertTrue(t.get("reachable").asBoolean());
        assertTrue(t.get("samples").size() > 10, t.toString());
        JsonNode far = json(TestServer.post("/api/trajectory", "{\"missile\":\"range=1000km\",\"from\":\"35.235,53.921\","
                + "\"to\":\"44.077,24.416\"}"));
        assertFalse(far.get("reachable").asBoolean());
    }

    @Test
    void layersAndTimelinesKeepNonAsciiNames() throws Exception {
        String scenario = "\"scenario\":\"epaa-phase-3\",\"margins\":false";
        TestServer.Response layers = TestServer.post("/api/layers", "{" + scenario + "}");
        assertEquals(200, layers.status(), layers.body());
        assertTrue(layers.contentType().contains("charset=utf-8"), layers.contentType());
        JsonNode track = null;
        for (JsonNode f : json(layers).get("features")) {
            JsonNode p = f.get("properties");
            if (p.get("kind").asText().equals("threat-track") && p.get("engageable").asBoolean()
                    && !p.get("threat").asText().matches("\\p{ASCII}*")) {
                track = p;
                break;
            }
        }
        assertTrue(track != null, "an engageable track to a city with a non-ASCII name");
        JsonNode t = json(TestServer.post("/api/threat", "{" + scenario + ",\"threatSet\":" + TestServer.quote(
                track.get("threatSet").asText()) + ",\"threat\":" + TestServer.quote(track.get("threat").asText()) + "}"));
        assertEquals(track.get("threat").asText(), t.get("threat").asText());
        assertTrue(t.get("engageable").asBoolean());
        assertTrue(t.get("samples").size() > 20);
        // The exports of the same assessment: the report as one self-contained page, the layers as GeoJSON.
        TestServer.Response html = TestServer.post("/api/export/html", "{" + scenario + "}");
        assertEquals(200, html.status());
        assertTrue(html.contentType().startsWith("text/html"), html.contentType());
        assertTrue(html.body().startsWith("<!DOCTYPE html>") && html.body().contains("epaa-phase-3"));
        assertFalse(html.body().contains("<script src=") || html.body().contains("<link rel=\"stylesheet\" href="),
                "self-contained");
        TestServer.Response geo = TestServer.post("/api/export/geojson", "{" + scenario + "}");
        assertEquals(layers.body(), geo.body());
        TestServer.Response none = TestServer.post("/api/threat", "{" + scenario + ",\"threatSet\":\"x\",\"threat\":\"y\"}");
        assertError(none, 404);
        assertTrue(json(none).get("error").asText().startsWith("no threat \"y\""), none.body());
    }

    /**
     * The defended-area map: the contours of {@code plumbline footprint} (one short-range missile on a
     * 2 deg grid, a few seconds), byte for byte the shared function's output on an assessor of its own;
     * a grid under 1 deg and an unknown launch area are refused.
     */
    @Test
    void footprintIsTheCommandsDefendedAreaMap() throws Exception {
        String body = "{\"scenario\":\"epaa-phase-3\",\"launch\":\"tabriz\",\"missile\":\"shahab-3\",\"spacing\":2}";
        TestServer.Response r = TestServer.post("/api/footprint", body);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/geo+json"), r.contentType());
        JsonNode map = json(r);
        assertEquals("FeatureCollection", map.get("type").asText());
        List<String> statuses = new ArrayList<>();
        int cells = 0;
        for (JsonNode f : map.get("features")) {
            assertEquals("MultiPolygon", f.get("geometry").get("type").asText());
            assertEquals("defended-area", f.get("properties").get("kind").asText());
            statuses.add(f.get("properties").get("status").asText());
            cells += f.get("properties").get("cells").asInt();
        }
        assertEquals(List.of("defended", "undefended", "not-threatened"), statuses, r.body());
        assertEquals(Integer.toString(cells), r.header("X-Plumbline-Cells"));
        org.plumbline.core.scenario.Scenario s = ScenarioInput.read("epaa-phase-3", null, null, List.of()).scenario();
        org.plumbline.report.FootprintGrid.Plan plan = org.plumbline.report.FootprintGrid.plan(s, "tabriz",
                List.of(org.plumbline.io.MissileSpecs.resolve("shahab-3",
                        org.plumbline.core.trajectory.FlightSettings.DEFAULT)), "nato-europe-2013", 2, "launch", "missile");
        org.plumbline.io.Geography geo = org.plumbline.io.Geography.builtin();
        String expected;
        try (org.plumbline.core.assessment.Assessor a = new org.plumbline.core.assessment.Assessor(
                org.plumbline.core.assessment.Assessor.Settings.defaults(), geo.regions(), geo.cities())) {
            expected = org.plumbline.report.FootprintGrid.result(plan, a.assess(plan.variant(),
                    org.plumbline.core.assessment.Progress.NONE), geo)
                    .geoJson();
        }
        assertEquals(expected, r.body());
        assertEquals("true", r.header("X-Plumbline-Flights-Kept"), "92 cells of one missile: the flights are kept");
        // The same inputs again: the kept answer.
        assertEquals(r.body(), TestServer.post("/api/footprint", body).body());
        // Below 1° the map refines a coarse lattice and streams: its flights are not kept.
        TestServer.Response half = TestServer.post("/api/footprint", body.replace("\"spacing\":2", "\"spacing\":0.5"));
        assertEquals(200, half.status(), half.body());
        assertEquals("false", half.header("X-Plumbline-Flights-Kept"));
        TestServer.Response fine = TestServer.post("/api/footprint", body.replace("\"spacing\":2", "\"spacing\":0.05"));
        assertError(fine, 400);
        assertTrue(json(fine).get("error").asText().startsWith("spacing: expected 0.1 to 5 degrees on this server "
                + "(for a finer map use plumbline footprint --spacing, down to 0.05), found 0.05"), fine.body());
        TestServer.Response nowhere = TestServer.post("/api/footprint", body.replace("tabriz", "nowhere"));
        assertError(nowhere, 400);
        assertTrue(json(nowhere).get("error").asText().startsWith("launch: expected a launch area"), nowhere.body());
    }

    /**
     * The page's "what if": a map of the grid mapped just before, with another defence, takes the
     * flights the first map kept, and is the map a fresh server computes, byte for byte.
     */
    @Test
    void aWhatIfMapOnTheKeptFlightsIsTheMapComputedAfresh() throws Exception {
        // A grid no other test maps (2.5 deg), so that the first request computes it here.
        String grid = "\"scenario\":\"epaa-phase-3\",\"launch\":\"tabriz\",\"missile\":\"shahab-3\",\"spacing\":2.5";
        String slower = ",\"edits\":[{\"path\":\"systems.nato-bmd.sites.med-ship.interceptor.burnout-speed\","
                + "\"value\":2000}]";
        TestServer.Response declared = TestServer.post("/api/footprint", "{" + grid + "}");
        assertEquals(200, declared.status(), declared.body());
        long before = TestServer.get().mapsOnKeptFlights();
        TestServer.Response whatIf = TestServer.post("/api/footprint", "{" + grid + slower + "}");
        assertEquals(200, whatIf.status(), whatIf.body());
        assertEquals(before + 1, TestServer.get().mapsOnKeptFlights(), "the what-if map took the kept flights");
        // The edit matters: the ship's slower interceptor leaves cells undefended.
        assertTrue(Double.parseDouble(whatIf.header("X-Plumbline-Defended-Fraction"))
                < Double.parseDouble(declared.header("X-Plumbline-Defended-Fraction")), whatIf.headers().map()
                .toString());
        try (PlumblineServer fresh = PlumblineServer.start(PlumblineServer.Options.defaults("test").withPort(0)
                .withWarmUp(false).withTimeLimit(TestServer.TIME_LIMIT))) {
            TestServer.Response afresh = TestServer.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + fresh.port() + "/api/footprint")).POST(HttpRequest.BodyPublishers.ofString("{" + grid + slower
                    + "}")).build());
            assertEquals(200, afresh.status(), afresh.body());
            assertEquals(0, fresh.mapsOnKeptFlights());
            assertEquals(afresh.body(), whatIf.body());
        }
        // Another grid (another missile) is flown afresh, not on the kept flights, and replaces them.
        long kept = TestServer.get().mapsOnKeptFlights();
        TestServer.Response other = TestServer.post("/api/footprint", "{" + grid.replace("shahab-3", "ghadr-1")
                + slower + "}");
        assertEquals(200, other.status(), other.body());
        assertEquals(kept, TestServer.get().mapsOnKeptFlights(), "another grid's map is not on the kept flights");
    }

    /**
     * Past the time limit the answer is 503 and says what to do, by cause: an assessment keeps its
     * finished flights (try again); a map stopped midway keeps nothing (make it with plumbline
     * footprint); a map that waited behind another for most of the limit was not too large (try
     * again). A 2 s limit: the assessment of epaa-phase-1 and the 0.1 deg map from Tabriz take longer
     * on a server without its warm-up, and the computations start within milliseconds of their
     * requests, which keeps the causes apart.
     */
    @Test
    void aComputationPastTheTimeLimitIsA503SayingWhatToDo() throws Exception {
        try (PlumblineServer s = PlumblineServer.start(PlumblineServer.Options.defaults("test").withPort(0)
                .withWarmUp(false).withTimeLimit(Duration.ofSeconds(2)).withThreads(1))) {
            TestServer.Response r = TestServer.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                    + "/api/assess")).POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":\"epaa-phase-1\"}")).build());
            assertError(r, 503);
            assertTrue(json(r).get("error").asText().endsWith("try again: finished work is kept"), r.body());
            // Two maps at once: the first runs into the limit, the second waits behind it (maps are
            // computed one at a time).
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> maps = new ArrayList<>();
            for (String launch : List.of("tabriz", "semnan")) {
                maps.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                        + "/api/footprint")).POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":\"epaa-phase-1\","
                        + "\"launch\":\"" + launch + "\",\"spacing\":0.1}")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()));
                Thread.sleep(200); // the first is on the maps' thread before the second arrives
            }
            List<String> errors = new ArrayList<>();
            for (var m : maps) {
                assertEquals(503, m.get().statusCode(), m.get().body());
                errors.add(JSON.readTree(m.get().body()).get("error").asText());
            }
            assertTrue(errors.get(0).endsWith("a map this large is for plumbline footprint, which has no time limit"),
                    errors.get(0));
            assertTrue(errors.get(1).endsWith("it waited for others to finish for most of it; try again"),
                    errors.get(1));
        }
    }
}
