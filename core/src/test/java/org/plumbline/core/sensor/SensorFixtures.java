package org.plumbline.core.sensor;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.FlightOutcome;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySample;
import org.plumbline.core.trajectory.TrajectorySolver;

/**
 * Radars and trajectories shared by the sensor tests. Coordinates from shared/reference/public-data.md
 * B.3, B.4 and B.6 (Bucharest: city centre, as in reference/public-data-a6).
 */
final class SensorFixtures {
    /** Semnan space centre, Safir pad, public-data B.6 [SRC]. */
    static final GeodeticPoint SEMNAN = GeodeticPoint.ofDegrees(35.235, 53.921);
    /** Bucharest. */
    static final GeodeticPoint BUCHAREST = GeodeticPoint.ofDegrees(44.43, 26.10);
    /** AN/TPY-2 at Kurecik on Cat Tepe, 2,085 m, public-data B.3 [SRC]. */
    static final GeodeticPoint KURECIK = GeodeticPoint.ofDegrees(38.349, 37.794, 2085.0);
    /** NRC Fig. 5-8 range of a TPY-2 (public-data V15), taken against 1 m^2, m. */
    static final double TPY2_DETECTION_RANGE_M = 1_500_000.0;
    /** Track formation and reporting latency used by the tests (not catalog values), s. */
    static final double TRACK_FORMATION_S = 10.0;
    static final double REPORTING_LATENCY_S = 5.0;

    private SensorFixtures() {
    }

    /** A TPY-2-like radar at Kurecik with one face (0-90 deg elevation, 60 deg half-width). */
    static Radar kurecik(double boresightDeg, double detectionRangeM) {
        return new Radar("kurecik", "an-tpy-2", KURECIK, List.of(new RadarFace(Math.toRadians(boresightDeg),
                Math.toRadians(60.0), 0.0, Math.toRadians(90.0))), detectionRangeM, 1.0, 10_000_000.0,
                TRACK_FORMATION_S, REPORTING_LATENCY_S);
    }

    private static final class Flight {
        static final Missile MISSILE = GenericRocket.withNominalRange(GenericRocket.liquidIrbmTemplate(), 3_000_000,
                180, FlightSettings.DEFAULT);
        static final Trajectory TEN_SECOND = solve();
        static final Trajectory ONE_SECOND = resample(1.0);

        private static Trajectory solve() {
            TargetingResult r = new TrajectorySolver(NativeFlightEngine.of(EarthModel.WGS84, MISSILE))
                    .solve(SEMNAN, BUCHAREST, Shape.MINIMUM_ENERGY);
            if (r instanceof TargetingResult.Reached reached) {
                return reached.trajectory();
            }
            throw new IllegalStateException("Semnan-Bucharest not reached: " + r);
        }

        /** The same flight (same steering and cut-off) recorded at another sample interval. */
        private static Trajectory resample(double intervalS) {
            NativeFlightEngine e = new NativeFlightEngine(EarthModel.WGS84, MISSILE,
                    FlightSettings.DEFAULT.withSampleIntervalS(intervalS));
            FlightOutcome out = e.fly(e.boost(SEMNAN, TEN_SECOND.launchAzimuthRad(), TEN_SECOND.pitchOverRad()),
                    TEN_SECOND.burnoutTimeS(), true);
            return ((FlightOutcome.Impact) out).trajectory();
        }
    }

    /**
     * Minimum-energy flight Semnan to Bucharest over rotating WGS84 of the generic liquid IRBM scaled
     * to a 3,000 km nominal range with a 180 s burn, samples every 10 s (FlightSettings.DEFAULT).
     */
    static Trajectory semnanBucharest() {
        return Flight.TEN_SECOND;
    }

    /** The same flight with samples every second. */
    static Trajectory semnanBucharestOneSecond() {
        return Flight.ONE_SECOND;
    }

    /**
     * A target rising straight up from a ground point at speedMps from altitude 0 at t = 0 for
     * durationS, sampled every stepS (on a sphere its ECEF motion is linear in time).
     */
    static Trajectory verticalRise(GeodeticPoint ground, double speedMps, double durationS, double stepS) {
        List<TrajectorySample> samples = new ArrayList<>();
        for (double t = 0.0; t < durationS - 1.0e-9; t += stepS) {
            samples.add(new TrajectorySample(t, ground.latitudeRad(), ground.longitudeRad(), speedMps * t, speedMps));
        }
        samples.add(new TrajectorySample(durationS, ground.latitudeRad(), ground.longitudeRad(), speedMps * durationS,
                speedMps));
        GeodeticPoint top = new GeodeticPoint(ground.latitudeRad(), ground.longitudeRad(), speedMps * durationS);
        return new Trajectory(ground, ground, 0.0, 0.0, durationS, speedMps, top.altitudeM(), Math.PI / 2,
                top.altitudeM(), durationS, durationS, 0.0, List.of(), samples);
    }
}
