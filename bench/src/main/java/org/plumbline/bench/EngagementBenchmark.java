package org.plumbline.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.UsStandardAtmosphere1976;
import org.plumbline.core.engagement.Engagement;
import org.plumbline.core.engagement.EngagementWindow;
import org.plumbline.core.engagement.ThreatTrack;
import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.interceptor.ReachTable;
import org.plumbline.core.interceptor.RotatingReach;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySolver;

/**
 * Cost of the engagement step: one {@link Engagement#evaluate} of an Iranian MRBM track against an
 * Aegis Ashore site, and one {@link ReachTable} construction per interceptor type: over a
 * non-rotating Earth ({@link #buildReachTable}) and for one 30-degree sector over the rotating Earth
 * ({@link #buildRotatingSector}, what {@code RotatingReach} builds the first time an engagement
 * looks that way).
 *
 * <p>Threat: the generic two-stage liquid IRBM scaled to a 3,000 km nominal range with a 150 s burn,
 * minimum-energy from Semnan (35.235 N, 53.921 E; public-data B.6) to Bucharest (44.43 N, 26.10 E),
 * about 2,600 km over the rotating WGS84 Earth; samples every 1 s ({@link #evaluate}) or 2 s
 * ({@link #evaluateTwoSecondSamples}); over the rotating Earth, with the 1 s track
 * ({@link #evaluateRotatingReach}). Site: Deveselu (44.077 N, 24.416 E; B.4). Fire control as in
 * the core's EngagementTest: first usable track at 150 s, 65 s of delays, track to impact, 60 s
 * assessment. Interceptors: the catalog's sm3-ib (the Deveselu loadout, B.1) and sm3-iia.
 *
 * <p>Sample-time mode: read the p0.50 lines as medians. The setup prints the window once per fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Fork(value = 1, jvmArgsAppend = "-Xss4m")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class EngagementBenchmark {
    static final GeodeticPoint SEMNAN = GeodeticPoint.ofDegrees(35.235, 53.921);
    static final GeodeticPoint BUCHAREST = GeodeticPoint.ofDegrees(44.43, 26.10);
    static final GeodeticPoint DEVESELU = GeodeticPoint.ofDegrees(44.077, 24.416);
    static final double FIRST_TRACK_S = 150.0;
    static final double DELAY_S = 65.0;
    static final double ASSESSMENT_S = 60.0;

    /** Catalog interceptor (io/.../catalog/interceptors.yaml values). */
    @Param({"sm3-ib", "sm3-iia"})
    public String interceptorId;

    private Interceptor interceptor;
    private ReachTable table;
    private RotatingReach rotating;
    private ThreatTrack track1s;
    private ThreatTrack track2s;
    private double trackEndS;

    static Interceptor catalog(String id) {
        return switch (id) {
            case "sm3-ib" -> new Interceptor("sm3-ib", "SM-3 Block IB", 3_000, 60, 3, 70_000, 500_000, 600, 5, 0,
                    1_200_000);
            case "sm3-iia" -> new Interceptor("sm3-iia", "SM-3 Block IIA", 4_500, 60, 3, 70_000, 1_000_000, 900, 5, 0,
                    2_500_000);
            default -> throw new IllegalArgumentException("interceptorId = \"" + id + "\" is not sm3-ib or sm3-iia");
        };
    }

    @Setup
    public void setUp() {
        interceptor = catalog(interceptorId);
        table = new ReachTable(interceptor, UsStandardAtmosphere1976.INSTANCE);
        Missile mrbm = GenericRocket.withNominalRange(GenericRocket.liquidIrbmTemplate(), 3_000_000.0, 150.0,
                FlightSettings.DEFAULT);
        Trajectory flight1s = fly(mrbm, 1.0);
        Trajectory flight2s = fly(mrbm, 2.0);
        track1s = ThreatTrack.of(flight1s, EarthModel.WGS84);
        track2s = ThreatTrack.of(flight2s, EarthModel.WGS84);
        trackEndS = flight1s.flightTimeS();
        System.out.printf(Locale.ROOT, "%n[engagement] %s; track %.1f km, %.1f s, %d samples (1 s), %d samples (2 s)%n",
                interceptorId, flight1s.groundRangeM() / 1000.0, flight1s.flightTimeS(), track1s.size(),
                track2s.size());
        // Over the rotating Earth, as the assessment looks: the sectors the evaluation needs are built
        // here, by the first evaluation.
        rotating = new RotatingReach(interceptor, UsStandardAtmosphere1976.INSTANCE, DEVESELU.latitudeRad(),
                EarthModel.WGS84.rotationRateRadPerS());
        print("1 s", evaluate());
        print("2 s", evaluateTwoSecondSamples());
        print("1 s, rotating Earth", evaluateRotatingReach());
    }

    private static Trajectory fly(Missile missile, double sampleIntervalS) {
        FlightSettings settings = FlightSettings.DEFAULT.withSampleIntervalS(sampleIntervalS);
        TargetingResult r = new TrajectorySolver(new NativeFlightEngine(EarthModel.WGS84, missile, settings))
                .solve(SEMNAN, BUCHAREST, Shape.MINIMUM_ENERGY);
        if (r instanceof TargetingResult.Reached reached) {
            return reached.trajectory();
        }
        throw new IllegalStateException("the benchmark trajectory is not reached: " + r);
    }

    private static void print(String label, EngagementWindow w) {
        System.out.printf(Locale.ROOT, "[engagement] %s samples: feasible %s, window %.0f-%.0f s, %d opportunities, "
                        + "critical delay %.0f s%n", label, w.feasible(), w.firstInterceptS(), w.lastInterceptS(),
                w.opportunities(), w.criticalDelayS());
    }

    /** (a) One evaluation on the 1 s track, the reach table already built. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public EngagementWindow evaluate() {
        return Engagement.evaluate(track1s, DEVESELU, table, FIRST_TRACK_S, DELAY_S, trackEndS, ASSESSMENT_S);
    }

    /** (c) The same evaluation on the 2 s track. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public EngagementWindow evaluateTwoSecondSamples() {
        return Engagement.evaluate(track2s, DEVESELU, table, FIRST_TRACK_S, DELAY_S, trackEndS, ASSESSMENT_S);
    }

    /**
     * (e) The evaluation on the 1 s track with the reach over the rotating WGS84 Earth
     * ({@code RotatingReach}, what the assessment and {@code plumbline engage} use: an azimuth and up
     * to two sector lookups per sample), the sectors it needs already built.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public EngagementWindow evaluateRotatingReach() {
        return Engagement.evaluate(track1s, DEVESELU, rotating, FIRST_TRACK_S, DELAY_S, trackEndS, ASSESSMENT_S);
    }

    /** (b) Construction of the interceptor's reach table. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ReachTable buildReachTable() {
        return new ReachTable(interceptor, UsStandardAtmosphere1976.INSTANCE);
    }

    /**
     * (d) Construction of one sector's table over the rotating WGS84 Earth: fly-outs toward the east
     * (azimuth 90 deg) from Deveselu's latitude.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ReachTable buildRotatingSector() {
        return new ReachTable(interceptor, UsStandardAtmosphere1976.INSTANCE, DEVESELU.latitudeRad(), Math.PI / 2,
                EarthModel.WGS84.rotationRateRadPerS());
    }
}
