package org.plumbline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * A bounded load on loopback: {@value #REQUESTS} assess requests from {@value #CLIENTS} concurrent
 * clients, over {@value #VARIANTS} distinct edits of the default scenario (so the first request of
 * each variant computes and the others are answered from the result cache, as a room of analysts
 * trying the same few what-ifs would be). Every answer must be 200 and the report of its variant.
 * The latency percentiles are written to {@code target/load-test.txt} (they go into
 * {@code docs/performance.md} by hand; speed is not asserted).
 */
class LoadTest {
    static final int REQUESTS = 2000;
    static final int CLIENTS = 8;
    static final int VARIANTS = 4;

    @Test
    void twoThousandAssessmentsFromEightClientsWithoutAnError() throws Exception {
        String[] bodies = new String[VARIANTS];
        for (int v = 0; v < VARIANTS; v++) {
            bodies[v] = "{\"scenario\":\"epaa-phase-3\",\"margins\":false,\"edits\":[{\"path\":\"systems.nato-bmd.sites"
                    + ".redzikowo.interceptor.burnout-speed\",\"value\":" + (4500 + 250 * v) + "}]}";
        }
        String url = TestServer.url("/api/assess");
        // Warm: compute each variant once, so that the measured load is the server, not the physics.
        HttpClient warm = HttpClient.newHttpClient();
        String[] expected = new String[VARIANTS];
        for (int v = 0; v < VARIANTS; v++) {
            HttpResponse<String> r = warm.send(post(url, bodies[v]), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            expected[v] = r.body();
        }
        long computedBefore = TestServer.get().assessmentsComputed();
        long[] latencyNs = new long[REQUESTS];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    int v = i % VARIANTS;
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(post(url, bodies[v]), HttpResponse.BodyHandlers.ofString(
                                StandardCharsets.UTF_8));
                        latencyNs[i] = System.nanoTime() - t0;
                        if (r.statusCode() != 200 || !r.body().equals(expected[v])) {
                            errors.incrementAndGet();
                            firstErrors.add(r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
                        }
                    } catch (Exception e) {
                        latencyNs[i] = System.nanoTime() - t0;
                        errors.incrementAndGet();
                        firstErrors.add(e.toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        double wallS = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] sorted = latencyNs.clone();
        Arrays.sort(sorted);
        String line = String.format(Locale.ROOT, "requests %d, clients %d, variants %d, errors %d, wall %.2f s, "
                        + "%.0f requests/s, latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f; assessments computed "
                        + "during the load %d; response %d bytes%n", REQUESTS, CLIENTS, VARIANTS, errors.get(), wallS,
                REQUESTS / wallS, pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), sorted[REQUESTS - 1] / 1e6,
                TestServer.get().assessmentsComputed() - computedBefore, expected[0].length());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "load-test.txt"), line, StandardCharsets.UTF_8);
        System.out.print("LoadTest: " + line);
        assertEquals(0, errors.get(), () -> "errors: " + firstErrors.subList(0, Math.min(5, firstErrors.size())));
        assertEquals(0, TestServer.get().assessmentsComputed() - computedBefore,
                "every measured request is answered from the result cache");
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static HttpRequest post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
