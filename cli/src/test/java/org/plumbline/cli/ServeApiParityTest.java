package org.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plumbline.web.PlumblineServer;

/**
 * The web API answers with the command line's {@code --format json} bytes for the same inputs: a real
 * server on a free port against the commands run in-process.
 */
class ServeApiParityTest {
    private static PlumblineServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = PlumblineServer.start(PlumblineServer.Options.defaults(Main.version()).withPort(0).withWarmUp(false)
                .withTimeLimit(Duration.ofMinutes(10)).withLog(null));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void assessIsReportJson(@TempDir Path out) throws Exception {
        CliTest.Run cli = CliTest.run("assess", "epaa-phase-1", "--format", "json", "--out", out.toString(),
                "--no-progress");
        assertEquals(AssessCommand.NOT_ALL_PASS, cli.code(), cli.err());
        assertEquals(cli.out(), post("/api/assess", "{\"scenario\":\"epaa-phase-1\"}"));
    }

    /** The server's defended-area map is the footprint.geojson that plumbline footprint writes. */
    @Test
    void footprintIsFootprintGeoJson(@TempDir Path out) throws Exception {
        CliTest.Run cli = CliTest.run("footprint", "epaa-phase-3", "--launch", "tabriz", "--missile", "shahab-3",
                "--spacing", "2", "--out", out.toString(), "--format", "json");
        assertEquals(0, cli.code(), cli.err());
        assertEquals(java.nio.file.Files.readString(out.resolve("footprint.geojson")), post("/api/footprint",
                "{\"scenario\":\"epaa-phase-3\",\"launch\":\"tabriz\",\"missile\":\"shahab-3\",\"spacing\":2}"));
    }

    @Test
    void engageIsEngageJson() throws Exception {
        CliTest.Run cli = CliTest.run("engage", "epaa-phase-3", "--launch", "semnan", "--target", "bucharest",
                "--missile", "iran-irbm-liquid", "--format", "json");
        assertEquals(0, cli.code(), cli.err());
        assertEquals(cli.out(), post("/api/engage", "{\"scenario\":\"epaa-phase-3\",\"launch\":\"semnan\","
                + "\"target\":\"bucharest\",\"missile\":\"iran-irbm-liquid\"}"));
    }

    @Test
    void trajectoryCheckAndCatalogAreTheirJson() throws Exception {
        CliTest.Run t = CliTest.run("trajectory", "--missile", "range=3000km", "--from", "35.235,53.921", "--to",
                "44.077,24.416", "--format", "json");
        assertEquals(0, t.code(), t.err());
        assertEquals(t.out(), post("/api/trajectory", "{\"missile\":\"range=3000km\",\"from\":\"35.235,53.921\","
                + "\"to\":\"44.077,24.416\"}"));
        CliTest.Run c = CliTest.run("check", "two-systems", "--format", "json");
        assertEquals(0, c.code(), c.err());
        assertEquals(c.out(), post("/api/check", "{\"scenario\":\"two-systems\"}"));
        CliTest.Run k = CliTest.run("catalog", "--format", "json");
        assertEquals(0, k.code(), k.err());
        assertEquals(k.out(), get("/api/catalog"));
    }
}
