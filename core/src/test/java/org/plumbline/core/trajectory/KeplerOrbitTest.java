package org.plumbline.core.trajectory;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plumbline.core.math.Brent;
import org.plumbline.core.testing.ReferenceData;
import org.plumbline.core.testing.ReferenceData.Row;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link KeplerOrbit}: validation against the ballistic-missile worked examples of Bate, Mueller
 * and White (reference case V01, reference/bate-mueller-white-1971), conservation of energy and
 * angular momentum, consistency of the event times, and a nearly radial arc.
 */
class KeplerOrbitTest {
    /** Canonical distance unit of Bate, Mueller &amp; White (1st ed.), m. */
    private static final double DU_M = 6_378_145.0;
    /** Canonical speed unit DU/TU, m/s. */
    private static final double DU_PER_TU_MPS = 7_905.0;
    /** mu = 1 DU^3/TU^2 in SI, so that canonical answers are reproduced exactly, m^3/s^2. */
    private static final double MU_CANONICAL = DU_M * DU_PER_TU_MPS * DU_PER_TU_MPS;
    /** Gravitational parameter of the metric (2nd edition) example, m^3/s^2. */
    private static final double MU_EARTH = 3.986004418e14;
    /** Earth radius assumed for the metric example, m (see the reference README). */
    private static final double R_EARTH_METRIC_M = 6_378_137.0;
    private static final double FEET_M = 0.3048;
    private static final double NAUTICAL_MILE_M = 1852.0;

    /** V01 closed-form answers: 0.5 % (public-data A.1; rounding of 3-5 printed figures plus the inputs'). */
    private static final double CLOSED_FORM_TOLERANCE = 5.0e-3;
    /** V01 rough textbook values ("about"): 3 % (public-data A.1). */
    private static final double ROUGH_VALUE_TOLERANCE = 3.0e-2;
    /** Conservation over a period: the universal-variable solution is good to about 1e-12; allow 1e-9. */
    private static final double CONSERVATION_TOLERANCE = 1.0e-9;
    /** Event-time consistency: same closed form from two directions, relative. */
    private static final double EVENT_TOLERANCE = 1.0e-9;

    private static final String SOURCE = "bate-mueller-white-1971";
    private static final List<Row> EXAMPLES = ReferenceData.table(SOURCE, "worked-examples.csv");

