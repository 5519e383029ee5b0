package org.plumbline.core.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.UsStandardAtmosphere1976;
import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.interceptor.ReachTable;
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
     * The evaluation's shortcuts (no visit after the end of the usable track, the window's latest
     * launch times kept for the shoot-look-shoot pass) change no window: the same record as the
     * reference evaluation, bit for bit, over sites near and far, short- and long-range
     * interceptors, plane and rotating reach, and a sweep of first tracks, delays and track ends
     * (some before the threat's impact, so that the early end is taken).
     */
    @Test
    void theShortcutsGiveTheReferenceWindows() {
        GeodeticPoint[] sites = {DEVESELU, GeodeticPoint.ofDegrees(34.0, 28.0), GeodeticPoint.ofDegrees(54.48, 17.10),
            GeodeticPoint.ofDegrees(36.62, -6.35), GeodeticPoint.ofDegrees(38.0, 50.0)};
        Interceptor iia = new Interceptor("sm3-iia", "SM-3 Block IIA", 4_500, 60, 3, 70_000, 1_000_000, 900, 5, 0,
                2_500_000);
        Interceptor longRange = new Interceptor("long", "long range", 7_000, 120, 3, 100_000, 2_000_000, 1_800, 5,
                0, 6_000_000);
        double omega = EarthModel.WGS84.rotationRateRadPerS();
        int compared = 0;
        int feasible = 0;
        for (GeodeticPoint site : sites) {
            org.plumbline.core.interceptor.InterceptorReach[] reaches = {table,
                new ReachTable(iia, UsStandardAtmosphere1976.INSTANCE),
                new org.plumbline.core.interceptor.RotatingReach(longRange, UsStandardAtmosphere1976.INSTANCE,
                        site.latitudeRad(), omega)};
            for (org.plumbline.core.interceptor.InterceptorReach reach : reaches) {
                for (double first = 60; first <= 300; first += 120) {
                    for (double delay = 0; delay <= 400; delay += 100) {
                        for (double end : new double[] {flight.flightTimeS(), 700, 450}) {
                            EngagementWindow fast = Engagement.evaluate(track, site, reach, first, delay, end, 60);
                            EngagementWindow ref = Engagement.evaluateReference(track, site, reach, first, delay, end,
                                    60);
                            assertEquals(ref, fast, site + ", " + reach.interceptor().id() + ", first track " + first
                                    + " s, delay " + delay + " s, track end " + end + " s");
                            compared++;
                            feasible += ref.feasible() ? 1 : 0;
                        }
                    }
                }
            }
        }
        // Both outcomes are exercised.
        assertTrue(feasible > 20 && feasible < compared - 20, feasible + " of " + compared + " feasible");
    }
}
