package org.plumbline.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
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

    private TrajectorySolver nativeSolver;
    private TrajectorySolver orekitSolver;

    @Setup
    public void setUp() {
        EarthModel earth = EarthModel.WGS84;
        Missile missile = GenericRocket.withNominalRange(GenericRocket.liquidIcbmTemplate(), 10_000_000.0, 250.0,
                FlightSettings.DEFAULT);
        NativeFlightEngine nativeEngine = NativeFlightEngine.of(earth, missile);
        OrekitFlightEngine orekitEngine = OrekitFlightEngine.of(earth, missile);
        nativeSolver = new TrajectorySolver(nativeEngine);
        orekitSolver = new TrajectorySolver(orekitEngine);

        Trajectory nativeSolution = reached(nativeSolver.solve(KOZELSK, WASHINGTON, Shape.MINIMUM_ENERGY));
        Trajectory orekitSolution = reached(orekitSolver.solve(KOZELSK, WASHINGTON, Shape.MINIMUM_ENERGY));
        FlightOutcome crossCheck = orekitEngine.fly(orekitEngine.boost(KOZELSK, nativeSolution.launchAzimuthRad(),
                nativeSolution.pitchOverRad()), nativeSolution.burnoutTimeS(), false);
        Trajectory orekitOfNativeSteering = ((FlightOutcome.Impact) crossCheck).trajectory();
        Geodesy geodesy = new Geodesy(earth);
        System.out.printf(Locale.ROOT, "%n[targeting] ground range %.1f km, flight time %.1f s%n",
                nativeSolution.groundRangeM() / 1000.0, nativeSolution.flightTimeS());
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
}
