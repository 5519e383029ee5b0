package org.plumbline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.Geodesy;
import org.plumbline.core.trajectory.FlightOutcome;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySolver;
import org.plumbline.reference.OrekitFlightEngine;

/**
 * Time to solve one targeted ICBM trajectory: the generic liquid ICBM (10,000 km nominal range,
 * 250 s burn) on the minimum-energy trajectory from Kozelsk (54.03 N, 35.77 E) to Washington
 * (38.90 N, 77.04 W), about 7,800 km over the rotating WGS84 Earth with J2, boost and re-entry
 * drag included. The same {@link TrajectorySolver} runs on the native engine and on the Orekit
 * reference engine. Sample-time mode: read the p0.50 line as the median time per solve.
 *
 * <p>The setup also prints, once per fork, the distance between the impact points of the two
 * solutions and the distance between the native impact and the Orekit flight of the native
 * steering (the engines' disagreement on one flight).
 *
 * <p>{@link #boostStepS} is the native engine's RK4 step in powered flight, 0.5 s by default
 * ({@link FlightSettings#DEFAULT}); {@code -p boostStepS=0.5,1,2} measures what a coarser step saves
 * and, in the same-steering line, what it costs in accuracy (docs/performance.md, "The boost step").
 *
 * <p>{@link #batchPerTarget} and {@link #coldPerTarget} compare, per target, a batch of
 * {@link TrajectorySolver#solveAll} with solving the targets one by one, on the size of one launch
 * point and one missile of the assessment ({@link EuropeanTargets}). Average-time mode: the score is
 * the time per target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xss4m")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class TargetingBenchmark {
    static final GeodeticPoint KOZELSK = GeodeticPoint.ofDegrees(54.03, 35.77);
    static final GeodeticPoint WASHINGTON = GeodeticPoint.ofDegrees(38.90, -77.04);

    /** The native engine's boost step, s (the missile is scaled with the default settings whatever it is). */
    @Param({"0.5"})
    public double boostStepS;

    private TrajectorySolver nativeSolver;
    private TrajectorySolver orekitSolver;

    @Setup
    public void setUp() {
        EarthModel earth = EarthModel.WGS84;
        Missile missile = GenericRocket.withNominalRange(GenericRocket.liquidIcbmTemplate(), 10_000_000.0, 250.0,
                FlightSettings.DEFAULT);
        FlightSettings d = FlightSettings.DEFAULT;
        NativeFlightEngine nativeEngine = new NativeFlightEngine(earth, missile,
                d.withSteps(boostStepS, d.reentryStepS(), d.coastStepS()));
        OrekitFlightEngine orekitEngine = OrekitFlightEngine.of(earth, missile);
        nativeSolver = new TrajectorySolver(nativeEngine);
        orekitSolver = new TrajectorySolver(orekitEngine);

        Trajectory nativeSolution = reached(nativeSolver.solve(KOZELSK, WASHINGTON, Shape.MINIMUM_ENERGY));
        Trajectory orekitSolution = reached(orekitSolver.solve(KOZELSK, WASHINGTON, Shape.MINIMUM_ENERGY));
        FlightOutcome crossCheck = orekitEngine.fly(orekitEngine.boost(KOZELSK, nativeSolution.launchAzimuthRad(),
                nativeSolution.pitchOverRad()), nativeSolution.burnoutTimeS(), false);
        Trajectory orekitOfNativeSteering = ((FlightOutcome.Impact) crossCheck).trajectory();
        Geodesy geodesy = new Geodesy(earth);
        System.out.printf(Locale.ROOT, "%n[targeting] native boost step %.3g s: ground range %.1f km, flight time %.1f s%n",
                boostStepS, nativeSolution.groundRangeM() / 1000.0, nativeSolution.flightTimeS());
        System.out.printf(Locale.ROOT, "[targeting] miss: native %.2f m, Orekit %.2f m%n",
                geodesy.distanceM(nativeSolution.impact(), WASHINGTON),
                geodesy.distanceM(orekitSolution.impact(), WASHINGTON));
        System.out.printf(Locale.ROOT, "[targeting] impact distance native vs Orekit solution: %.2f m%n",
                geodesy.distanceM(nativeSolution.impact(), orekitSolution.impact()));
        System.out.printf(Locale.ROOT, "[targeting] impact distance native vs Orekit, same steering: %.2f m%n",
                geodesy.distanceM(nativeSolution.impact(), orekitOfNativeSteering.impact()));
    }

    private static Trajectory reached(TargetingResult result) {
        if (result instanceof TargetingResult.Reached r) {
            return r.trajectory();
        }
        throw new IllegalStateException("the benchmark trajectory is not reached: " + result);
    }

    @Benchmark
    public TargetingResult nativeEngine() {
        return nativeSolver.solve(KOZELSK, WASHINGTON, Shape.MINIMUM_ENERGY);
    }

    @Benchmark
    public TargetingResult orekitEngine() {
        return orekitSolver.solve(KOZELSK, WASHINGTON, Shape.MINIMUM_ENERGY);
    }

    /** Targets of a batch. */
    static final int BATCH_TARGETS = EuropeanTargets.ROWS * EuropeanTargets.COLUMNS;
    /** Every this many targets of the batch is solved one by one (a cold solve costs 10 to 60 ms). */
    static final int COLD_STRIDE = 10;

    /**
     * One launch point and one missile of {@code plumbline assess} with as many targets as the
     * European cities of 100,000 people or more of NATO members (612): Semnan (35.235 N, 53.921 E,
     * public-data B.6) to a grid of 24 x 25 points 1.5 deg of latitude (36 to 70.5 N) and 2.25 deg
     * of longitude (10 W to 44 E) apart, the cities' extent without their clustering: from 900 to
     * 5,670 km, so that each missile has targets within and beyond its reach. The missiles are
     * generic rockets scaled as the catalog's (io catalog/missiles.yaml): the notional liquid IRBM
     * (two stages, 5,000 km, 180 s), the notional three-stage solid IRBM (3,700 km, 150 s), the
     * Shahab-3 class liquid MRBM (one stage, 1,300 km, 110 s), and the notional liquid and solid
     * ICBMs (11,000 km; 240 s and 180 s), which can reach orbit and reach every target of the grid.
     */
    @State(Scope.Benchmark)
    public static class EuropeanTargets {
        static final int ROWS = 24;
        static final int COLUMNS = 25;
        static final GeodeticPoint SEMNAN = GeodeticPoint.ofDegrees(35.235, 53.921);

        @Param({"liquid-irbm-5000km", "solid-irbm-3700km", "liquid-mrbm-1300km", "liquid-icbm-11000km",
                "solid-icbm-11000km"})
        public String missile;

        TrajectorySolver solver;
        List<GeodeticPoint> targets;
        /** Every {@link #COLD_STRIDE}-th target, for the one-by-one solves. */
        List<GeodeticPoint> sample;

        static Missile missile(String id) {
            return switch (id) {
                case "liquid-irbm-5000km" -> GenericRocket.withNominalRange(GenericRocket.liquidIrbmTemplate(),
                        5_000_000.0, 180.0, FlightSettings.DEFAULT);
                case "solid-irbm-3700km" -> GenericRocket.withNominalRange(GenericRocket.solidIcbmTemplate(),
                        3_700_000.0, 150.0, FlightSettings.DEFAULT);
                case "liquid-mrbm-1300km" -> GenericRocket.withNominalRange(GenericRocket.liquidMrbmTemplate(),
                        1_300_000.0, 110.0, FlightSettings.DEFAULT);
                case "liquid-icbm-11000km" -> GenericRocket.withNominalRange(GenericRocket.liquidIcbmTemplate(),
                        11_000_000.0, 240.0, FlightSettings.DEFAULT);
                case "solid-icbm-11000km" -> GenericRocket.withNominalRange(GenericRocket.solidIcbmTemplate(),
                        11_000_000.0, 180.0, FlightSettings.DEFAULT);
                default -> throw new IllegalArgumentException("missile = \"" + id + "\" is not liquid-irbm-5000km, "
                        + "solid-irbm-3700km, liquid-mrbm-1300km, liquid-icbm-11000km or solid-icbm-11000km");
            };
        }

        @Setup
        public void setUp() {
            solver = new TrajectorySolver(NativeFlightEngine.of(EarthModel.WGS84, missile(missile)));
            targets = new ArrayList<>(BATCH_TARGETS);
            for (int i = 0; i < ROWS; i++) {
                for (int j = 0; j < COLUMNS; j++) {
                    targets.add(GeodeticPoint.ofDegrees(36.0 + 1.5 * i, -10.0 + 2.25 * j));
                }
            }
            sample = new ArrayList<>();
            for (int i = 0; i < BATCH_TARGETS; i += COLD_STRIDE) {
                sample.add(targets.get(i));
            }
            long reached = solver.solveAll(SEMNAN, targets, Shape.MINIMUM_ENERGY).stream()
                    .filter(r -> r instanceof TargetingResult.Reached).count();
            System.out.printf(Locale.ROOT, "%n[targeting] %s from Semnan: %d of %d targets reached%n", missile,
                    reached, BATCH_TARGETS);
        }
    }

    /** One batch of {@link #BATCH_TARGETS} minimum-energy solves; the score is per target. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OperationsPerInvocation(BATCH_TARGETS)
    public List<TargetingResult> batchPerTarget(EuropeanTargets batch) {
        return batch.solver.solveAll(EuropeanTargets.SEMNAN, batch.targets, Shape.MINIMUM_ENERGY);
    }

    /** Every {@link #COLD_STRIDE}-th target of the batch solved one by one; the score is per target. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OperationsPerInvocation(BATCH_TARGETS / COLD_STRIDE)
    public void coldPerTarget(EuropeanTargets batch, Blackhole sink) {
        for (GeodeticPoint target : batch.sample) {
            sink.consume(batch.solver.solve(EuropeanTargets.SEMNAN, target, Shape.MINIMUM_ENERGY));
        }
    }
}
