package org.plumbline.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.plumbline.core.assessment.Assessor;
import org.plumbline.core.assessment.Progress;
import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.engagement.ReachTables;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.ThreatExpansion;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.io.Geography;
import org.plumbline.report.FootprintGrid;
import org.plumbline.report.GeoJsonLayers;
import org.plumbline.report.HtmlReport;
import org.plumbline.report.InputsHash;
import org.plumbline.report.Report;
import org.plumbline.report.ReportJson;

/**
 * The server's engine room: one {@link Assessor} kept warm for the server's life (it keeps solved
 * threat flights and reach tables between calls), assessments run one at a time on its own thread,
 * every computation under a time limit, and a small cache of results keyed by the inputs' hash
 * (results are a pure function of the inputs, so a cached answer is the answer).
 *
 * <p>The time limit is enforced twice: the waiting request gives up at the deadline (503), and the
 * assessment itself stops at its next progress report, which throws once the deadline has passed
 * (the assessor's caches only ever hold finished flights and tables, so an aborted run leaves them
 * sound). Engagements and trajectories cannot be stopped midway (the core has no hook for it): the
 * request is answered 503 at the deadline and the computation finishes in the background.
 * Defended-area maps ({@link #footprint}) run one at a time on an assessor of their own, which
 * shares the warm assessor's reach tables and keeps the last small grid's flights for its next map.
 */
final class Workbench implements AutoCloseable {
    /** An assessed scenario: the report and its report.json bytes; the other renderings on demand. */
    static final class Assessed {
        private final Report report;
        private final String json;
        private volatile String geoJson;

        Assessed(Report report, String json) {
            this.report = report;
            this.json = json;
        }

        Report report() {
            return report;
        }

        ScenarioAssessment assessment() {
            return report.scenarios().get(0);
        }

        /** {@code report.json}, byte for byte what {@code plumbline assess --format json} prints. */
        String json() {
            return json;
        }

        /** {@code footprints.geojson}. */
        String geoJson() {
            String g = geoJson;
            if (g == null) {
                g = GeoJsonLayers.write(report);
                geoJson = g;
            }
            return g;
        }

        /** {@code index.html}. */
        String html(Geography geography) {
            return HtmlReport.render(report, geography);
        }
    }

    /**
     * A defended-area map ({@code POST /api/footprint}): {@code footprint.geojson} and the summary the
     * page shows. Only this is kept: the flights behind it are dropped with their short-lived assessor.
     *
     * @param geoJson                   {@code footprint.geojson}, byte for byte as {@code plumbline footprint} writes it
     * @param cells                     grid cells
     * @param defendedFraction          defended share of the threatened area
     * @param populationDefendedFraction defended share of the threatened population
     * @param flightsKept               whether the server kept this grid's flights when it computed the
     *                                  map, so that a map of the same grid with another defence takes a
     *                                  fraction of a second; else such a map is computed afresh
     */
    record Mapped(String geoJson, int cells, double defendedFraction, double populationDefendedFraction,
                  boolean flightsKept) {
    }

