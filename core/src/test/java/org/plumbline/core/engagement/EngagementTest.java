package org.plumbline.core.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plumbline.core.testing.TestInterceptors.SM3_IIA;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.UsStandardAtmosphere1976;
import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.interceptor.InterceptorReach;
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
 * An Iranian MRBM (Semnan to Bucharest, public-data B.6 and A.6) against an SM-3 site at Deveselu
 * (B.4): the engagement's properties and its geometry.
 */
class EngagementTest {
    private static final GeodeticPoint SEMNAN = GeodeticPoint.ofDegrees(35.235, 53.921);
    private static final GeodeticPoint BUCHAREST = GeodeticPoint.ofDegrees(44.43, 26.10);
    private static final GeodeticPoint DEVESELU = GeodeticPoint.ofDegrees(44.077, 24.416);
    /** SM-3 Block IB-like: 3.0 km/s [UNVERIFIED, B.1]; the other values are the catalog's assumptions. */
    private static final Interceptor IB = new Interceptor("sm3-ib", "SM-3 Block IB", 3_000, 60, 3, 70_000, 500_000,
            900, 5, 0, 1_200_000);
    private static ThreatTrack track;
    private static Trajectory flight;
    private static ReachTable table;

    @BeforeAll
    static void fly() {
        FlightSettings fine = FlightSettings.DEFAULT.withSampleIntervalS(1.0);
        Missile mrbm = GenericRocket.withNominalRange(GenericRocket.liquidIrbmTemplate(), 3_000_000, 150,
                FlightSettings.DEFAULT);
        TargetingResult r = new TrajectorySolver(new NativeFlightEngine(EarthModel.WGS84, mrbm, fine))
                .solve(SEMNAN, BUCHAREST, Shape.MINIMUM_ENERGY);
        flight = ((TargetingResult.Reached) r).trajectory();
        track = ThreatTrack.of(flight, EarthModel.WGS84);
        table = new ReachTable(IB, UsStandardAtmosphere1976.INSTANCE);
    }

    private static EngagementWindow engage(ReachTable t, double firstTrackS, double delayS) {
        return Engagement.evaluate(track, DEVESELU, t, firstTrackS, delayS, flight.flightTimeS(), 60);
    }

    @Test
    void aSiteNearTheTargetEngagesHeadOn() {
        EngagementWindow w = engage(table, 150, 65);
        assertTrue(w.feasible(), w.reason());
        assertTrue(w.opportunities() >= 1);
        InterceptPoint first = w.intercepts().get(0);
        assertTrue(first.interceptorLaunchS() >= w.earliestLaunchS() - 1e-9);
        assertTrue(first.altitudeM() >= IB.minInterceptAltitudeM() && first.altitudeM() <= IB.maxInterceptAltitudeM());
        // Deveselu lies almost under the flight path (A.6: 69 km off Semnan-Bucharest): the interceptor
        // climbs toward a threat coming at it, so the velocities meet from the front hemisphere.
        assertTrue(first.crossingAngleRad() > Math.toRadians(90), "crossing " + Math.toDegrees(first.crossingAngleRad()));
        assertTrue(first.closingSpeedMps() > flight.burnoutSpeedMps(), "closing " + first.closingSpeedMps());
    }

    @Test
    void longerDelaysNeverGainAndTheCriticalDelayIsTheEdge() {
        EngagementWindow base = engage(table, 150, 65);
        double critical = base.criticalDelayS();
        assertTrue(engage(table, 150, critical - 1.0).feasible());
        assertFalse(engage(table, 150, critical + 1.0).feasible());
        for (double d = 0; d < critical + 200; d += 50) {
            EngagementWindow a = engage(table, 150, d);
            EngagementWindow b = engage(table, 150, d + 50);
            assertTrue(!b.feasible() || a.feasible() && a.firstInterceptS() <= b.firstInterceptS(), "delay " + d);
        }
    }

    @Test
    void fasterInterceptorsNeverLoseAFeasibleIntercept() {
        ReachTable fast = new ReachTable(IB.withBurnoutSpeedMps(4_500), UsStandardAtmosphere1976.INSTANCE);
        for (double d = 0; d < 800; d += 100) {
            EngagementWindow slow = engage(table, 150, d);
            EngagementWindow quick = engage(fast, 150, d);
            if (slow.feasible()) {
                assertTrue(quick.feasible(), "delay " + d);
                assertTrue(quick.firstInterceptS() <= slow.firstInterceptS() + 1e-9, "delay " + d);
            }
        }
    }

