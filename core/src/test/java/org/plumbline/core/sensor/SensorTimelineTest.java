package org.plumbline.core.sensor;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.Trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sensor timelines of a flown threat: the generic IRBM from Semnan to Bucharest seen by a TPY-2-like
 * radar at Kurecik (properties: one interval, monotone in the detection range, none when the face
 * looks away; the sampling's effect on the boundaries), and early-warning cues.
 */
class SensorTimelineTest {
    private static final EarthModel EARTH = EarthModel.WGS84;
    private static final double RCS_M2 = 1.0;
    /**
     * Boundaries from the 10 s samples against those from 1 s samples of the same flight, s. The
     * Hermite path is off by up to about 100 m in boost (TargetPathTest), which moves a horizon
     * crossing seen from 1,400 km by a few milliseconds; measured 4.4 ms; 0.05 s.
     */
    private static final double SAMPLING_TOLERANCE_S = 0.05;
    /** How close to a true boundary the bisection ends (both sides of a comparison), s. */
    private static final double BISECTION_S = RadarCoverage.BOUNDARY_TOLERANCE_S;
    /**
     * Elevation of the target at the start of the interval (the horizon crossing), rad: the target
     * climbs through the horizon at about 0.11 deg/s, so 1 ms of bisection is 2e-6 rad; 1e-5 rad.
     */
    private static final double HORIZON_ELEVATION_TOLERANCE_RAD = 1.0e-5;
    /** Azimuth at the end of the interval (the face edge, 30 deg), rad: about 0.5 deg/s there; 1e-4 rad. */
    private static final double FACE_EDGE_AZIMUTH_TOLERANCE_RAD = 1.0e-4;

    private static List<DetectionInterval> intervals(Trajectory t, Radar radar, LineOfSight los) {
        return RadarCoverage.of(radar, EARTH, RCS_M2, los).detectionIntervals(TargetPath.of(t, EARTH));
    }

    /**
     * The east-looking face (boresight 90 deg, +-60 deg, 0-90 deg elevation, 1,500 km against 1 m^2)
     * sees the threat once: from the moment it rises over Kurecik's horizon, late in boost, to the
     * moment it passes north of the face's edge at azimuth 30 deg.
     */
    @Test
    void eastFaceAtKurecikDetectsTheThreatInOneInterval() {
        Trajectory t = SensorFixtures.semnanBucharest();
        Radar radar = SensorFixtures.kurecik(90.0, SensorFixtures.TPY2_DETECTION_RANGE_M);
        List<DetectionInterval> d = intervals(t, radar, LineOfSight.GEOMETRIC);
        assertEquals(1, d.size(), d.toString());
        DetectionInterval only = d.get(0);
        assertTrue(only.startS() > 0.0 && only.endS() < t.flightTimeS(), only.toString());
        TargetPath path = TargetPath.of(t, EARTH);
        RadarGeometry g = RadarGeometry.of(EARTH, radar.position());
        double[] p = new double[3];
        path.positionAt(only.startS(), p);
        assertEquals(0.0, g.elevationRad(p[0], p[1], p[2]), HORIZON_ELEVATION_TOLERANCE_RAD, "rises over the horizon");
        path.positionAt(only.endS(), p);
        assertEquals(Math.toRadians(30.0), g.azimuthRad(p[0], p[1], p[2]), FACE_EDGE_AZIMUTH_TOLERANCE_RAD,
                "leaves through the face's northern edge");
    }

    /** Property: a longer detection range never shortens the detection, at any time. */
    @Test
    void largerDetectionRangeNeverShortensTheIntervals() {
        Trajectory t = SensorFixtures.semnanBucharest();
        double[] rangesM = {300_000.0, 600_000.0, 700_000.0, 900_000.0, 1_200_000.0, 1_500_000.0, 2_000_000.0,
                4_000_000.0};
        for (LineOfSight los : List.of(LineOfSight.GEOMETRIC, LineOfSight.FOUR_THIRDS_EARTH)) {
            List<DetectionInterval> previous = List.of();
            double previousDuration = 0.0;
            for (double range : rangesM) {
                List<DetectionInterval> current = intervals(t, SensorFixtures.kurecik(90.0, range), los);
                for (DetectionInterval shorter : previous) {
                    assertTrue(current.stream().anyMatch(c -> c.startS() <= shorter.startS() + BISECTION_S
                                    && c.endS() >= shorter.endS() - BISECTION_S),
                            () -> String.format(Locale.ROOT, "%s at %.0f km is not inside %s", shorter, range / 1e3,
                                    current));
                }
                double duration = current.stream().mapToDouble(DetectionInterval::durationS).sum();
                assertTrue(duration >= previousDuration - 2 * BISECTION_S, String.format(Locale.ROOT,
                        "%.3f s at %.0f km after %.3f s", duration, range / 1e3, previousDuration));
                previous = current;
                previousDuration = duration;
            }
            assertTrue(previousDuration > 0.0, "the longest range detects");
        }
    }

    /**
     * A face looking south (boresight 180 deg, covering 120-240 deg) never sees the threat, which
     * stays between azimuths 98 and 308 deg through north. A face looking west (270 deg) is not
     * "away": it sees the descent toward Bucharest (azimuth 330 to 308 deg), after the east face has
     * lost the threat.
     */
    @Test
    void faceTurnedAwayDetectsNothing() {
        Trajectory t = SensorFixtures.semnanBucharest();
        assertEquals(List.of(), intervals(t, SensorFixtures.kurecik(180.0, 1_500_000.0), LineOfSight.GEOMETRIC));
        assertEquals(List.of(),
                intervals(t, SensorFixtures.kurecik(180.0, 1_500_000.0), LineOfSight.FOUR_THIRDS_EARTH));
        List<DetectionInterval> east = intervals(t, SensorFixtures.kurecik(90.0, 1_500_000.0), LineOfSight.GEOMETRIC);
        List<DetectionInterval> west = intervals(t, SensorFixtures.kurecik(270.0, 1_500_000.0), LineOfSight.GEOMETRIC);
        assertEquals(1, west.size(), west.toString());
        assertTrue(west.get(0).startS() > east.get(0).endS(), () -> east + " then " + west);
    }

    /** The boundaries hardly depend on the sample interval: 10 s against 1 s samples of one flight. */
    @Test
    void boundariesFromTenSecondSamplesMatchOneSecondSamples() {
        Trajectory coarse = SensorFixtures.semnanBucharest();
        Trajectory fine = SensorFixtures.semnanBucharestOneSecond();
        assertEquals(coarse.flightTimeS(), fine.flightTimeS(), 1.0e-9, "the same flight");
        for (LineOfSight los : List.of(LineOfSight.GEOMETRIC, LineOfSight.FOUR_THIRDS_EARTH)) {
            for (double boresight : new double[] {90.0, 270.0}) {
                Radar radar = SensorFixtures.kurecik(boresight, 1_500_000.0);
                List<DetectionInterval> a = intervals(coarse, radar, los);
                List<DetectionInterval> b = intervals(fine, radar, los);
                assertEquals(b.size(), a.size(), () -> a + " vs " + b);
                for (int i = 0; i < a.size(); i++) {
                    assertEquals(b.get(i).startS(), a.get(i).startS(), SAMPLING_TOLERANCE_S, a + " vs " + b);
                    assertEquals(b.get(i).endS(), a.get(i).endS(), SAMPLING_TOLERANCE_S, a + " vs " + b);
                }
            }
        }
    }

    /** Refraction lengthens the radar's horizon: the 4/3-Earth interval starts earlier. */
    @Test
    void refractionMakesTheThreatRiseEarlier() {
        Trajectory t = SensorFixtures.semnanBucharest();
        Radar radar = SensorFixtures.kurecik(90.0, 1_500_000.0);
        DetectionInterval geometric = intervals(t, radar, LineOfSight.GEOMETRIC).get(0);
        DetectionInterval refracted = intervals(t, radar, LineOfSight.FOUR_THIRDS_EARTH).get(0);
        assertTrue(refracted.startS() < geometric.startS() - 1.0, geometric + " vs " + refracted);
        assertEquals(geometric.endS(), refracted.endS(), 2 * BISECTION_S, "the face edge does not move");
    }

    /**
     * The whole timeline: tracks follow from the intervals; the early-warning cue comes when the
     * booster passes the satellite's altitude, compared with the 1 s samples of the same flight.
     */
    @Test
    void timelineOfRadarsAndSatellites() {
        Trajectory t = SensorFixtures.semnanBucharest();
        Radar east = SensorFixtures.kurecik(90.0, 1_500_000.0);
        Radar south = SensorFixtures.kurecik(180.0, 1_500_000.0);
        EarlyWarningSatellite sbirs = new EarlyWarningSatellite("sbirs", 20_000.0, 30.0);
        EarlyWarningSatellite high = new EarlyWarningSatellite("high", 200_000.0, 60.0);
        SensorTimeline timeline = SensorTimeline.of(t, EARTH, List.of(east, south), List.of(sbirs, high), RCS_M2,
                LineOfSight.GEOMETRIC);

        RadarTimeline e = timeline.radars().get(0);
        assertEquals("kurecik", e.radarId());
        DetectionInterval d = e.detections().get(0);
        assertEquals(List.of(new TrackInterval(d.startS() + SensorFixtures.TRACK_FORMATION_S,
                d.startS() + SensorFixtures.TRACK_FORMATION_S + SensorFixtures.REPORTING_LATENCY_S, d.endS())),
                e.tracks());
        assertFalse(timeline.radars().get(1).isDetected());
        assertEquals(List.of(), timeline.radars().get(1).tracks());

        for (int i = 0; i < 2; i++) {
            EarlyWarningSatellite s = List.of(sbirs, high).get(i);
            EarlyWarningCue.Reported cue = assertInstanceOf(EarlyWarningCue.Reported.class, timeline.cues().get(i));
            double crossing = firstSampleAtOrAbove(SensorFixtures.semnanBucharestOneSecond(), s.detectionAltitudeM());
            // The 1 s samples bracket the crossing within 1 s; the cue must lie in that second.
            assertTrue(cue.crossingS() <= crossing + BISECTION_S && cue.crossingS() > crossing - 1.0,
                    () -> cue + ", first 1 s sample above: " + crossing);
            assertEquals(cue.crossingS() + s.latencyS(), cue.reportS(), 0.0);
        }
    }

    @Test
    void satelliteAboveTheApogeeReportsWhyThereIsNoCue() {
        GeodeticPoint foot = GeodeticPoint.ofDegrees(30.0, 50.0);
        Trajectory low = SensorFixtures.verticalRise(foot, 500.0, 200.0, 10.0);
        EarlyWarningCue cue = EarlyWarningCue.of(new EarlyWarningSatellite("s", 150_000.0, 20.0),
                TargetPath.of(low, EarthModel.SPHERICAL));
        EarlyWarningCue.NotReported no = assertInstanceOf(EarlyWarningCue.NotReported.class, cue);
        assertEquals("the threat never reaches the detection altitude of 150.0 km (highest sampled 100.0 km)",
                no.reason());
        assertFalse(no.isReported());
    }

    /** On a linear rise the crossing is exact: 20 km at 500 m/s is 40 s, reported after the latency. */
    @Test
    void cueOfALinearRiseIsExact() {
        Trajectory rise = SensorFixtures.verticalRise(GeodeticPoint.ofDegrees(30.0, 50.0), 500.0, 200.0, 10.0);
        EarlyWarningCue cue = EarlyWarningCue.of(new EarlyWarningSatellite("s", 20_000.0, 20.0),
                TargetPath.of(rise, EarthModel.SPHERICAL));
        EarlyWarningCue.Reported yes = assertInstanceOf(EarlyWarningCue.Reported.class, cue);
        assertTrue(yes.crossingS() >= 40.0 - 1.0e-9 && yes.crossingS() <= 40.0 + EarlyWarningCue.CROSSING_TOLERANCE_S,
                yes.toString());
        assertEquals(yes.crossingS() + 20.0, yes.reportS(), 0.0);
        EarlyWarningCue atLaunch = EarlyWarningCue.of(new EarlyWarningSatellite("s", 0.0, 20.0),
                TargetPath.of(rise, EarthModel.SPHERICAL));
        assertEquals(new EarlyWarningCue.Reported("s", 0.0, 20.0), atLaunch);
    }

    @Test
    void trajectoryWithoutSamplesIsRefused() {
        Trajectory t = SensorFixtures.semnanBucharest();
        Trajectory bare = new Trajectory(t.launch(), t.impact(), t.launchAzimuthRad(), t.pitchOverRad(),
                t.burnoutTimeS(), t.burnoutSpeedMps(), t.burnoutAltitudeM(), t.burnoutFlightPathAngleRad(),
                t.apogeeAltitudeM(), t.apogeeTimeS(), t.flightTimeS(), t.groundRangeM(), t.events(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TargetPath.of(bare, EARTH));
        assertTrue(e.getMessage().contains("no samples"), e.getMessage());
    }

    private static double firstSampleAtOrAbove(Trajectory t, double altitudeM) {
        return t.samples().stream().filter(s -> s.altitudeM() >= altitudeM).findFirst().orElseThrow().tS();
    }
}
