package org.plumbline.core.earth;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Gravity}: the point-mass field, the J2 term against its closed form on the axes, and the
 * consistency of acceleration and potential (a = -grad U) by central differences.
 */
class GravityTest {
    /** Closed-form comparisons are the same arithmetic in another order: a few ulps, relative. */
    private static final double CLOSED_FORM_RELATIVE_TOLERANCE = 1.0e-14;
    /**
     * Central differences with a 10 m step: truncation h^2 U'''/6 is about 1e-11 relative and the
     * rounding eps |U| / h about 1e-9 m/s^2 (1e-10 relative at the surface); allowed 1e-8 relative to
     * |a|, still 1e5 times smaller than the J2 part of the field (1e-3) whose consistency is checked.
     */
    private static final double GRADIENT_RELATIVE_TOLERANCE = 1.0e-8;
    private static final double DIFFERENCE_STEP_M = 10.0;
    private static final long SEED = 4_246_811L;
    private static final int POINTS = 2_000;

    private final EarthModel wgs84 = EarthModel.WGS84;

    private static double[] acceleration(Gravity g, double x, double y, double z) {
        double[] out = new double[3];
        g.acceleration(x, y, z, out, 0);
        return out;
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    /** A random position at a radius between 6,300 km and 50,000 km, in any direction. */
    private static double[] randomPosition(Random random) {
        double r = 6.3e6 + (5.0e7 - 6.3e6) * random.nextDouble();
        double z = 2.0 * random.nextDouble() - 1.0;
        double lon = 2.0 * Math.PI * random.nextDouble();
        double rho = Math.sqrt(1.0 - z * z);
        return new double[] {r * rho * Math.cos(lon), r * rho * Math.sin(lon), r * z};
    }

    @Test
    void pointMassFieldIsMuOverRSquaredTowardTheCentre() {
        Gravity g = new Gravity(EarthModel.SPHERICAL);
        double mu = EarthModel.SPHERICAL.muM3PerS2();
        Random random = new Random(SEED);
        for (int i = 0; i < POINTS; i++) {
            double[] p = randomPosition(random);
            double r = norm(p);
            double[] a = acceleration(g, p[0], p[1], p[2]);
            assertEquals(mu / (r * r), norm(a), CLOSED_FORM_RELATIVE_TOLERANCE * mu / (r * r), "|a| at r = " + r);
            double cos = -(a[0] * p[0] + a[1] * p[1] + a[2] * p[2]) / (norm(a) * r);
            assertEquals(1.0, cos, CLOSED_FORM_RELATIVE_TOLERANCE, "a points to the centre");
            assertEquals(-mu / r, g.potential(p[0], p[1], p[2]), CLOSED_FORM_RELATIVE_TOLERANCE * mu / r);
        }
    }

    /**
     * With U = -(mu/r) [1 - J2 (R/r)^2 P2(sin phi)], P2(0) = -1/2 and P2(1) = 1, the radial field is
     * g = (mu/r^2) [1 + (3/2) J2 (R/r)^2] on the equator and (mu/r^2) [1 - 3 J2 (R/r)^2] on the axis
     * (e.g. Vallado, Fundamentals of Astrodynamics and Applications, 4th ed., 2013, sec. 8.7).
     */
    @Test
    void j2TermMatchesItsClosedFormOnTheEquatorAndAtThePole() {
        Gravity g = new Gravity(wgs84);
        double mu = wgs84.muM3PerS2();
        double re = wgs84.equatorialRadiusM();
        double j2 = wgs84.j2();
        for (double r : new double[] {re, re + 500_000.0, 2.0 * re, 42_164_000.0}) {
            double q = (re / r) * (re / r);
            double[] eq = acceleration(g, r, 0.0, 0.0);
            double expectedEquator = mu / (r * r) * (1.0 + 1.5 * j2 * q);
            assertEquals(-expectedEquator, eq[0], CLOSED_FORM_RELATIVE_TOLERANCE * expectedEquator, "equator, r = " + r);
            assertEquals(0.0, eq[1], 0.0);
            assertEquals(0.0, eq[2], 0.0);
            double[] pole = acceleration(g, 0.0, 0.0, r);
            double expectedPole = mu / (r * r) * (1.0 - 3.0 * j2 * q);
            assertEquals(-expectedPole, pole[2], CLOSED_FORM_RELATIVE_TOLERANCE * expectedPole, "pole, r = " + r);
            assertEquals(0.0, pole[0], 0.0);
            assertEquals(0.0, pole[1], 0.0);
            double[] south = acceleration(g, 0.0, 0.0, -r);
            assertEquals(expectedPole, south[2], CLOSED_FORM_RELATIVE_TOLERANCE * expectedPole, "south pole, r = " + r);
            assertEquals(-mu / r * (1.0 + 0.5 * j2 * q), g.potential(r, 0.0, 0.0),
                    CLOSED_FORM_RELATIVE_TOLERANCE * mu / r, "equatorial potential");
            assertEquals(-mu / r * (1.0 - j2 * q), g.potential(0.0, 0.0, r),
                    CLOSED_FORM_RELATIVE_TOLERANCE * mu / r, "polar potential");
        }
    }

    @Test
    void accelerationIsMinusTheGradientOfThePotential() {
        Gravity g = new Gravity(wgs84);
        Random random = new Random(SEED + 1);
        double h = DIFFERENCE_STEP_M;
        for (int i = 0; i < POINTS; i++) {
            double[] p = randomPosition(random);
            double[] a = acceleration(g, p[0], p[1], p[2]);
            double[] grad = {
                (g.potential(p[0] + h, p[1], p[2]) - g.potential(p[0] - h, p[1], p[2])) / (2 * h),
                (g.potential(p[0], p[1] + h, p[2]) - g.potential(p[0], p[1] - h, p[2])) / (2 * h),
                (g.potential(p[0], p[1], p[2] + h) - g.potential(p[0], p[1], p[2] - h)) / (2 * h)};
            double scale = norm(a);
            for (int k = 0; k < 3; k++) {
                double diff = Math.abs(a[k] + grad[k]);
                int axis = k;
                assertTrue(diff <= GRADIENT_RELATIVE_TOLERANCE * scale, () -> String.format(java.util.Locale.ROOT,
                        "at (%.0f, %.0f, %.0f) m axis %d: a = %.12e, -dU = %.12e (difference %.2e of |a|)",
                        p[0], p[1], p[2], axis, a[axis], -grad[axis], diff / scale));
            }
        }
    }
}