    @Test
    void withoutATrackThereIsNoIntercept() {
        EngagementWindow w = Engagement.evaluate(track, DEVESELU, table, 150, 65, 200, 60);
        assertFalse(w.feasible());
        assertEquals(0, w.opportunities());
    }

    /**
     * The evaluation's shortcuts (the blocks of samples skipped on their proven upper bound, no visit
     * after the end of the usable track, the window's latest launch times kept for the
     * shoot-look-shoot pass) change no window: the same record as the reference evaluation, bit for
     * bit. The 675 variants of the first version (five sites near and far; the SM-3 IB and IIA
     * tables and a long-range interceptor over the rotating Earth; first tracks, delays and track
     * ends, some before the threat's impact) on the 1 s track, and then more: the same track sampled
     * every 2 s, a lofted threat (apogee 1,150 km) that passes above the IIA's 1,000 km ceiling
     * so that its windows split in two, the IIA over the rotating Earth (what the assessment uses), an
     * interceptor with a low ceiling whose reach the threats pass over, and sites under the lofted
     * path. The counts at the end check that split feasible sets (also several per window), isolated
     * feasible samples and the IIA's wide windows are among them.
     */
    @Test
    void theShortcutsGiveTheReferenceWindows() {
        GeodeticPoint[] sites = {DEVESELU, GeodeticPoint.ofDegrees(34.0, 28.0), GeodeticPoint.ofDegrees(54.48, 17.10),
            GeodeticPoint.ofDegrees(36.62, -6.35), GeodeticPoint.ofDegrees(38.0, 50.0)};
        Interceptor longRange = new Interceptor("long", "long range", 7_000, 120, 3, 100_000, 2_000_000, 1_800, 5,
                0, 6_000_000);
        Interceptor lowCeiling = new Interceptor("low", "low ceiling", 3_500, 50, 2, 40_000, 180_000, 400, 5,
                20_000, 900_000);
        double omega = EarthModel.WGS84.rotationRateRadPerS();
        ReachTable iiaTable = new ReachTable(SM3_IIA, UsStandardAtmosphere1976.INSTANCE);
        ReachTable lowTable = new ReachTable(lowCeiling, UsStandardAtmosphere1976.INSTANCE);
        Counts first = new Counts();
        for (GeodeticPoint site : sites) {
            InterceptorReach[] reaches = {table, iiaTable,
                new RotatingReach(longRange, UsStandardAtmosphere1976.INSTANCE, site.latitudeRad(), omega)};
            compare(track, flight.flightTimeS(), new double[] {flight.flightTimeS(), 700, 450}, site, reaches, first);
        }
        assertEquals(675, first.compared);
        assertTrue(first.feasible > 20 && first.feasible < first.compared - 20,
                first.feasible + " of " + first.compared + " feasible");

        Trajectory flight2s = fly(SEMNAN, BUCHAREST, Shape.MINIMUM_ENERGY, 2.0);
        Trajectory lofted = fly(SEMNAN, ANKARA, new Shape.Lofted(1_150_000), 1.0);
        GeodeticPoint[] more = {DEVESELU, GeodeticPoint.ofDegrees(34.0, 28.0), GeodeticPoint.ofDegrees(38.0, 50.0),
            GeodeticPoint.ofDegrees(37.5, 43.5), GeodeticPoint.ofDegrees(39.0, 38.0), ANKARA};
        Counts rest = new Counts();
        for (GeodeticPoint site : more) {
            InterceptorReach[] reaches = {table, iiaTable, lowTable,
                new RotatingReach(SM3_IIA, UsStandardAtmosphere1976.INSTANCE, site.latitudeRad(), omega),
                new RotatingReach(longRange, UsStandardAtmosphere1976.INSTANCE, site.latitudeRad(), omega)};
            for (Trajectory f : new Trajectory[] {flight, flight2s, lofted}) {
                double ft = f.flightTimeS();
                compare(ThreatTrack.of(f, EarthModel.WGS84), ft, new double[] {ft, 0.75 * ft, 0.5 * ft}, site, reaches,
                        rest);
            }
        }
        assertTrue(rest.feasible > 200 && rest.feasible < rest.compared - 200,
                rest.feasible + " of " + rest.compared + " feasible");
        assertTrue(rest.split >= 30, rest.split + " windows with split feasible sets");
        assertTrue(rest.manyParts >= 2, rest.manyParts + " windows whose feasible sets have three or more parts");
        assertTrue(rest.isolated >= 10, rest.isolated + " windows with an isolated feasible sample");
        assertTrue(rest.wide >= 300, rest.wide + " windows of 200 s or more");
    }