    private static double value(String example, String quantity) {
        return EXAMPLES.stream()
                .filter(r -> r.text("example").equals(example) && r.text("quantity").equals(quantity))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(example + "/" + quantity + " not in "
                        + SOURCE))
                .number("value");
    }

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        double rel = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(rel <= tolerance, () -> String.format(Locale.ROOT,
                "%s: expected %.6g, got %.6g (relative difference %.2e > %.1e)", what, expected, actual, rel, tolerance));
    }

    /**
     * A state at radius r (m) with speed v (m/s) and flight-path angle gamma above the horizontal,
     * in a plane tilted 30 deg about x and turned 40 deg about z, so that no axis is special.
     */
    static double[] burnoutState(double rM, double vMps, double gammaRad) {
        double[] local = {rM, 0, 0, vMps * Math.sin(gammaRad), vMps * Math.cos(gammaRad), 0};
        double ci = Math.cos(Math.toRadians(30));
        double si = Math.sin(Math.toRadians(30));
        double cz = Math.cos(Math.toRadians(40));
        double sz = Math.sin(Math.toRadians(40));
        double[] out = new double[6];
        for (int k = 0; k < 2; k++) {
            double x = local[3 * k];
            double y = local[3 * k + 1] * ci - local[3 * k + 2] * si;
            double z = local[3 * k + 1] * si + local[3 * k + 2] * ci;
            out[3 * k] = x * cz - y * sz;
            out[3 * k + 1] = x * sz + y * cz;
            out[3 * k + 2] = z;
        }
        return out;
    }

    static double radius(double[] s) {
        return Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
    }

    static double speed(double[] s) {
        return Math.sqrt(s[3] * s[3] + s[4] * s[4] + s[5] * s[5]);
    }

    static double[] angularMomentum(double[] s) {
        return new double[] {s[1] * s[5] - s[2] * s[4], s[2] * s[3] - s[0] * s[5], s[0] * s[4] - s[1] * s[3]};
    }

    static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    static double energy(double mu, double[] s) {
        double v = speed(s);
        return 0.5 * v * v - mu / radius(s);
    }

    /** Angle at the centre between two positions, rad. */
    static double centralAngle(double[] a, double[] b) {
        double[] c = {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
        return Math.atan2(norm(c), a[0] * b[0] + a[1] * b[1] + a[2] * b[2]);
    }

    /** Free-flight angle: from the initial state to the descending crossing of the initial radius, rad. */
    static double freeFlightAngle(double mu, double[] burnout) {
        KeplerOrbit orbit = new KeplerOrbit(mu, burnout);
        double t = orbit.timeToDescendTo(radius(burnout));
        assertTrue(Double.isFinite(t), "the arc comes back to its burnout radius");
        double[] end = new double[6];
        orbit.stateAt(t, end);
        return centralAngle(burnout, end);
    }

    private static double[] apogeeState(KeplerOrbit orbit) {
        double[] s = new double[6];
        orbit.stateAt(orbit.timeToApoapsis(), s);
        return s;
    }

    /** Flight-path angle (rad, ascending branch) at radius r and speed v whose apoapsis radius is rA. */
    private static double flightPathAngleForApogee(double mu, double r, double v, double rA) {
        return Brent.root(g -> new KeplerOrbit(mu, burnoutState(r, v, g)).apoapsisRadiusM() - rA,
                Math.toRadians(1.0), Math.toRadians(89.0), 1.0e-14);
    }

    // ------------------------------------------------------------------ V01 validation

    /** BMW p. 290: h_bo = 0.2 DU, v_bo = 2/3 DU/TU, apogee 0.5 DU above the surface. */
    @Test
    void batePage290FreeFlightAngleAndApogee() {
        double r = value("p290", "burnout_radius") * DU_M;
        double v = value("p290", "burnout_speed") * DU_PER_TU_MPS;
        double rA = value("p290", "apogee_radius") * DU_M;
        double gamma = flightPathAngleForApogee(MU_CANONICAL, r, v, rA);
        assertRelative(value("p290", "flight_path_angle"), Math.toDegrees(gamma), CLOSED_FORM_TOLERANCE,
                "p. 290 burnout flight-path angle, deg");
        double[] burnout = burnoutState(r, v, gamma);
        assertRelative(value("p290", "q"), v * v * r / MU_CANONICAL, CLOSED_FORM_TOLERANCE, "p. 290 Q");
        KeplerOrbit orbit = new KeplerOrbit(MU_CANONICAL, burnout);
        double[] apogee = apogeeState(orbit);
        double energyUnit = DU_PER_TU_MPS * DU_PER_TU_MPS;
        assertRelative(value("p290", "specific_energy"), energy(MU_CANONICAL, apogee) / energyUnit,
                CLOSED_FORM_TOLERANCE, "p. 290 energy, DU^2/TU^2");
        assertRelative(value("p290", "apogee_speed"), speed(apogee) / DU_PER_TU_MPS, CLOSED_FORM_TOLERANCE,
                "p. 290 apogee speed, DU/TU");
        assertRelative(value("p290", "angular_momentum"), norm(angularMomentum(apogee)) / (DU_M * DU_PER_TU_MPS),
                CLOSED_FORM_TOLERANCE, "p. 290 angular momentum, DU^2/TU");
        assertRelative(rA, radius(apogee), CLOSED_FORM_TOLERANCE, "p. 290 apogee radius");
        assertRelative(value("p290", "free_flight_angle"), Math.toDegrees(freeFlightAngle(MU_CANONICAL, burnout)),
                CLOSED_FORM_TOLERANCE, "p. 290 free-flight angle, deg");
    }

    /** BMW p. 291: v_bo = 1.0817 DU/TU at h_bo = 0.025 DU and gamma = 39.36 deg cover psi = 128.68 deg. */
    @Test
    void batePage291FreeFlightAngle() {
        double r = value("p291", "burnout_radius") * DU_M;
        double v = value("p291", "burnout_speed") * DU_PER_TU_MPS;
        double gamma = Math.toRadians(value("p291", "flight_path_angle"));
        assertRelative(value("p291", "q"), v * v * r / MU_CANONICAL, CLOSED_FORM_TOLERANCE, "p. 291 Q");
        assertRelative(value("p291", "free_flight_angle"),
                Math.toDegrees(freeFlightAngle(MU_CANONICAL, burnoutState(r, v, gamma))), CLOSED_FORM_TOLERANCE,
                "p. 291 free-flight angle, deg");
    }

    /**
     * BMW p. 295: 8000 nmi (psi = 2.32 rad) from r_bo = 1.1 DU needs Q = 0.957, v_bo = 0.933 DU/TU at
     * the minimum-energy angle gamma = (pi - psi)/4. Flying the book's v_bo at that angle must cover psi.
     */
    @Test
    void batePage295MinimumEnergyBurnoutSpeed() {
        double r = value("p295", "burnout_radius") * DU_M;
        double psi = value("p295", "free_flight_angle");
        double sinHalf = Math.sin(psi / 2);
        double qMin = 2.0 * sinHalf / (1.0 + sinHalf);
        assertRelative(value("p295", "q"), qMin, CLOSED_FORM_TOLERANCE, "p. 295 Q (closed form)");
        assertRelative(value("p295", "burnout_speed"), Math.sqrt(qMin * MU_CANONICAL / r) / DU_PER_TU_MPS,
                CLOSED_FORM_TOLERANCE, "p. 295 v_bo (closed form), DU/TU");
        double v = value("p295", "burnout_speed") * DU_PER_TU_MPS;
        double gamma = (Math.PI - psi) / 4.0;
        assertRelative(psi, freeFlightAngle(MU_CANONICAL, burnoutState(r, v, gamma)), CLOSED_FORM_TOLERANCE,
                "p. 295 free-flight angle of the book's v_bo, rad");
    }

    /**
     * BMW p. 294: v_bo = 24,300 ft/s at h_bo = 258 nmi: Q about 0.95 and a maximum free-flight range
     * of about 2.25 DU. The maximum is searched over the flight-path angle with the propagator (not
     * the closed form); public-data A.1 gets Q = 0.944 and 126.6 deg = 2.209 rad, hence 3 %.
     */
    @Test
    void batePage294MaximumRangeIsRoughly225Du() {
        double v = value("p294", "burnout_speed") * FEET_M;
        double r = DU_M + value("p294", "burnout_altitude") * NAUTICAL_MILE_M;
        assertRelative(value("p294", "q"), v * v * r / MU_CANONICAL, ROUGH_VALUE_TOLERANCE, "p. 294 Q");
        Brent.Minimum best = Brent.minimum(g -> -freeFlightAngle(MU_CANONICAL, burnoutState(r, v, g)),
                Math.toRadians(1.0), Math.toRadians(60.0), 1.0e-10);
        double psiMax = -best.fx();
        assertRelative(value("p294", "maximum_free_flight_angle"), psiMax, ROUGH_VALUE_TOLERANCE,
                "p. 294 maximum free-flight range, DU");
        // The propagated maximum is the closed form's: sin(psi/2) = Q / (2 - Q), at gamma = (pi - psi)/4.
        double q = v * v * r / MU_CANONICAL;
        assertRelative(2.0 * Math.asin(q / (2.0 - q)), psiMax, 1.0e-9, "maximum range vs closed form");
        assertEquals((Math.PI - psiMax) / 4.0, best.x(), 1.0e-4, "maximum-range flight-path angle");
    }

    /** BMW p. 305: v = 0.905 DU/TU, r = 1.1 DU, gamma = 30 deg give psi of about 100 deg (3 %). */
    @Test
    void batePage305FreeFlightAngle() {
        double r = value("p305", "burnout_radius") * DU_M;
        double v = value("p305", "burnout_speed") * DU_PER_TU_MPS;
        double gamma = Math.toRadians(value("p305", "flight_path_angle"));
        assertRelative(value("p305", "free_flight_angle"),
                Math.toDegrees(freeFlightAngle(MU_CANONICAL, burnoutState(r, v, gamma))), ROUGH_VALUE_TOLERANCE,
                "p. 305 free-flight angle, deg");
    }

    /** BMW 2nd ed. p. 243: the p. 290 example in km: h_bo 1275.6 km, 5.2702 km/s, apogee 3189.1 km. */
    @Test
    void batePage243MetricExample() {
        double r = R_EARTH_METRIC_M + value("p243-2nd-ed", "burnout_altitude") * 1000.0;
        double v = value("p243-2nd-ed", "burnout_speed") * 1000.0;
        double rA = R_EARTH_METRIC_M + value("p243-2nd-ed", "apogee_altitude") * 1000.0;
        double gamma = flightPathAngleForApogee(MU_EARTH, r, v, rA);
        double[] burnout = burnoutState(r, v, gamma);
        double[] apogee = apogeeState(new KeplerOrbit(MU_EARTH, burnout));
        assertRelative(value("p243-2nd-ed", "specific_energy"), energy(MU_EARTH, apogee) / 1.0e6,
                CLOSED_FORM_TOLERANCE, "p. 243 energy, km^2/s^2");
        assertRelative(value("p243-2nd-ed", "apogee_speed"), speed(apogee) / 1000.0, CLOSED_FORM_TOLERANCE,
                "p. 243 apogee speed, km/s");
        assertRelative(value("p243-2nd-ed", "angular_momentum"), norm(angularMomentum(apogee)) / 1.0e6,
                CLOSED_FORM_TOLERANCE, "p. 243 angular momentum, km^2/s");
        assertRelative(value("p243-2nd-ed", "free_flight_angle"), Math.toDegrees(freeFlightAngle(MU_EARTH, burnout)),
                CLOSED_FORM_TOLERANCE, "p. 243 free-flight angle, deg");
    }

    // ------------------------------------------------------------------ properties

    private static void assertConservedOverOnePeriod(double mu, double[] initial) {
        KeplerOrbit orbit = new KeplerOrbit(mu, initial);
        assertTrue(orbit.isElliptic());
        double a = orbit.semiMajorAxisM();
        double period = 2.0 * Math.PI * Math.sqrt(a * a * a / mu);
        double e0 = energy(mu, initial);
        double[] h0 = angularMomentum(initial);
        double[] s = new double[6];
        int steps = 64;
        for (int k = 1; k <= steps; k++) {
            double t = period * k / steps;
            orbit.stateAt(t, s);
            assertRelative(e0, energy(mu, s), CONSERVATION_TOLERANCE, "energy at t = " + t + " s");
            double[] h = angularMomentum(s);
            double dh = norm(new double[] {h[0] - h0[0], h[1] - h0[1], h[2] - h0[2]});
            assertTrue(dh <= CONSERVATION_TOLERANCE * norm(h0), "angular momentum vector at t = " + t + " s changed by "
                    + dh / norm(h0) + " relative");
            assertEquals(-mu / (2.0 * a), energy(mu, s), CONSERVATION_TOLERANCE * Math.abs(e0), "vis-viva");
        }
        // After one period the state repeats.
        orbit.stateAt(period, s);
        for (int i = 0; i < 3; i++) {
            assertEquals(initial[i], s[i], CONSERVATION_TOLERANCE * radius(initial), "position " + i + " after a period");
            assertEquals(initial[3 + i], s[3 + i], CONSERVATION_TOLERANCE * speed(initial),
                    "velocity " + i + " after a period");
        }
    }

    @Test
    void energyAndAngularMomentumAreConservedOverOnePeriod() {
        // An eccentric orbit (e about 0.3) and the p. 290 missile ellipse (periapsis deep inside the Earth).
        assertConservedOverOnePeriod(MU_EARTH, burnoutState(7_000_000.0, 8_600.0, Math.toRadians(10.0)));
        assertConservedOverOnePeriod(MU_CANONICAL, burnoutState(1.2 * DU_M, 2.0 / 3.0 * DU_PER_TU_MPS,
                Math.acos(0.625)));
        // An ICBM-like arc: 7.2 km/s at 200 km, 22.5 deg.
        assertConservedOverOnePeriod(MU_EARTH, burnoutState(6_571_000.0, 7_200.0, Math.toRadians(22.5)));
    }

    @Test
    void eventTimesAreConsistent() {
        double r0 = 6_571_000.0;
        double[] ascending = burnoutState(r0, 7_000.0, Math.toRadians(25.0));
        KeplerOrbit orbit = new KeplerOrbit(MU_EARTH, ascending);
        double tApo = orbit.timeToApoapsis();
        double tDown = orbit.timeToDescendTo(r0);
        // The arc is symmetric about apogee.
        assertEquals(2.0 * tApo, tDown, EVENT_TOLERANCE * tDown, "descending crossing of r0 at twice the apogee time");
        double[] s = new double[6];
        orbit.stateAt(tApo, s);
        assertRelative(orbit.apoapsisRadiusM(), radius(s), EVENT_TOLERANCE, "radius at timeToApoapsis");
        double vr = (s[0] * s[3] + s[1] * s[4] + s[2] * s[5]) / radius(s);
        assertEquals(0.0, vr, 1.0e-6 * speed(s), "radial velocity at apogee");
        for (double r : new double[] {6_371_000.0, 6_500_000.0, r0, 7_000_000.0, 0.999 * orbit.apoapsisRadiusM()}) {
            double t = orbit.timeToDescendTo(r);
            orbit.stateAt(t, s);
            assertRelative(r, radius(s), EVENT_TOLERANCE, "radius at timeToDescendTo(" + r + ")");
            assertTrue((s[0] * s[3] + s[1] * s[4] + s[2] * s[5]) < 0, "descending at timeToDescendTo(" + r + ")");
            assertTrue(r > r0 ? t < tDown && t > tApo : t >= tDown, "crossing of " + r + " m in order");
        }
        assertEquals(Double.POSITIVE_INFINITY, orbit.timeToDescendTo(1.001 * orbit.apoapsisRadiusM()));
        // From a descending start, the next apogee is almost a period away and the lower radius comes first.
        orbit.stateAt(tDown, s);
        KeplerOrbit after = new KeplerOrbit(MU_EARTH, s.clone());
        double a = after.semiMajorAxisM();
        double period = 2.0 * Math.PI * Math.sqrt(a * a * a / MU_EARTH);
        assertEquals(period - tApo, after.timeToApoapsis(), EVENT_TOLERANCE * period);
        assertTrue(after.timeToDescendTo(6_371_000.0) < after.timeToApoapsis());
    }

    /**
     * Regression: on nearly radial arcs (e close to 1, a near-vertical shot) plain Newton iteration on
     * the universal Kepler equation diverges; stateAt must still put the vehicle at the radius that
     * Kepler's equation in the eccentric anomaly gives, at every time of the arc.
     */
    @Test
    void testIssueNearlyRadialArcHasTheRightRadius() {
        double r0 = 6_471_000.0;
        double[] start = burnoutState(r0, 6_000.0, Math.toRadians(84.96));
        KeplerOrbit orbit = new KeplerOrbit(MU_EARTH, start);
        assertEquals(0.9968, orbit.eccentricity(), 1.0e-4, "precondition: a nearly radial arc");
        double a = orbit.semiMajorAxisM();
        double e = orbit.eccentricity();
        double n = Math.sqrt(MU_EARTH / (a * a * a));
        double vr0 = (start[0] * start[3] + start[1] * start[4] + start[2] * start[5]) / r0;
        double e0 = Math.atan2(r0 * vr0 / (e * Math.sqrt(MU_EARTH * a)), (1.0 - r0 / a) / e);
        double m0 = e0 - e * Math.sin(e0);
        double tEnd = orbit.timeToDescendTo(r0);
        double[] s = new double[6];
        for (int k = 0; k <= 100; k++) {
            double t = tEnd * k / 100.0;
            double m = m0 + n * t;
            // Kepler's equation M = E - e sin E by safeguarded Newton: monotone in E.
            double lo = m - 1.0;
            double hi = m + 1.0;
            double bigE = m;
            for (int i = 0; i < 200; i++) {
                double f = bigE - e * Math.sin(bigE) - m;
                if (f > 0) {
                    hi = bigE;
                } else {
                    lo = bigE;
                }
                double next = bigE - f / (1.0 - e * Math.cos(bigE));
                bigE = next > lo && next < hi ? next : 0.5 * (lo + hi);
            }
            double expected = a * (1.0 - e * Math.cos(bigE));
            orbit.stateAt(t, s);
            assertRelative(expected, radius(s), EVENT_TOLERANCE, "radius at t = " + t + " s of " + tEnd + " s");
            assertRelative(energy(MU_EARTH, start), energy(MU_EARTH, s), CONSERVATION_TOLERANCE,
                    "energy at t = " + t + " s");
        }
    }
}