    /** Thrown from the assessment's progress callback once its deadline has passed. */
    private static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired() {
            super("time limit", null, false, false);
        }
    }

    private final String version;
    private final Assessor.Settings settings;
    private final Duration timeLimit;
    private final int cacheSize;
    private final Assessor assessor;
    /** The reach tables of the warm assessor, shared with the maps' assessors. */
    private final ReachTables tables;
    /**
     * Maps of at most this many threats (cells times launch areas times missiles) keep their flights
     * for the next map of the same grid with another defence (a bound on the memory while the map
     * runs): 1° over NATO Europe from Semnan with the seven missiles of the EPAA scenarios is 2,632
     * threats, 1,316 of them reachable, and keeps 157 MB (flights, radar timelines, windows; the old
     * generation after a full collection), 2° 46 MB.
     */
    static final int MAX_KEPT_MAP_THREATS = 3_000;
    /**
     * A map whose reachable flights are more than this drops them once done (a bound on what is held
     * while the server waits): memory follows the reachable flights, about 0.12 MB each as measured.
     */
    static final int MAX_KEPT_MAP_FLIGHTS = 1_600;
    private final Object keptMapLock = new Object();
    /** The assessor keeping the last small map's flights, and what they depend on; null when none. */
    private Assessor keptMap;
    private List<Object> keptMapKey;
    /** Set by {@link #close}: no kept assessor is made after it. */
    private boolean closed;
    private final AtomicLong mapsOnKeptFlights = new AtomicLong();
    private final ExecutorService assessments = Executors.newSingleThreadExecutor(r -> daemon(r, "plumbline-serve-assess"));
    private final ExecutorService others;
    /** Defended-area maps, one at a time (a large one holds one batch of its grid's flights while it runs). */
    private final ExecutorService footprints = Executors.newSingleThreadExecutor(r -> daemon(r, "plumbline-serve-footprint"));
    private final Map<String, Started<Assessed>> running = new ConcurrentHashMap<>();
    private final Map<String, Started<Mapped>> mapping = new ConcurrentHashMap<>();
    private final Map<String, Mapped> maps = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Mapped> eldest) {
            return size() > 16;
        }
    };
    private final Map<String, Assessed> cache;
    private final AtomicLong computed = new AtomicLong();
    /** Request body digest to inputs' hash: a repeated request skips reading and hashing the scenario. */
    private final Map<String, String> requests = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 256;
        }
    };

    /**
     * @param version   the version written into reports
     * @param settings  assessment settings (as {@code plumbline assess}'s defaults, unless told otherwise)
     * @param timeLimit the longest a request may compute
     * @param cacheSize how many assessed scenarios to keep (each holds its threats' trajectories)
     */
    Workbench(String version, Assessor.Settings settings, Duration timeLimit, int cacheSize) {
        this.version = version;
        this.settings = settings;
        this.timeLimit = timeLimit;
        this.cacheSize = cacheSize;
        Geography geo = Geography.builtin();
        this.tables = new ReachTables(settings.flight().atmosphere(), settings.earth().rotationRateRadPerS());
        this.assessor = new Assessor(settings, geo.regions(), geo.cities(), tables);
        this.others = Executors.newFixedThreadPool(Math.max(1, settings.threads()), r -> daemon(r, "plumbline-serve-engage"));
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Assessed> eldest) {
                return size() > Workbench.this.cacheSize;
            }
        };
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    Duration timeLimit() {
        return timeLimit;
    }

    /** How many maps were computed on the flights kept from the map before (see {@link #footprint}). */
    long mapsOnKeptFlights() {
        return mapsOnKeptFlights.get();
    }

    /** How many assessments were computed (not answered from the cache) so far. */
    long computed() {
        return computed.get();
    }

    /**
     * The assessment of one scenario: from the cache when the same inputs were assessed, otherwise
     * computed (or joined, when the same inputs are being assessed for another request).
     *
     * @throws ApiException 422 when the scenario has no criteria, 503 past the time limit
     */
    Assessed assess(Scenario scenario) {
        return assess(scenario, true);
    }

    /**
     * As {@link #assess(Scenario)}; without margins when {@code margins} is false: the verdicts,
     * corners, evidence and map are the same, each criterion's margins list is empty, and the answer
     * comes several times sooner (the margin searches are most of a warm assessment's time).
     */
    Assessed assess(Scenario input, boolean margins) {
        Scenario scenario = margins ? input : withoutMargins(input);
        if (scenario.criteria().isEmpty()) {
            throw new ApiException(422, scenario.id() + " has no criteria to assess (add a criteria: map or "
                    + "include builtin:epaa-criteria)");
        }
        String hash = InputsHash.ofAssessment(settings, List.of(scenario));
        return once(hash, cache, running, assessments, deadlineNs -> run(scenario, hash, deadlineNs), RETRY);
    }

    /** What a request past the time limit may do: an assessment's finished flights are kept. */
    private static final String RETRY = "try again: finished work is kept";

    /**
     * The result kept for these inputs, or else computed on {@code executor} under the time limit;
     * a request for inputs already being computed joins that computation instead of starting
     * another. {@code work} stores its result in {@code done} (synchronised on it) itself.
     */
    private <T> T once(String hash, Map<String, T> done, Map<String, Started<T>> inFlight,
                       ExecutorService executor, java.util.function.LongFunction<T> work, String advice) {
        synchronized (done) {
            T hit = done.get(hash);
            if (hit != null) {
                return hit;
            }
        }
        long deadlineNs = System.nanoTime() + timeLimit.toNanos();
        Started<T> f = inFlight.computeIfAbsent(hash, h -> {
            Started<T> cf = new Started<>(deadlineNs);
            executor.execute(() -> {
                cf.startedNs = System.nanoTime();
                try {
                    cf.complete(work.apply(deadlineNs));
                } catch (Throwable t) {
                    cf.completeExceptionally(t);
                } finally {
                    inFlight.remove(h);
                }
            });
            return cf;
        });
        // A computation that waited its turn (maps run one at a time) for most of its limit was not
        // too large: it met a queue. Judged by the computation's own start and deadline (those of the
        // request that began it), which a request joining it later shares.
        long halfLimitNs = timeLimit.toNanos() / 2;
        return await(f, deadlineNs, () -> f.startedNs == 0 || f.deadlineNs - f.startedNs < halfLimitNs
                ? QUEUED : advice);
    }

    /** What a request that waited for other computations for most of the limit may do. */
    private static final String QUEUED = "it waited for others to finish for most of it; try again";

    /** A future that knows when its computation started (0: not yet) and its deadline. */
    private static final class Started<T> extends CompletableFuture<T> {
        final long deadlineNs;
        volatile long startedNs;

        Started(long deadlineNs) {
            this.deadlineNs = deadlineNs;
        }
    }

    /**
     * As {@link #assess(Scenario, boolean)} for a request body: a body seen before (same scenario,
     * edits and options, so the same inputs: built-ins do not change while the server runs) whose
     * result is still kept is answered without reading the scenario again.
     *
     * @param body     the request body
     * @param scenario reads the body's scenario (called on a miss)
     */
    Assessed assess(byte[] body, Supplier<Scenario> scenario, boolean margins) {
        String key = sha256(body);
        synchronized (cache) {
            String hash = requests.get(key);
            Assessed hit = hash == null ? null : cache.get(hash);
            if (hit != null) {
                return hit;
            }
        }
        Assessed a = assess(scenario.get(), margins);
        synchronized (cache) {
            requests.put(key, a.report().inputsSha256());
        }
        return a;
    }

    private static String sha256(byte[] body) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The scenario with every criterion's margin parameters removed. */
    static Scenario withoutMargins(Scenario s) {
        List<Criterion> criteria = s.criteria().stream().map(c -> new Criterion(c.id(), c.description(), c.metric(),
                c.comparison(), c.threshold(), c.threatSetId(), c.systemIds(), c.regionId(), List.of())).toList();
        return new Scenario(s.id(), s.title(), s.description(), s.assumptions(), s.sources(), s.parties(), s.systems(),
                s.dataExchange(), s.sectors(), s.threatSets(), criteria, s.uncertainties());
    }

    private Assessed run(Scenario scenario, String hash, long deadlineNs) {
        checkDeadline(deadlineNs);
        ScenarioAssessment a = assessor.assess(scenario, (stage, done, total) -> checkDeadline(deadlineNs));
        Report report = new Report(version, hash, List.of(a), "");
        Assessed out = new Assessed(report, ReportJson.write(report));
        computed.incrementAndGet();
        synchronized (cache) {
            cache.put(hash, out);
        }
        return out;
    }

    private static void checkDeadline(long deadlineNs) {
        if (System.nanoTime() - deadlineNs > 0) {
            throw new Expired();
        }
    }

    /**
     * The defended-area map of a plan ({@link FootprintGrid}), as {@code plumbline footprint} computes
     * it (by {@link FootprintGrid#survey} at the default refinement factor: every cell evaluated at 1°
     * and coarser, a coarse lattice refined near status changes below), under the time limit, on an
     * {@link Assessor} of
     * its own, so that a grid's flights and engagement windows do not pile up in the server's warm
     * assessor. A map of at most {@link #MAX_KEPT_MAP_THREATS} threats keeps its flights in that
     * assessor until a map of another grid (launch areas, missiles, region, spacing) replaces it: the
     * next map of the same grid with another defence (the page's "what if") takes every flight, and
     * the windows of every site and track it did not change, from there, the same bytes as a map
     * computed afresh (every cell is flown in the same batches whatever the defence); a larger map
     * streams on a short-lived assessor. Both share the warm assessor's reach tables (a function of
     * the interceptor and the site's latitude only). Maps are computed one at a time; the last 16
     * are kept by their inputs' hash, and two requests for the same inputs share one computation.
     *
     * @throws ApiException 503 past the time limit
     */
    Mapped footprint(FootprintGrid.Plan plan) {
        String hash = InputsHash.ofAssessment(settings, List.of(plan.variant()));
        // A map stopped at the limit keeps nothing (its assessor is closed): trying again does not help.
        return once(hash, maps, mapping, footprints, deadlineNs -> map(plan, hash, deadlineNs),
                "a map this large is for plumbline footprint, which has no time limit");
    }

    private Mapped map(FootprintGrid.Plan plan, String hash, long deadlineNs) {
        checkDeadline(deadlineNs);
        Geography geo = Geography.builtin();
        int factor = FootprintGrid.defaultRefineFactor(plan.spacingDeg());
        Progress progress = (stage, done, total) -> checkDeadline(deadlineNs);
        FootprintGrid.Result r;
        boolean flightsKept = false;
        if (factor == 1 && threats(plan, geo) <= MAX_KEPT_MAP_THREATS) {
            KeptMap kept = keptMapAssessor(FootprintGrid.threatKey(plan), geo);
            boolean finished = false;
            try {
                r = FootprintGrid.result(plan, FootprintGrid.survey(plan, kept.assessor(), factor, progress, true),
                        geo);
                finished = true;
            } finally {
                if (!finished) {
                    // A map stopped midway keeps part of its grid's flights; the next map of the grid
                    // would fly the rest in other batches than a map computed afresh: start afresh.
                    dropKeptMap();
                }
            }
            if (kept.reused()) {
                mapsOnKeptFlights.incrementAndGet();
            }
            if (reachable(r) > MAX_KEPT_MAP_FLIGHTS) {
                // Memory follows the reachable flights: this grid's are too many to hold while idle.
                dropKeptMap();
            } else {
                flightsKept = true;
            }
        } else {
            // Another grid, larger than any kept: what was kept for the last one goes, so that the
            // two are never held at once.
            dropKeptMap();
            try (Assessor shortLived = new Assessor(settings, geo.regions(), geo.cities(), tables)) {
                r = FootprintGrid.result(plan, FootprintGrid.survey(plan, shortLived, factor, progress), geo);
            }
        }
        Mapped out = new Mapped(r.geoJson(), r.map().footprint().cells().size(), r.map().footprint().defendedFraction(),
                r.map().population().defendedFraction(), flightsKept);
        synchronized (maps) {
            maps.put(hash, out);
        }
        return out;
    }

    /** The threats of a plan's grid: cells times launch areas times missiles. */
    private static int threats(FootprintGrid.Plan plan, Geography geo) {
        ThreatSet grid = plan.variant().threatSets().stream()
                .filter(t -> t.id().equals(FootprintGrid.THREAT_SET_ID)).findFirst().orElseThrow();
        return ThreatExpansion.expand(grid, geo.regions(), geo.cities()).size();
    }

    /** The reachable threats of a map computed at factor 1 (every cell evaluated): the flights it holds. */
    private static long reachable(FootprintGrid.Result r) {
        return r.map().footprint().cells().stream().mapToLong(c -> c.threats()).sum();
    }

    /** The assessor of a map that keeps its flights, and whether it holds those of the map before. */
    private record KeptMap(Assessor assessor, boolean reused) {
    }

    /**
     * The assessor that keeps the flights of the last map, for a grid's threat key: the one kept when
     * the last map flew the same threats (only its defence differs), else a new one in its place.
     * Called on the maps' thread only. A 503 once the workbench is closed (an assessor made then
     * would never be closed).
     */
    private KeptMap keptMapAssessor(List<Object> key, Geography geo) {
        synchronized (keptMapLock) {
            if (closed) {
                throw new ApiException(503, "the server is shutting down");
            }
            if (keptMap != null && key.equals(keptMapKey)) {
                return new KeptMap(keptMap, true);
            }
            if (keptMap != null) {
                keptMap.close();
            }
            keptMap = new Assessor(settings, geo.regions(), geo.cities(), tables);
            keptMapKey = key;
            return new KeptMap(keptMap, false);
        }
    }

    private void dropKeptMap() {
        synchronized (keptMapLock) {
            if (keptMap != null) {
                keptMap.close();
            }
            keptMap = null;
            keptMapKey = null;
        }
    }

    /** Runs a computation other than an assessment (an engagement, a trajectory) under the time limit. */
    <T> T compute(Supplier<T> work) {
        long deadlineNs = System.nanoTime() + timeLimit.toNanos();
        Future<T> f = others.submit(work::get);
        return await(f, deadlineNs, () -> "the same command has no time limit on the command line");
    }

    private <T> T await(Future<T> f, long deadlineNs, Supplier<String> advice) {
        try {
            // A little grace past the deadline, so that an assessment that stops at it reports itself.
            long waitNs = Math.max(0, deadlineNs - System.nanoTime()) + TimeUnit.MILLISECONDS.toNanos(250);
            return f.get(waitNs, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timeout(advice.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is shutting down");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Expired) {
                throw timeout(advice.get());
            }
            if (c instanceof ApiException a) {
                throw a;
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    private ApiException timeout(String advice) {
        return new ApiException(503, "the computation took longer than this server's limit of "
                + timeLimit.toSeconds() + " s (plumbline serve --time-limit); " + advice);
    }

    @Override
    public void close() {
        assessments.shutdownNow();
        footprints.shutdownNow();
        others.shutdownNow();
        assessor.close();
        synchronized (keptMapLock) {
            closed = true;
        }
        dropKeptMap();
    }
}
