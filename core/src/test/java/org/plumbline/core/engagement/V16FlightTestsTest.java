package org.plumbline.core.engagement;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.plumbline.core.testing.TestInterceptors.SM3_IIA;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Ellipsoid;
import org.plumbline.core.earth.Geodesy;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.UsStandardAtmosphere1976;
import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.interceptor.ReachTable;
import org.plumbline.core.testing.ReferenceData;
import org.plumbline.core.testing.ReferenceData.Row;
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
 * Reference case V16 (reference/mda-flight-tests): four Missile Defense Agency flight tests as
 * reported (public-data A.1). "The tool must not declare these engagements kinematically impossible
 * under the same geometry": each test rebuilds the geometry (labelled in {@code geometry.csv}), flies
 * the target over WGS84 with the {@link TrajectorySolver}, builds the catalog interceptor's
 * {@link ReachTable} and asks {@link Engagement#evaluate} for a feasible intercept; where the account
 * gives the interceptor's launch time, the engagement must allow a launch at that time.
 *
 * <p>Choices favour the defence where the accounts are silent, because the statement under test is
 * "not impossible": command delays are zero (only the interceptor's launch delay), a track starts
 * when the target rises above the geometric horizon of the named radar, and the track lasts to
 * impact. The README lists what was published, what was assumed and what each case gives. Two cases
 * come out infeasible under the reconstructed geometry and are disabled with the reason (FTM-15: the
 * ship's position; FTG-03a with the slower catalog GBI: the interceptor's speed).
 */
class V16FlightTestsTest {
    private static final String SOURCE = "mda-flight-tests";
    private static final List<Row> GEOMETRY = ReferenceData.table(SOURCE, "geometry.csv");
    private static final EarthModel EARTH = EarthModel.WGS84;
    private static final Geodesy GEODESY = new Geodesy(EARTH);
    /** Threat samples for engagement: 1 s (the engagement package's recommendation). */
    private static final FlightSettings THREAT_SETTINGS = FlightSettings.DEFAULT.withSampleIntervalS(1.0);
    /** Time to assess a shot before the next, s; it shapes shoot-look-shoot, not feasibility. */
    private static final double ASSESSMENT_S = 60.0;
    /** Command and control delays, s [ASSUMPTION: none, the most favourable case; see the class comment]. */
    private static final double COMMAND_DELAY_S = 0.0;

    // Catalog interceptors (io/src/main/resources/org/plumbline/io/catalog/interceptors.yaml, copied
    // because core does not read the catalog). Burnout speeds: public-data B.1; the rest ASSUMPTION there.
    // sm3-iia is the shared TestInterceptors.SM3_IIA.
    /** sm3-ia: 3.0 km/s [UNVERIFIED], 60 s, 3 stages, 70-500 km, 600 s, 5 s delay, 0-1,200 km. */
    static final Interceptor SM3_IA = new Interceptor("sm3-ia", "SM-3 Block IA", 3_000, 60, 3, 70_000, 500_000,
            600, 5, 0, 1_200_000);
    /** sm3-ib: kinematically the IA (same motor stack [UNVERIFIED]). */
    static final Interceptor SM3_IB = new Interceptor("sm3-ib", "SM-3 Block IB", 3_000, 60, 3, 70_000, 500_000,
            600, 5, 0, 1_200_000);
    /**
     * gbi-2stage-mda: 5.85 km/s [SEC, MDA figures], 120 s, 2 stages, 100-2,000 km, 1,200 s, 10 s, 0-6,000 km.
     * The slower of the two catalog GBIs. The GBI deployed at Vandenberg in 2007 has three stages and is
     * faster than the two-stage design (public-data B.1 gives no figure for it), so feasibility with this
     * entry is the stronger statement.
     */
    static final Interceptor GBI_2STAGE_MDA = new Interceptor("gbi-2stage-mda",
            "GBI, two-stage (Poland third-site design; MDA speed)", 5_850, 120, 2, 100_000, 2_000_000, 1_200, 10, 0,
            6_000_000);
    /** gbi-2stage-postol: as gbi-2stage-mda with T. Postol's 8.0 km/s [SEC]. */
    static final Interceptor GBI_2STAGE_POSTOL = new Interceptor("gbi-2stage-postol",
            "GBI, two-stage (Poland third-site design; Postol speed)", 8_000, 120, 2, 100_000, 2_000_000, 1_200, 10,
            0, 6_000_000);

    // ------------------------------------------------------------------ FTM-15

    /**
     * FTM-15 (15 Apr 2011): an SM-3 IA from USS O'Kane, near Wake Island, intercepted an LV-2 IRBM-class
     * target (more than 3,000 km) launched from Kwajalein, firing on AN/TPY-2 data from Wake [SEC]. The
     * target flies the minimum-energy trajectory to 3,300 km along the azimuth from the launch point to
     * Wake; the ship stands at Wake; the first usable track is the target rising above Wake's horizon.
     *
     * <p>Measured when written: infeasible, "no point of the trajectory is inside the interceptor's
     * reach". The cause is the reconstructed geometry, not a defect found in the engagement code: see
     * {@link #ftm15MinimumEnergyFlightPassesOverWakeAboveTheSm3IaCeiling()} and the README.
     */
    @Test
    @Disabled("V16 FTM-15 is infeasible under the geometry reconstructed from public-data (ship near Wake): an "
            + "IRBM-class target (3,300 km, minimum energy) passes over Wake at about 630 km, above the SM-3 IA "
            + "envelope (catalog cap 500 km, fly-out ceiling about 430 km), and no ship within 300 km of Wake "
            + "reaches it. Needs the ship's position; see reference/mda-flight-tests/README.md.")
    void ftm15SeaBasedSm3IaOnRemoteRadarData() {
        String c = "ftm15";
        GeodeticPoint radar = point(c, "radar");
        Trajectory flight = ftm15Flight();
        double firstTrackS = firstLineOfSightS(flight, radar);
        EngagementWindow w = engage(flight, point(c, "site"), SM3_IA, firstTrackS,
                COMMAND_DELAY_S + SM3_IA.launchDelayS());
        assertTrue(w.feasible(), () -> "FTM-15 declared impossible: " + describe(flight, firstTrackS, w));
    }

    /**
     * Why FTM-15 comes out infeasible: the minimum-energy flight passes over Wake (where the ship is)
     * higher than the SM-3 IA may intercept (catalog 500 km [ASSUMPTION], about the vertical Keplerian
     * ceiling of a 3.0 km/s burnout), so only an ascent intercept could remain.
     */
    @Test
    void ftm15MinimumEnergyFlightPassesOverWakeAboveTheSm3IaCeiling() {
        Trajectory flight = ftm15Flight();
        double overWakeM = altitudeAtM(flight, closestApproachS(flight, point("ftm15", "radar")));
        assertTrue(overWakeM > SM3_IA.maxInterceptAltitudeM(), () -> String.format(Locale.ROOT,
                "minimum-energy altitude over Wake: %.0f km", overWakeM / 1e3));
    }

    private static Trajectory ftm15Flight() {
        String c = "ftm15";
        GeodeticPoint launch = point(c, "launch");
        GeodeticPoint aim = GEODESY.destination(launch, GEODESY.azimuthRad(launch, point(c, "radar")),
                value(c, "target_range") * 1e3);
        // Two solid stages like the LV-2 [UNVERIFIED: first and second stages of the Trident I C4].
        return fly(c, GenericRocket.solidMrbmTemplate(), launch, aim, Shape.MINIMUM_ENERGY);
    }

    // ------------------------------------------------------------------ FTM-44

    /**
     * FTM-44 (16-17 Nov 2020): an SM-3 IIA from USS John Finn, north-east of Hawaii, intercepted an
     * ICBM-class target launched from Kwajalein more than 4,000 km away [SEC]. The ship fires on its
     * own radar's track (geometric horizon), later than any remote track it had.
     */
    @Test
    void ftm44SeaBasedSm3IiaAgainstAnIcbmClassTarget() {
        String c = "ftm44";
        GeodeticPoint launch = point(c, "launch");
        GeodeticPoint ship = point(c, "site");
        double distanceKm = GEODESY.distanceM(launch, ship) / 1e3;
        assertTrue(distanceKm > value(c, "site_distance_min"), "launch to ship " + distanceKm + " km");
        Trajectory flight = fly(c, GenericRocket.liquidIcbmTemplate(), launch, point(c, "aim"), Shape.MINIMUM_ENERGY);
        double firstTrackS = firstLineOfSightS(flight, ship);
        EngagementWindow w = engage(flight, ship, SM3_IIA, firstTrackS, COMMAND_DELAY_S + SM3_IIA.launchDelayS());
        assertTrue(w.feasible(), () -> "FTM-44 declared impossible: " + describe(flight, firstTrackS, w));
    }

    // ------------------------------------------------------------------ SM-3 IB, 2011

    /**
     * First SM-3 IB flight test (1 Sept 2011): an SRBM target launched from the Pacific Missile Range
     * Facility, Kauai, toward the area patrolled by USS Lake Erie; the SM-3 IB left about 90 s after
     * the target [SEC] (the intercept itself failed for reasons other than kinematics). The ship stands
     * at the target's aim point, 480 km away; the engagement must allow a launch at 90 s.
     */
    @Test
    void sm3IbFirstTestLaunchedNinetySecondsAfterTheTarget() {
        String c = "ib2011";
        GeodeticPoint launch = point(c, "launch");
        GeodeticPoint ship = GEODESY.destination(launch, Math.toRadians(value(c, "site_azimuth")),
                value(c, "site_distance") * 1e3);
        Trajectory flight = fly(c, GenericRocket.solidMrbmTemplate(), launch, ship, Shape.MINIMUM_ENERGY);
        double launchS = value(c, "interceptor_launch_time");
        // The published launch is the launch itself: no further delay after it.
        EngagementWindow w = engage(flight, ship, SM3_IB, launchS, 0.0);
        assertLaunchAtPublishedTimeIsFeasible("SM-3 IB 2011", flight, launchS, w);
    }

    // ------------------------------------------------------------------ FTG-03a

    /**
     * FTG-03a (28 Sept 2007) with the slower catalog GBI (MDA speed, 5.85 km/s): a target launched from
     * Kodiak at 1:00 pm, a GBI from Vandenberg at 1:16 pm, intercept about 6 min later [SEC]. The
     * engagement must allow a launch at 960 s and an intercept at about 1,320 s.
     *
     * <p>Measured when written: infeasible, the last chance to launch is 905 s (55 s before the
     * published launch). The GBI deployed in 2007 had three stages and is faster than the two-stage
     * design, so this does not contradict the flight test; see the README.
     */
    @Test
    @Disabled("V16 FTG-03a with gbi-2stage-mda: launched at the published 960 s the slower catalog GBI does "
            + "intercept (window 1452-1484 s, measured), but not by the reported intercept time of about 1,320 s; "
            + "the deployed three-stage GBI is faster (gbi-2stage-postol passes); see "
            + "reference/mda-flight-tests/README.md.")
    void ftg03aWithTheSlowerCatalogGbi() {
        ftg03a(GBI_2STAGE_MDA);
    }

    /**
     * FTG-03a with the faster catalog GBI (T. Postol's speed, 8.0 km/s): a weaker statement than with the
     * slower entry, but the one the catalog supports for this timeline.
     */
    @Test
    void ftg03aWithTheFasterCatalogGbi() {
        ftg03a(GBI_2STAGE_POSTOL);
    }

    private static void ftg03a(Interceptor gbi) {
        String c = "ftg03a";
        GeodeticPoint launch = point(c, "launch");
        GeodeticPoint aim = GEODESY.destination(launch, Math.toRadians(value(c, "target_azimuth")),
                value(c, "target_range") * 1e3);
        // Three solid stages: "a three stage ballistic target missile" [SEC].
        Trajectory flight = fly(c, GenericRocket.solidIcbmTemplate(), launch, aim, Shape.MINIMUM_ENERGY);
        double launchS = value(c, "interceptor_launch_time");
        EngagementWindow w = engage(flight, point(c, "site"), gbi, launchS, 0.0);
        assertLaunchAtPublishedTimeIsFeasible("FTG-03a " + gbi.id(), flight, launchS, w);
        double reportedS = value(c, "reported_intercept_time");
        double toleranceS = value(c, "reported_intercept_tolerance");
        assertTrue(w.firstInterceptS() <= reportedS + toleranceS && w.lastInterceptS() >= reportedS - toleranceS,
                () -> "the reported intercept time " + reportedS + " s is outside the window: " + describe(flight,
                        launchS, w));
    }

    // ------------------------------------------------------------------ helpers

    private static void assertLaunchAtPublishedTimeIsFeasible(String name, Trajectory flight, double launchS,
                                                              EngagementWindow w) {
        assertTrue(w.feasible(), () -> name + " declared impossible: " + describe(flight, launchS, w));
        // The latest launch of the first intercept is the published launch time or later.
        assertTrue(w.intercepts().get(0).interceptorLaunchS() >= launchS, () -> describe(flight, launchS, w));
    }

    private static EngagementWindow engage(Trajectory flight, GeodeticPoint site, Interceptor interceptor,
                                           double firstTrackS, double delayS) {
        ReachTable table = new ReachTable(interceptor, UsStandardAtmosphere1976.INSTANCE);
        return Engagement.evaluate(ThreatTrack.of(flight, EARTH), site, table, firstTrackS, delayS,
                flight.flightTimeS(), ASSESSMENT_S);
    }

    /** The target: the template scaled to the case's nominal range and burn time, flown over WGS84. */
    private static Trajectory fly(String c, Missile template, GeodeticPoint launch, GeodeticPoint aim, Shape shape) {
        Missile missile = GenericRocket.withNominalRange(template, value(c, "target_nominal_range") * 1e3,
                value(c, "target_burn_time"), FlightSettings.DEFAULT);
        TargetingResult r = new TrajectorySolver(new NativeFlightEngine(EARTH, missile, THREAT_SETTINGS))
                .solve(launch, aim, shape);
        if (r instanceof TargetingResult.Reached reached) {
            return reached.trajectory();
        }
        return fail(c + ": the target flight was not found: " + r);
    }

    /**
     * First sample at which the target is at or above a sensor's geometric horizon (elevation 0 from
     * the ellipsoid normal; no refraction, no range limit, no time to form a track), s.
     */
    private static double firstLineOfSightS(Trajectory flight, GeodeticPoint sensor) {
        Ellipsoid ellipsoid = new Ellipsoid(EARTH);
        double[] s = ellipsoid.toCartesian(sensor);
        double ux = Math.cos(sensor.latitudeRad()) * Math.cos(sensor.longitudeRad());
        double uy = Math.cos(sensor.latitudeRad()) * Math.sin(sensor.longitudeRad());
        double uz = Math.sin(sensor.latitudeRad());
        double[] p = new double[3];
        for (TrajectorySample q : flight.samples()) {
            ellipsoid.toCartesian(q.latitudeRad(), q.longitudeRad(), q.altitudeM(), p);
            if ((p[0] - s[0]) * ux + (p[1] - s[1]) * uy + (p[2] - s[2]) * uz >= 0.0) {
                return q.tS();
            }
        }
        return fail("the target never rises above the sensor's horizon");
    }

    private static double altitudeAtM(Trajectory flight, double tS) {
        TrajectorySample best = flight.samples().get(0);
        for (TrajectorySample q : flight.samples()) {
            if (Math.abs(q.tS() - tS) < Math.abs(best.tS() - tS)) {
                best = q;
            }
        }
        return best.altitudeM();
    }

    /** Time of the sample whose ground point is closest to a place, s. */
    private static double closestApproachS(Trajectory flight, GeodeticPoint place) {
        double bestM = Double.POSITIVE_INFINITY;
        double bestS = 0;
        for (TrajectorySample q : flight.samples()) {
            double d = GEODESY.distanceM(place, new GeodeticPoint(q.latitudeRad(), q.longitudeRad(), 0.0));
            if (d < bestM) {
                bestM = d;
                bestS = q.tS();
            }
        }
        return bestS;
    }

    private static String describe(Trajectory flight, double firstTrackS, EngagementWindow w) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "target %.0f km, flight %.0f s, apogee %.0f km; first track %.0f s; earliest launch %.0f s; "
                        + "feasible %s (%s); window %.0f-%.0f s; critical delay %.0f s",
                flight.groundRangeM() / 1e3, flight.flightTimeS(), flight.apogeeAltitudeM() / 1e3, firstTrackS,
                w.earliestLaunchS(), w.feasible(), w.reason(), w.firstInterceptS(), w.lastInterceptS(),
                w.criticalDelayS()));
        for (InterceptPoint p : w.intercepts()) {
            b.append(String.format(Locale.ROOT, "; intercept at %.0f s (launch by %.0f s), %.0f km high, %.0f km out",
                    p.tS(), p.interceptorLaunchS(), p.altitudeM() / 1e3, p.groundRangeM() / 1e3));
        }
        return b.toString();
    }

    private static double value(String c, String quantity) {
        return GEOMETRY.stream().filter(r -> r.text("case").equals(c) && r.text("quantity").equals(quantity))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no " + c + " " + quantity + " in "
                        + SOURCE + "/geometry.csv")).number("value");
    }

    private static GeodeticPoint point(String c, String prefix) {
        return GeodeticPoint.ofDegrees(value(c, prefix + "_latitude"), value(c, prefix + "_longitude"));
    }
}
