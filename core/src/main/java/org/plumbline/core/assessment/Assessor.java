package org.plumbline.core.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.engagement.DefenceEvaluation;
import org.plumbline.core.engagement.Engagement;
import org.plumbline.core.engagement.EngagementWindow;
import org.plumbline.core.engagement.FireControl;
import org.plumbline.core.engagement.ReachTables;
import org.plumbline.core.geography.City;
import org.plumbline.core.geography.Region;
import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.ThreatCase;
import org.plumbline.core.scenario.ThreatExpansion;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.sensor.LineOfSight;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.sensor.RadarCoverage;
import org.plumbline.core.sensor.RadarTimeline;
import org.plumbline.core.trajectory.FlightSettings;

/**
 * Evaluates a scenario's criteria: expands the threat sets the criteria use, flies every threat,
 * evaluates every interceptor site against it, computes each criterion's metric, and decides the
 * verdict at the nominal inputs and at two corners of the inputs' uncertainty ranges; then searches
 * the margin of every parameter the criterion names.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>A threat is <em>engageable</em> when at least one counted site (the criterion's systems, or
 *     all) has a feasible intercept. Threats whose missile cannot reach the target are left out of
 *     fractions and counted separately.</li>
 * <li>A target (city or grid cell) is <em>defended</em> when it is threatened (some threat of the
 *     set reaches it) and every threat that reaches it is engageable. Defended fractions weigh
 *     targets by population (cities) or area (grid cells) over the threatened targets of the
 *     criterion's region.</li>
 * <li>Corners: every declared defence parameter with an uncertainty range is set to the end that
 *     helps the defence least (low corner) or most (high corner); a boresight stays nominal. Because
 *     each of these parameters acts monotonically on the set of feasible intercepts, every metric
 *     here is monotone along the box's diagonal, so the two corners bound the metric over the whole
 *     box. The verdict is {@code pass} or {@code fail} when the nominal point and both corners agree,
 *     {@code indeterminate} otherwise. Threat parameters stay nominal (their effect is not monotone).</li>
 * <li>Margins: each named parameter is moved alone, the others nominal, to the value where the
 *     nominal verdict flips, by bisection to {@link ParameterPaths#resolution} inside
 *     {@link ParameterPaths#searchBounds}.</li>
 * </ul>
 *
 * <p>Trajectories and reach tables are shared between the scenarios one assessor assesses. Results
 * do not depend on the number of threads. Not thread-safe: one assessment at a time.
 */
public final class Assessor implements AutoCloseable {
    /**
     * How to assess.
     *
     * @param earth       Earth model of flights and sensors
     * @param flight      flight settings (the sample interval is the engagement evaluation's time step)
     * @param rcsM2       threat radar cross-section, m^2
     * @param assessmentS time to assess a shot before the next, s
     * @param lineOfSight radar line-of-sight model
     * @param threads     worker threads
     */
    public record Settings(EarthModel earth, FlightSettings flight, double rcsM2, double assessmentS,
                           LineOfSight lineOfSight, int threads) {
        /**
         * WGS84, 1 s samples, a 0.1 m^2 re-entry vehicle [ASSUMPTION, as {@code engage}], 60 s to
         * assess a shot, geometric line of sight, one thread per processor.
         */
        public static Settings defaults() {
            return new Settings(EarthModel.WGS84, FlightSettings.DEFAULT.withSampleIntervalS(1.0), 0.1, 60.0,
                    LineOfSight.GEOMETRIC, Runtime.getRuntime().availableProcessors());
        }

        public Settings withThreads(int n) {
            return new Settings(earth, flight, rcsM2, assessmentS, lineOfSight, n);
        }
    }

    private final Settings settings;
    private final Map<String, Region> regions;
    private final List<City> cities;
    private final Flights flights;
    private final ReachTables tables;
    private final Parallel parallel;
    /** Radar timelines by radar and flight (by identity: one object per solved flight). */
    private final Map<Radar, Map<FlightRef, RadarTimeline>> timelines = new ConcurrentHashMap<>();
    private final Map<Radar, RadarCoverage> coverages = new ConcurrentHashMap<>();
    /**
     * Engagement windows cached at most (about 250 bytes each; the default assessment of the four
     * EPAA phases evaluates 87,000 distinct ones).
     */
    private static final int MAX_CACHED_WINDOWS = 200_000;
    /** Radars whose timelines are cached at most (the default assessment's four phases have 16). */
    private static final int MAX_CACHED_RADARS = 64;
    /** Engagement windows by their inputs, shared by the scenarios, corners and margins of this assessor. */
    private final Map<WindowKey, EngagementWindow> windows = new ConcurrentHashMap<>();

    public Assessor(Settings settings, Map<String, Region> regions, List<City> cities) {
        this(settings, regions, cities, new ReachTables(settings.flight().atmosphere(),
                settings.earth().rotationRateRadPerS()));
    }

    /**
     * An assessor that builds its interceptors' reach in tables it shares with other assessors: a
     * reach table is a function of the interceptor's numbers, the site's latitude, the atmosphere
     * and the Earth's rotation only, so assessors of one atmosphere and rotation can share them (a
     * server's warm assessor and the short-lived ones of its maps), and each finds the tables the
     * others built. Throws IllegalArgumentException when the tables are for another atmosphere or
     * rotation rate than the settings'.
     */
    public Assessor(Settings settings, Map<String, Region> regions, List<City> cities, ReachTables tables) {
        if (!tables.atmosphere().equals(settings.flight().atmosphere())
                || tables.omegaRadPerS() != settings.earth().rotationRateRadPerS()) {
            throw new IllegalArgumentException("reach tables for another atmosphere or rotation rate than the settings'");
        }
        this.settings = settings;
        this.regions = Map.copyOf(regions);
        this.cities = List.copyOf(cities);
        this.flights = new Flights(settings.earth(), settings.flight());
        this.tables = tables;
        this.parallel = new Parallel(settings.threads());
    }