    private static final GeodeticPoint ANKARA = GeodeticPoint.ofDegrees(39.93, 32.86);

    private static Trajectory fly(GeodeticPoint from, GeodeticPoint to, Shape shape, double sampleIntervalS) {
        Missile mrbm = GenericRocket.withNominalRange(GenericRocket.liquidIrbmTemplate(), 3_000_000, 150,
                FlightSettings.DEFAULT);
        TargetingResult r = new TrajectorySolver(new NativeFlightEngine(EarthModel.WGS84, mrbm,
                FlightSettings.DEFAULT.withSampleIntervalS(sampleIntervalS))).solve(from, to, shape);
        assertTrue(r instanceof TargetingResult.Reached, r.toString());
        return ((TargetingResult.Reached) r).trajectory();
    }

    /** What a comparison covered. */
    private static final class Counts {
        int compared;
        int feasible;
        /** Windows whose feasible samples are not contiguous; with three or more runs; with a run of one sample. */
        int split;
        int manyParts;
        int isolated;
        /** Feasible windows of 200 s or more. */
        int wide;
    }

    /** Compares evaluate with the reference over first tracks, delays and the given track ends. */
    private static void compare(ThreatTrack t, double flightTimeS, double[] ends, GeodeticPoint site,
                                InterceptorReach[] reaches, Counts counts) {
        for (InterceptorReach reach : reaches) {
            for (double end : ends) {
                double[] launchBy = Engagement.launchTimesReference(t, site, reach, end);
                for (double firstTrack = 60; firstTrack <= 300; firstTrack += 120) {
                    for (double delay = 0; delay <= 400; delay += 100) {
                        EngagementWindow fast = Engagement.evaluate(t, site, reach, firstTrack, delay, end, 60);
                        EngagementWindow ref = Engagement.evaluateReference(t, site, reach, firstTrack, delay, end, 60);
                        assertEquals(ref, fast, site + ", " + reach.interceptor().id() + " ("
                                + reach.getClass().getSimpleName() + "), " + t.size() + " samples of " + flightTimeS
                                + " s, first track " + firstTrack + " s, delay " + delay + " s, track end " + end
                                + " s");
                        counts.compared++;
                        if (!ref.feasible()) {
                            continue;
                        }
                        counts.feasible++;
                        counts.wide += ref.lastInterceptS() - ref.firstInterceptS() >= 200 ? 1 : 0;
                        int runs = 0;
                        boolean single = false;
                        for (int i = 0; i < launchBy.length; i++) {
                            boolean in = launchBy[i] >= firstTrack + delay;
                            boolean before = i > 0 && launchBy[i - 1] >= firstTrack + delay;
                            boolean after = i + 1 < launchBy.length && launchBy[i + 1] >= firstTrack + delay;
                            runs += in && !before ? 1 : 0;
                            single |= in && !before && !after;
                        }
                        counts.split += runs > 1 ? 1 : 0;
                        counts.manyParts += runs > 2 ? 1 : 0;
                        counts.isolated += single ? 1 : 0;
                    }
                }
            }
        }
    }

    /**
     * A track with a sample that is not finite is refused: a NaN height would make its block's
     * bounds NaN, and the evaluation would skip the block's other samples without a word.
     */
    @Test
    void aTrackWithANonFiniteSampleIsRefused() {
        java.util.List<org.plumbline.core.trajectory.TrajectorySample> samples = new java.util.ArrayList<>(flight.samples());
        org.plumbline.core.trajectory.TrajectorySample s = samples.get(100);
        samples.set(100, new org.plumbline.core.trajectory.TrajectorySample(s.tS(), s.latitudeRad(), s.longitudeRad(),
                Double.NaN, s.speedMps()));
        Trajectory broken = new Trajectory(flight.launch(), flight.impact(), flight.launchAzimuthRad(),
                flight.pitchOverRad(), flight.burnoutTimeS(), flight.burnoutSpeedMps(), flight.burnoutAltitudeM(),
                flight.burnoutFlightPathAngleRad(), flight.apogeeAltitudeM(), flight.apogeeTimeS(), flight.flightTimeS(),
                flight.groundRangeM(), flight.events(), samples);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ThreatTrack.of(broken, EarthModel.WGS84));
        assertTrue(e.getMessage().contains("sample 100"), e.getMessage());
    }
}