    @Override
    public void close() {
        parallel.close();
    }

    /** Assesses one scenario. */
    public ScenarioAssessment assess(Scenario scenario, Progress progress) {
        Cases cases = cases(scenario);
        flights.prepare(cases.all, parallel, new Progress.Counter(progress, "trajectories"));
        cases.flight = new Flights.Flight[cases.all.size()];
        for (int i = 0; i < cases.flight.length; i++) {
            cases.flight[i] = flights.get(cases.all.get(i));
        }
        Sites sites = new Sites(scenario);
        Progress.Counter engagements = new Progress.Counter(progress, "engagements");
        engagements.addTotal(3L * cases.all.size());
        Evaluation nominal = evaluate(scenario, sites, cases, 0, cases.all.size(), null, null, engagements);
        Evaluation low = evaluate(corner(scenario, false), sites, cases, 0, cases.all.size(), null, null, engagements);
        Evaluation high = evaluate(corner(scenario, true), sites, cases, 0, cases.all.size(), null, null, engagements);
        Progress.Counter marginCounter = new Progress.Counter(progress, "margins");
        marginCounter.addTotal(scenario.criteria().stream().mapToLong(c -> c.marginParameters().size()).sum());
        List<CriterionResult> results = new ArrayList<>();
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Criterion c : scenario.criteria()) {
            boolean[] counted = sites.counted(c);
            Metric v0 = metric(c, scenario, sites, cases, nominal, counted);
            Metric mLow = metric(c, corner(scenario, false), sites, cases, low, counted);
            Metric mHigh = metric(c, corner(scenario, true), sites, cases, high, counted);
            double vLow = mLow.value;
            double vHigh = mHigh.value;
            boolean h0 = holds(c, v0.value);
            boolean same = h0 == holds(c, vLow) && h0 == holds(c, vHigh);
            Verdict verdict = !same ? Verdict.INDETERMINATE : h0 ? Verdict.PASS : Verdict.FAIL;
            Evidence evidence = v0.evidence;
            if (!same) {
                // Say what the corner that disagrees with the nominal verdict shows.
                boolean lowDiffers = holds(c, vLow) != h0;
                Metric other = lowDiffers ? mLow : mHigh;
                evidence = new Evidence(evidence.statement() + "; but at the corner " + (lowDiffers
                        ? "least" : "most") + " favourable to the defence the criterion " + (h0 ? "fails" : "holds")
                        + ": " + other.evidence.statement(), evidence.threatIndex() >= 0 ? evidence.threatIndex()
                        : other.evidence.threatIndex(), evidence.siteId().isEmpty() ? other.evidence.siteId()
                        : evidence.siteId());
            }
            List<Margin> margins = new ArrayList<>();
            for (String path : c.marginParameters()) {
                margins.add(margin(c, scenario, sites, cases, nominal, counted, h0, path));
                marginCounter.add(1);
            }
            results.add(new CriterionResult(c, verdict, h0, v0.value, vLow, vHigh, margins, evidence));
            metrics.put("criterion." + c.id() + ".value", v0.value);
        }
        List<ThreatOutcome> outcomes = outcomes(cases, sites, nominal);
        summary(cases, sites, nominal, metrics);
        return new ScenarioAssessment(scenario, results, outcomes, metrics);
    }

    // ------------------------------------------------------------------ streaming (defended-area maps)

    /**
     * What a streaming evaluation keeps of one threat case ({@link #survey}).
     *
     * @param reachable  whether the missile reaches the target
     * @param nominal    engageable by a counted site at the nominal inputs
     * @param low        engageable at the corner least favourable to the defence
     * @param high       engageable at the corner most favourable to the defence
     * @param feasible   per site of the scenario (in scenario order), a feasible intercept at the
     *                   nominal inputs (empty when unreachable)
     * @param reason     why the counted sites do not engage it at the nominal inputs (empty when they do
     *                   or it is unreachable)
     */
    record Surveyed(boolean reachable, boolean nominal, boolean low, boolean high, boolean[] feasible,
                    String reason) {
    }

    /**
     * The hook of {@link FootprintSurvey}: flies the cases (targets of one scenario) with the map's
     * solver batches, evaluates each against every site at the nominal inputs and at both corners as
     * {@link #assess} does (its timelines and windows), and then, unless told to keep them, forgets
     * their flights, radar timelines and engagement windows, so that a map's memory does not grow
     * with the number of flights (the solver batches keep only their nodes and warm-start offsets).
     *
     * @param counted systems whose sites count (every site when empty)
     * @param batches the map's solver batches, carried from one call to the next
     * @param keep    whether to keep the flights, timelines and windows for a later map of the same
     *                targets (see {@link FootprintSurvey#assess(Assessor, Scenario, int, Progress, boolean)})
     */
    List<Surveyed> survey(Scenario scenario, List<ThreatCase> batch, java.util.Set<String> counted,
                          Progress.Counter trajectories, Flights.Batches batches, boolean keep) {
        Cases cases = new Cases();
        cases.all.addAll(batch);
        flights.prepare(cases.all, parallel, trajectories, batches);
        cases.flight = new Flights.Flight[cases.all.size()];
        for (int i = 0; i < cases.flight.length; i++) {
            cases.flight[i] = flights.get(cases.all.get(i));
        }
        Sites sites = new Sites(scenario);
        boolean[] count = sites.counted(counted);
        int n = cases.all.size();
        Evaluation nominal = evaluate(scenario, sites, cases, 0, n, null, null, null);
        Evaluation low = evaluate(corner(scenario, false), sites, cases, 0, n, null, null, null);
        Evaluation high = evaluate(corner(scenario, true), sites, cases, 0, n, null, null, null);
        List<Surveyed> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (nominal.windows[i] == null) {
                out.add(new Surveyed(false, false, false, false, new boolean[0], ""));
                continue;
            }
            boolean[] feasible = new boolean[sites.size()];
            for (int j = 0; j < feasible.length; j++) {
                feasible[j] = nominal.windows[i][j].feasible();
            }
            boolean e = engaged(nominal, i, count);
            out.add(new Surveyed(true, e, engaged(low, i, count), engaged(high, i, count), feasible,
                    e ? "" : bestReason(nominal, i, sites, count)));
        }
        if (keep) {
            return out;
        }
        java.util.Set<Flights.Flight> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        gone.addAll(flights.forget(cases.all));
        for (Map<FlightRef, RadarTimeline> m : timelines.values()) {
            m.keySet().removeIf(k -> gone.contains(k.flight()));
        }
        windows.keySet().removeIf(k -> gone.contains(k.flight()));
        return out;
    }

    /** The flight this assessor holds for a threat case (tests of the kept flights); throws when none. */
    Flights.Flight heldFlight(ThreatCase c) {
        return flights.get(c);
    }

    /** The regions this assessor expands threat sets over. */
    Map<String, Region> regions() {
        return regions;
    }

    /** The cities this assessor expands threat sets over. */
    List<City> cities() {
        return cities;
    }

    // ------------------------------------------------------------------ cases and sites

    /** The threat cases of the criteria's threat sets, in criteria order, each set once. */
    private static final class Cases {
        final List<ThreatCase> all = new ArrayList<>();
        /** First and end index of each threat set. */
        final Map<String, int[]> ranges = new LinkedHashMap<>();
        /** Target index of each case within its set's targets (cases of one target share it). */
        int[] target;
        /**
         * The solved flight of each case, looked up once (a flight's key hashes the whole missile,
         * and the evaluations ask for every case at every corner and margin step).
         */
        Flights.Flight[] flight;
        final List<String> targetIds = new ArrayList<>();
        final List<Double> targetWeights = new ArrayList<>();
        final List<ThreatCase> targetCases = new ArrayList<>();
        /**
         * Whether each case's target lies in a region, by region id, computed on first use: the
         * metric of a defended fraction asks it at every corner and every step of a margin search.
         */
        final Map<String, boolean[]> inRegion = new HashMap<>();

        boolean[] inRegion(String regionId, Region region) {
            return inRegion.computeIfAbsent(regionId, id -> {
                boolean[] b = new boolean[all.size()];
                // Once per target: a target is aimed at from every launch point by every missile.
                Map<GeodeticPoint, Boolean> known = new HashMap<>();
                for (int i = 0; i < b.length; i++) {
                    GeodeticPoint t = all.get(i).target();
                    b[i] = known.computeIfAbsent(t, p -> region.contains(p.latitudeRad(), p.longitudeRad()));
                }
                return b;
            });
        }
    }

    private Cases cases(Scenario s) {
        Cases c = new Cases();
        Map<String, ThreatSet> sets = new HashMap<>();
        s.threatSets().forEach(t -> sets.put(t.id(), t));
        for (Criterion cr : s.criteria()) {
            String id = cr.threatSetId();
            if (id.isEmpty() || c.ranges.containsKey(id)) {
                continue;
            }
            ThreatSet set = sets.get(id);
            if (set == null) {
                throw new IllegalArgumentException("criterion " + cr.id() + " names threat set " + id
                        + ", which the scenario does not define");
            }
            int from = c.all.size();
            c.all.addAll(ThreatExpansion.expand(set, regions, cities));
            c.ranges.put(id, new int[] {from, c.all.size()});
        }
        c.target = new int[c.all.size()];
        for (int[] r : c.ranges.values()) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = r[0]; i < r[1]; i++) {
                ThreatCase tc = c.all.get(i);
                Integer k = index.get(tc.targetId());
                if (k == null) {
                    k = c.targetIds.size();
                    index.put(tc.targetId(), k);
                    c.targetIds.add(tc.targetId());
                    c.targetWeights.add(tc.weight());
                    c.targetCases.add(tc);
                }
                c.target[i] = k;
            }
        }
        return c;
    }

    /** Every interceptor site of a scenario, flattened in scenario order. */
    private static final class Sites {
        final List<DefenceSystem> system = new ArrayList<>();
        final List<Integer> systemIndex = new ArrayList<>();
        final List<InterceptorSite> site = new ArrayList<>();
        /**
         * Each site's position and interceptor as the reach tables and window keys take them (the
         * interceptor {@link Interceptor#unnamed}).
         */
        final List<SiteKinematics> windowSite = new ArrayList<>();

        Sites(Scenario s) {
            for (int k = 0; k < s.systems().size(); k++) {
                DefenceSystem sys = s.systems().get(k);
                for (InterceptorSite is : sys.sites()) {
                    system.add(sys);
                    systemIndex.add(k);
                    site.add(is);
                    windowSite.add(new SiteKinematics(is.position(), is.interceptor().unnamed()));
                }
            }
        }

        int size() {
            return site.size();
        }

        boolean[] counted(Criterion c) {
            return counted(c.systemIds());
        }

        /** Whether each site counts, given a criterion's systems (every site when empty). */
        boolean[] counted(java.util.Collection<String> systemIds) {
            boolean[] b = new boolean[size()];
            for (int j = 0; j < b.length; j++) {
                b[j] = CountedSystems.counts(systemIds, system.get(j).id());
            }
            return b;
        }
    }

    // ------------------------------------------------------------------ evaluation

    /** Engagement windows of one variant of a scenario: [case][site], null rows for unreachable threats. */
    private static final class Evaluation {
        final EngagementWindow[][] windows;
        final FireControl.UsableTrack[][] usable;
        final boolean[][] inSector;

        Evaluation(int n) {
            windows = new EngagementWindow[n][];
            usable = new FireControl.UsableTrack[n][];
            inSector = new boolean[n][];
        }
    }

    /**
     * Evaluates the variant on cases [from, to). With a base, only the sites marked in recompute are
     * evaluated again (and, when tracksChange is false, the base's usable tracks are reused); the
     * other entries are the base's. Without a base, everything is computed.
     */
    private Evaluation evaluate(Scenario variant, Sites sites, Cases cases, int from, int to, Evaluation base,
                                RowFilter recompute, Progress.Counter counter) {
        int n = cases.all.size();
        Evaluation e = new Evaluation(n);
        if (base != null) {
            System.arraycopy(base.windows, 0, e.windows, 0, n);
            System.arraycopy(base.usable, 0, e.usable, 0, n);
            System.arraycopy(base.inSector, 0, e.inSector, 0, n);
        }
        Sites vs = new Sites(variant);
        boolean tracksChange = base == null || recompute.tracksChange();
        List<RadarTimelines> radars = tracksChange ? radarTimelines(variant) : List.of();
        parallel.forEach(to - from, k -> {
            int i = from + k;
            Flights.Flight f = cases.flight[i];
            if (!f.reachable()) {
                e.windows[i] = null;
                if (counter != null) {
                    counter.add(1);
                }
                return;
            }
            if (base != null && !recompute.anyInRow(i)) {
                return;
            }
            if (tracksChange) {
                Map<String, RadarTimeline> tl = new HashMap<>();
                FlightRef key = new FlightRef(f);
                for (RadarTimelines r : radars) {
                    tl.put(r.radar().id(), r.of(key, f));
                }
                FireControl.UsableTrack[] u = new FireControl.UsableTrack[vs.size()];
                boolean[] sector = new boolean[vs.size()];
                for (int j = 0; j < vs.size(); j++) {
                    u[j] = FireControl.usableTrack(variant, vs.system.get(j), vs.site.get(j), tl);
                    sector[j] = DefenceEvaluation.inSector(variant, vs.system.get(j), f.display(), regions);
                }
                e.usable[i] = u;
                e.inSector[i] = sector;
            }
            EngagementWindow[] w = base == null ? new EngagementWindow[vs.size()] : base.windows[i].clone();
            for (int j = 0; j < vs.size(); j++) {
                if (base == null || recompute.test(i, j)) {
                    w[j] = window(vs.system.get(j), vs.site.get(j), vs.windowSite.get(j), e.usable[i][j],
                            e.inSector[i][j], f);
                }
            }
            e.windows[i] = w;
            if (counter != null) {
                counter.add(1);
            }
        });
        return e;
    }

    private EngagementWindow window(DefenceSystem system, InterceptorSite site, SiteKinematics at,
                                    FireControl.UsableTrack usable, boolean inSector, Flights.Flight f) {
        if (!inSector) {
            return new EngagementWindow(false, "the threat's target is outside the system's sector", 0, 0, 0, 0,
                    List.of(), -1);
        }
        if (!usable.exists()) {
            return new EngagementWindow(false, "no usable track: no radar the site may fire on tracks the threat",
                    0, 0, 0, 0, List.of(), -1);
        }
        double delay = system.delays().totalS() + site.interceptor().launchDelayS();
        WindowKey key = new WindowKey(f, at, usable.firstS(), delay, usable.endS());
        EngagementWindow w = windows.get(key);
        if (w == null) {
            w = Engagement.evaluate(f.track(), at.site, tables.of(at.interceptor, at.site),
                    usable.firstS(), delay, usable.endS(), settings.assessmentS());
            if (windows.size() >= MAX_CACHED_WINDOWS) {
                // A long-lived assessor (plumbline serve) sees ever new variants: start afresh rather
                // than grow without bound. Only the time of later evaluations depends on it.
                windows.clear();
            }
            windows.put(key, w);
        }
        return w;
    }

    /**
     * Everything an engagement window depends on (with the assessor's fixed settings): the flight
     * (by identity: one object per solved flight, shared by the scenarios), the site's position, its
     * interceptor's numbers ({@link Interceptor#unnamed}: with the position they select the reach
     * table; the window does not depend on the type's name), the first usable track, the
     * total delay and the end of the usable track. The EPAA phases share sites and threats, and
     * margins return to values already evaluated, so equal inputs recur; equal inputs give the same
     * window, so the cache changes no result.
     */
    private record WindowKey(Flights.Flight flight, SiteKinematics at, double firstTrackS, double delayS,
                             double trackEndS) {
        @Override
        public boolean equals(Object o) {
            return o instanceof WindowKey k && flight == k.flight && at.equals(k.at)
                    && Double.compare(firstTrackS, k.firstTrackS) == 0
                    && Double.compare(delayS, k.delayS) == 0 && Double.compare(trackEndS, k.trackEndS) == 0;
        }

        @Override
        public int hashCode() {
            int h = System.identityHashCode(flight);
            h = 31 * h + at.hashCode();
            h = 31 * h + Double.hashCode(firstTrackS);
            h = 31 * h + Double.hashCode(delayS);
            return 31 * h + Double.hashCode(trackEndS);
        }
    }

    /**
     * A site's position and its interceptor's numbers, as window keys compare them, hashed once per
     * site of a variant: hashing the two records for every threat was about a quarter of a per cent
     * of the default run. Equal when both are equal.
     */
    private static final class SiteKinematics {
        final GeodeticPoint site;
        final Interceptor interceptor;
        private final int hash;

        SiteKinematics(GeodeticPoint site, Interceptor interceptor) {
            this.site = site;
            this.interceptor = interceptor;
            this.hash = 31 * site.hashCode() + interceptor.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof SiteKinematics k && hash == k.hash && site.equals(k.site)
                    && interceptor.equals(k.interceptor);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A flight as a map key by identity (a record's own equals would compare its whole trajectory). */
    private record FlightRef(Flights.Flight flight) {
        @Override
        public boolean equals(Object o) {
            return o instanceof FlightRef r && r.flight == flight;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(flight);
        }
    }

    /**
     * A radar's timelines by flight and its coverage, looked up once per evaluation pass: finding them
     * by the radar for every threat hashed and compared the radar's record (its faces, its position)
     * each time, about half a per cent of the default run.
     */
    private record RadarTimelines(Radar radar, Map<FlightRef, RadarTimeline> byFlight, RadarCoverage coverage) {
        RadarTimeline of(FlightRef key, Flights.Flight f) {
            return byFlight.computeIfAbsent(key, k -> coverage.timeline(f.path()));
        }
    }

    /** The timelines of a variant's radars, system by system, radar by radar. */
    private List<RadarTimelines> radarTimelines(Scenario variant) {
        List<RadarTimelines> out = new ArrayList<>();
        for (DefenceSystem sys : variant.systems()) {
            for (Radar r : sys.radars()) {
                if (timelines.size() >= MAX_CACHED_RADARS && !timelines.containsKey(r)) {
                    // plumbline serve moves radars (a new Radar each time), each with a timeline per
                    // flight: start afresh rather than grow without bound. Only later evaluation times
                    // change.
                    timelines.clear();
                    coverages.clear();
                }
                out.add(new RadarTimelines(r, timelines.computeIfAbsent(r, x -> new ConcurrentHashMap<>()),
                        coverages.computeIfAbsent(r, x -> RadarCoverage.of(x, settings.earth(), settings.rcsM2(),
                                settings.lineOfSight()))));
            }
        }
        return out;
    }

    /** Which (case, site) entries a margin evaluation must compute again. */
    private interface RowFilter {
        boolean test(int i, int j);

        boolean anyInRow(int i);

        boolean tracksChange();
    }

    // ------------------------------------------------------------------ corners

    private final Map<Scenario, Scenario[]> cornerCache = new HashMap<>();

    /** The scenario with every declared defence parameter at the end of its range that helps (or hurts) most. */
    private Scenario corner(Scenario s, boolean helps) {
        Scenario[] pair = cornerCache.computeIfAbsent(s, x -> new Scenario[2]);
        int k = helps ? 1 : 0;
        if (pair[k] == null) {
            Scenario v = s;
            for (Map.Entry<String, Scenario.Range> e : s.uncertainties().entrySet()) {
                String path = e.getKey();
                ParameterPaths.Effect effect = ParameterPaths.effect(path);
                if (effect == ParameterPaths.Effect.NEITHER || !ParameterPaths.supports(v, path)) {
                    continue;
                }
                boolean high = (effect == ParameterPaths.Effect.HELPS) == helps;
                v = ParameterPaths.with(v, path, high ? e.getValue().high() : e.getValue().low());
            }
            pair[k] = v;
        }
        return pair[k];
    }

    // ------------------------------------------------------------------ metrics

    private record Metric(double value, Evidence evidence) {
    }

    /** Whether a criterion holds at a metric value (shared with FootprintSurvey). */
    static boolean holds(Criterion c, double value) {
        return c.comparison() == Criterion.Comparison.AT_LEAST ? value >= c.threshold() : value <= c.threshold();
    }

    private static boolean engaged(Evaluation e, int i, boolean[] counted) {
        if (e.windows[i] == null) {
            return false;
        }
        for (int j = 0; j < counted.length; j++) {
            if (counted[j] && e.windows[i][j].feasible()) {
                return true;
            }
        }
        return false;
    }

    private Metric metric(Criterion c, Scenario s, Sites sites, Cases cases, Evaluation e, boolean[] counted) {
        int[] r = c.threatSetId().isEmpty() ? new int[] {0, 0} : cases.ranges.get(c.threatSetId());
        return switch (c.metric()) {
            case ENGAGEABLE_FRACTION -> engageableFraction(r, sites, cases, e, counted);
            case DEFENDED_POPULATION_FRACTION, DEFENDED_AREA_FRACTION -> defendedFraction(c, r, sites, cases, e,
                    counted);
            case EARLIEST_INTERCEPT_TIME, LOWEST_INTERCEPT_ALTITUDE -> interceptExtreme(c, r, sites, cases, e, counted);
            case INTERCEPTOR_BURNOUT_SPEED, INTERCEPTOR_COUNT -> declaredSites(c, new Sites(s), counted);
            case SITE_DISTANCE_FROM_REGION -> siteDistance(c, new Sites(s), counted);
            case RADAR_DETECTION_RANGE -> radarRange(c, s);
        };
    }

    private Metric engageableFraction(int[] r, Sites sites, Cases cases, Evaluation e, boolean[] counted) {
        int reachable = 0;
        int engaged = 0;
        int example = -1;
        double exampleSpan = -1;
        String exampleSite = "";
        for (int i = r[0]; i < r[1]; i++) {
            if (e.windows[i] == null) {
                continue;
            }
            reachable++;
            if (engaged(e, i, counted)) {
                engaged++;
                for (int j = 0; j < counted.length; j++) {
                    EngagementWindow w = e.windows[i][j];
                    if (counted[j] && w.feasible() && w.lastInterceptS() - w.firstInterceptS() > exampleSpan) {
                        exampleSpan = w.lastInterceptS() - w.firstInterceptS();
                        example = i;
                        exampleSite = sites.site.get(j).id();
                    }
                }
            }
        }
        int unreachable = (r[1] - r[0]) - reachable;
        double value = reachable == 0 ? 0.0 : (double) engaged / reachable;
        String statement;
        if (reachable == 0) {
            statement = String.format(Locale.ROOT, "no trajectory of the set reaches its target (%d cases)",
                    r[1] - r[0]);
        } else if (engaged == 0) {
            statement = String.format(Locale.ROOT, "none of the %d reachable trajectories is engageable%s", reachable,
                    unreachable > 0 ? String.format(Locale.ROOT, " (%d more cannot reach their targets)", unreachable)
                            : "");
        } else {
            int jj = sites.site.stream().map(InterceptorSite::id).toList().indexOf(exampleSite);
            EngagementWindow w = e.windows[example][jj];
            statement = String.format(Locale.ROOT, "%d of %d reachable trajectories are engageable; e.g. %s: %s "
                            + "intercepts from %.0f s to %.0f s after launch, lowest at %,.0f km", engaged, reachable,
                    label(cases.all.get(example)), exampleSite, w.firstInterceptS(), w.lastInterceptS(),
                    lowest(cases, example, w) / 1000.0);
        }
        return new Metric(value, new Evidence(statement, example, exampleSite));
    }

    private Metric defendedFraction(Criterion c, int[] r, Sites sites, Cases cases, Evaluation e, boolean[] counted) {
        Region region = c.regionId().isEmpty() ? null : regions.get(c.regionId());
        boolean[] inRegion = region == null ? null : cases.inRegion(c.regionId(), region);
        Map<Integer, Boolean> threatened = new LinkedHashMap<>();
        Map<Integer, Boolean> defended = new LinkedHashMap<>();
        Map<Integer, Integer> undefendedBy = new HashMap<>();
        for (int i = r[0]; i < r[1]; i++) {
            int k = cases.target[i];
            if (inRegion != null && !inRegion[i]) {
                continue;
            }
            threatened.putIfAbsent(k, false);
            defended.putIfAbsent(k, true);
            if (e.windows[i] == null) {
                continue;
            }
            threatened.put(k, true);
            if (!engaged(e, i, counted)) {
                defended.put(k, false);
                undefendedBy.putIfAbsent(k, i);
            }
        }
        double total = 0;
        double safe = 0;
        int nThreatened = 0;
        int nDefended = 0;
        int worst = -1;
        for (Map.Entry<Integer, Boolean> t : threatened.entrySet()) {
            if (!t.getValue()) {
                continue;
            }
            int k = t.getKey();
            double w = cases.targetWeights.get(k);
            total += w;
            nThreatened++;
            if (defended.get(k)) {
                safe += w;
                nDefended++;
            } else if (worst < 0 || w > cases.targetWeights.get(worst)) {
                worst = k;
            }
        }
        boolean population = c.metric() == Criterion.Metric.DEFENDED_POPULATION_FRACTION;
        double value = total == 0 ? 0.0 : safe / total;
        String what = population ? "people" : "km2";
        double scale = population ? 1.0 : 1e-6;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "defends %,.0f of %,.0f %s (%.1f %%) in %d "
                        + "of %d threatened targets", safe * scale, total * scale, what, 100 * value, nDefended,
                nThreatened));
        int example = -1;
        String site = "";
        if (worst >= 0) {
            example = undefendedBy.get(worst);
            b.append(String.format(Locale.ROOT, "; largest undefended: %s (%,.0f %s), e.g. %s: %s",
                    cases.targetIds.get(worst), cases.targetWeights.get(worst) * scale, what,
                    label(cases.all.get(example)), bestReason(e, example, sites, counted)));
        }
        return new Metric(value, new Evidence(b.toString(), example, site));
    }

    /** Why the counted sites do not engage a threat: the first counted site's reason. */
    private static String bestReason(Evaluation e, int i, Sites sites, boolean[] counted) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < counted.length; j++) {
            if (counted[j]) {
                parts.add(sites.site.get(j).id() + ": " + e.windows[i][j].reason());
            }
        }
        return parts.isEmpty() ? "no site counts for this criterion" : String.join("; ", parts);
    }

    /**
     * The lowest altitude at which the site can intercept: a ballistic trajectory has one apogee, so
     * over the feasible intercepts (all between the first and the last, which are feasible) the lowest
     * is at the first or the last. Unlike the altitudes of the shoot-look-shoot shots, this grows or
     * shrinks with the feasible set only, which the uncertainty corners rely on.
     */
    private double lowest(Cases cases, int i, EngagementWindow w) {
        Flights.Flight f = cases.flight[i];
        return Math.min(f.path().altitudeAtM(w.firstInterceptS()), f.path().altitudeAtM(w.lastInterceptS()));
    }

    private Metric interceptExtreme(Criterion c, int[] r, Sites sites, Cases cases, Evaluation e, boolean[] counted) {
        boolean time = c.metric() == Criterion.Metric.EARLIEST_INTERCEPT_TIME;
        double best = Double.POSITIVE_INFINITY;
        int example = -1;
        String site = "";
        for (int i = r[0]; i < r[1]; i++) {
            if (e.windows[i] == null) {
                continue;
            }
            for (int j = 0; j < counted.length; j++) {
                EngagementWindow w = e.windows[i][j];
                if (!counted[j] || !w.feasible()) {
                    continue;
                }
                double v = time ? w.firstInterceptS() : lowest(cases, i, w);
                if (v < best) {
                    best = v;
                    example = i;
                    site = sites.site.get(j).id();
                }
            }
        }
        String statement = example < 0 ? "no counted site has a feasible intercept"
                : String.format(Locale.ROOT, "%s: %s intercepts %s", label(cases.all.get(example)), site,
                time ? String.format(Locale.ROOT, "at %.0f s after launch", best)
                        : String.format(Locale.ROOT, "at %,.1f km altitude", best / 1000.0));
        return new Metric(best, new Evidence(statement, example, site));
    }

    private static Metric declaredSites(Criterion c, Sites sites, boolean[] counted) {
        boolean speed = c.metric() == Criterion.Metric.INTERCEPTOR_BURNOUT_SPEED;
        double v = speed ? Double.NEGATIVE_INFINITY : 0.0;
        String which = "";
        for (int j = 0; j < counted.length; j++) {
            if (!counted[j]) {
                continue;
            }
            InterceptorSite s = sites.site.get(j);
            if (speed) {
                if (s.interceptor().burnoutSpeedMps() > v) {
                    v = s.interceptor().burnoutSpeedMps();
                    which = s.id();
                }
            } else {
                v += s.count();
            }
        }
        String statement = speed ? (which.isEmpty() ? "no counted site" : String.format(Locale.ROOT,
                "fastest interceptor: %s at %s (%.2f km/s)", sites.site.get(
                        sites.site.stream().map(InterceptorSite::id).toList().indexOf(which)).interceptor().id(),
                which, v / 1000.0)) : String.format(Locale.ROOT, "%.0f interceptors at the counted sites", v);
        return new Metric(speed && which.isEmpty() ? 0.0 : v, new Evidence(statement, -1, which));
    }

    private Metric siteDistance(Criterion c, Sites sites, boolean[] counted) {
        Region region = regions.get(c.regionId());
        double best = Double.POSITIVE_INFINITY;
        String which = "";
        for (int j = 0; j < counted.length; j++) {
            if (!counted[j]) {
                continue;
            }
            double d = Regions.distanceM(region, sites.site.get(j).position());
            if (d < best) {
                best = d;
                which = sites.site.get(j).id();
            }
        }
        String statement = which.isEmpty() ? "no counted site" : String.format(Locale.ROOT,
                "closest site to %s: %s at %,.0f km", c.regionId(), which, best / 1000.0);
        return new Metric(best, new Evidence(statement, -1, which));
    }

    private Metric radarRange(Criterion c, Scenario s) {
        double best = 0.0;
        String which = "";
        for (DefenceSystem sys : s.systems()) {
            if (!CountedSystems.counts(c.systemIds(), sys.id())) {
                continue;
            }
            for (Radar r : sys.radars()) {
                double d = r.detectionRangeM(settings.rcsM2());
                if (d > best) {
                    best = d;
                    which = r.id();
                }
            }
        }
        String statement = which.isEmpty() ? "no counted radar" : String.format(Locale.ROOT,
                "longest detection range against %.2g m2: %s, %,.0f km", settings.rcsM2(), which, best / 1000.0);
        return new Metric(best, new Evidence(statement, -1, ""));
    }

    /** A threat case as the evidence names it (shared with FootprintSurvey). */
    static String label(ThreatCase c) {
        return c.launchAreaId() + " -> " + c.targetId() + ", " + c.missile().id();
    }

    // ------------------------------------------------------------------ margins

    private Margin margin(Criterion c, Scenario s, Sites sites, Cases cases, Evaluation nominal, boolean[] counted,
                          boolean h0, String path) {
        String label = ParameterPaths.label(path);
        String unit = ParameterPaths.unit(path);
        if (!ParameterPaths.supports(s, path)) {
            return new Margin(path, label, unit, Double.NaN, false, Double.NaN, Double.NaN, Double.NaN,
                    "not computed: margins are searched for declared defence parameters (systems.* and "
                            + "data-exchange[i].latency) only", List.of());
        }
        double v0 = ParameterPaths.value(s, path).orElseThrow();
        double[] bounds = ParameterPaths.searchBounds(path, v0);
        double lo = validBound(s, path, v0, Math.min(bounds[0], v0));
        double hi = validBound(s, path, v0, Math.max(bounds[1], v0));
        double res = ParameterPaths.resolution(path);
        int[] r = c.threatSetId().isEmpty() ? new int[] {0, 0} : cases.ranges.get(c.threatSetId());
        Map<Double, Margin.Point> curve = new java.util.TreeMap<>();
        java.util.function.DoubleFunction<Evaluation> at = v -> marginEvaluation(c, s, sites, cases, r, nominal,
                counted, path, v0, v);
        java.util.function.DoublePredicate holdsAt = v -> {
            Scenario sv = ParameterPaths.with(s, path, v);
            Metric m = metric(c, sv, sites, cases, at.apply(v), counted);
            boolean h = holds(c, m.value);
            curve.put(v, new Margin.Point(v, m.value, h));
            return h;
        };
        curve.put(v0, new Margin.Point(v0, metric(c, s, sites, cases, nominal, counted).value, h0));
        boolean hLo = lo == v0 ? h0 : holdsAt.test(lo);
        boolean hHi = hi == v0 ? h0 : holdsAt.test(hi);
        String verdictWord = h0 ? "holds" : "fails";
        if (hLo == h0 && hHi == h0) {
            String statement = String.format(Locale.ROOT, "%s for any %s from %s to %s (declared %s)", verdictWord,
                    label, ParameterPaths.format(lo, unit), ParameterPaths.format(hi, unit),
                    ParameterPaths.format(v0, unit));
            return new Margin(path, label, unit, v0, false, Double.NaN, lo, hi, statement,
                    List.copyOf(curve.values()));
        }
        boolean up = hHi != h0;
        double a = v0;
        double b = up ? hi : lo;
        while (Math.abs(b - a) > res) {
            double mid = 0.5 * (a + b);
            if (holdsAt.test(mid) == h0) {
                a = mid;
            } else {
                b = mid;
            }
        }
        double critical = b;
        String flipCase = flipCase(c, cases, r, nominal, at.apply(critical), counted);
        String statement;
        if (h0) {
            statement = String.format(Locale.ROOT, "holds unless the %s %s %s (declared %s)%s", label,
                    up ? "exceeds" : "falls below", ParameterPaths.format(critical, unit),
                    ParameterPaths.format(v0, unit), flipCase);
        } else {
            statement = String.format(Locale.ROOT, "fails; would hold if the %s were %s %s (declared %s)%s", label,
                    up ? "above" : "below", ParameterPaths.format(critical, unit), ParameterPaths.format(v0, unit),
                    flipCase);
        }
        return new Margin(path, label, unit, v0, true, critical, lo, hi, statement, List.copyOf(curve.values()));
    }

    /**
     * The search bound itself when the model accepts it, else the value nearest to it (toward the
     * declared value, to a millionth of the interval) that it accepts: a maximum altitude may not
     * fall below the minimum one, a radar range must be positive.
     */
    private static double validBound(Scenario s, String path, double v0, double bound) {
        if (accepts(s, path, bound)) {
            return bound;
        }
        double bad = bound;
        double good = v0;
        for (int i = 0; i < 60 && Math.abs(good - bad) > 1e-6 * Math.abs(bound - v0); i++) {
            double mid = 0.5 * (good + bad);
            if (accepts(s, path, mid)) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good;
    }

    private static boolean accepts(Scenario s, String path, double v) {
        try {
            ParameterPaths.with(s, path, v);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The first threat whose engageability differs between two evaluations, in words (for the margin). */
    private static String flipCase(Criterion c, Cases cases, int[] r, Evaluation a, Evaluation b, boolean[] counted) {
        for (int i = r[0]; i < r[1]; i++) {
            boolean ea = engaged(a, i, counted);
            boolean eb = engaged(b, i, counted);
            if (ea != eb) {
                return String.format(Locale.ROOT, "; there %s becomes %s", label(cases.all.get(i)),
                        eb ? "engageable" : "unengageable");
            }
        }
        return "";
    }

    /** The evaluation of the criterion's threats with one parameter at v, recomputing only what it changes. */
    private Evaluation marginEvaluation(Criterion c, Scenario s, Sites sites, Cases cases, int[] r, Evaluation nominal,
                                       boolean[] counted, String path, double v0, double v) {
        Scenario variant = ParameterPaths.with(s, path, v);
        String[] p = path.split("\\.");
        boolean[] changedSite = new boolean[sites.size()];
        boolean tracks;
        if (p.length > 3 && p[2].equals("sites")) {
            tracks = false;
            for (int j = 0; j < sites.size(); j++) {
                changedSite[j] = sites.system.get(j).id().equals(p[1]) && sites.site.get(j).id().equals(p[3]);
            }
        } else if (p.length > 3 && p[2].equals("delays")) {
            tracks = false;
            for (int j = 0; j < sites.size(); j++) {
                changedSite[j] = sites.system.get(j).id().equals(p[1]);
            }
        } else {
            tracks = true;
            java.util.Arrays.fill(changedSite, true);
        }
        boolean fractions = c.metric() == Criterion.Metric.ENGAGEABLE_FRACTION
                || c.metric() == Criterion.Metric.DEFENDED_POPULATION_FRACTION
                || c.metric() == Criterion.Metric.DEFENDED_AREA_FRACTION;
        ParameterPaths.Effect effect = ParameterPaths.effect(path);
        boolean helping = effect == ParameterPaths.Effect.HELPS ? v > v0
                : effect == ParameterPaths.Effect.HURTS && v < v0;
        boolean monotone = effect != ParameterPaths.Effect.NEITHER && !tracks;
        RowFilter filter = new RowFilter() {
            @Override
            public boolean test(int i, int j) {
                if (!changedSite[j] || !counted[j] && fractions) {
                    return changedSite[j] && !fractions;
                }
                if (fractions && monotone) {
                    // Only feasibility matters: a change that helps cannot remove a feasible intercept,
                    // one that hurts cannot add one, and a threat another counted site engages stays engaged.
                    boolean f = nominal.windows[i][j].feasible();
                    if (helping == f) {
                        return false;
                    }
                    for (int k = 0; k < counted.length; k++) {
                        if (k != j && counted[k] && !changedSite[k] && nominal.windows[i][k].feasible()) {
                            return false;
                        }
                    }
                }
                return true;
            }

            @Override
            public boolean anyInRow(int i) {
                if (tracks) {
                    return true;
                }
                for (int j = 0; j < changedSite.length; j++) {
                    if (test(i, j)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public boolean tracksChange() {
                return tracks;
            }
        };
        return evaluate(variant, sites, cases, r[0], r[1], nominal, filter, null);
    }

    // ------------------------------------------------------------------ outcomes

    /**
     * Each case's outcome, in case order: computed side by side (each from its own case's flight and
     * windows), the main thread's work while the workers waited, about 80 ms of the default run.
     */
    private List<ThreatOutcome> outcomes(Cases cases, Sites sites, Evaluation e) {
        ThreatOutcome[] out = new ThreatOutcome[cases.all.size()];
        parallel.forEach(out.length, i -> {
            ThreatCase tc = cases.all.get(i);
            Flights.Flight f = cases.flight[i];
            if (!f.reachable()) {
                out[i] = new ThreatOutcome(tc, null, f.unreachableReason(), List.of());
                return;
            }
            List<SiteOutcome> so = new ArrayList<>();
            for (int j = 0; j < sites.size(); j++) {
                EngagementWindow w = e.windows[i][j];
                FireControl.UsableTrack u = e.usable[i][j];
                so.add(new SiteOutcome(sites.site.get(j).id(), sites.system.get(j).id(), w.feasible(), w.reason(),
                        w.firstInterceptS(), w.lastInterceptS(), w.feasible() ? lowest(cases, i, w) : 0.0,
                        w.opportunities(),
                        u.exists() ? w.earliestLaunchS() : Double.POSITIVE_INFINITY, w.criticalDelayS()));
            }
            out[i] = new ThreatOutcome(tc, f.display(), "", so);
        });
        return List.of(out);
    }

    private static void summary(Cases cases, Sites sites, Evaluation e, Map<String, Double> metrics) {
        boolean[] all = new boolean[sites.size()];
        java.util.Arrays.fill(all, true);
        for (Map.Entry<String, int[]> set : cases.ranges.entrySet()) {
            int[] r = set.getValue();
            int reachable = 0;
            int engaged = 0;
            int[] bySite = new int[sites.size()];
            for (int i = r[0]; i < r[1]; i++) {
                if (e.windows[i] == null) {
                    continue;
                }
                reachable++;
                engaged += engaged(e, i, all) ? 1 : 0;
                for (int j = 0; j < sites.size(); j++) {
                    bySite[j] += e.windows[i][j].feasible() ? 1 : 0;
                }
            }
            String p = "threat-set." + set.getKey() + ".";
            metrics.put(p + "cases", (double) (r[1] - r[0]));
            metrics.put(p + "reachable", (double) reachable);
            metrics.put(p + "engageable", (double) engaged);
            for (int j = 0; j < sites.size(); j++) {
                metrics.put(p + "engageable-by." + sites.site.get(j).id(), (double) bySite[j]);
            }
        }
    }
}
