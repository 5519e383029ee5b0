package org.plumbline.core.engagement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The azimuth half width of a block's bound ({@link Engagement#azimuthHalfWidth}) holds for the
 * azimuths as the evaluation computes them: random sites, block centres at every distance and points
 * at and inside the block's radius, on the cap's edge most of all (where the bound is reached).
 *
 * <p>And it is not much wider than it must be: a wider half width stays sound but makes
 * {@link org.plumbline.core.interceptor.InterceptorReach#minTimeLowerBoundS} take its minimum over
 * more azimuth sectors, so fewer blocks are skipped (a bound of pi everywhere would pass the first
 * check and skip nothing by azimuth). The exact half width of a cap of radius r seen from angle a is
 * asin(sin r / sin a) (the right spherical triangle of the method's Javadoc).
 */
class AzimuthHalfWidthTest {
    /**
     * Largest ratio of the half width (less its 1e-6 rad rounding allowance) to the exact one, from the
     * three steps of the method's Javadoc: asin x &lt;= x pi / 2 (the ratio pi / 2 = 1.5708 for small
     * x, 1 at x = 1), sin r &lt;= r (r / sin r &lt;= 1.0152 for r &lt;= 0.3 rad, the test's largest
     * radius) and sin a lowered by 1e-7 (sin a / (sin a - 1e-7) &lt;= 1.0101 for a &gt;= 1e-5 rad, the
     * test's nearest centre): 1.5708 * 1.0152 * 1.0101 = 1.6108, rounded up in the fourth figure.
     * The ratio the bound can reach is this; anything wider is looser than its derivation.
     */
    private static final double LOOSENESS = 1.611;
    /** The method's own allowance for the rounding of the azimuths, rad (added to its bound). */
    private static final double ROUNDING_ALLOWANCE_RAD = 1e-6;
    /**
     * How far a computed azimuth difference may exceed the exact half width, rad: the azimuths' atan2
     * of dot products errs by about 1e-16 / sin a (below 1e-11 for a &gt;= 1e-5 rad), the points' trip
     * through latitude and longitude by a few 1e-16 rad of position, seen from the site as the same
     * over sin a; 1e-9 leaves two orders of magnitude.
     */
    private static final double EXACT_ROUNDING_RAD = 1e-9;

    @Test
    void pointsWithinTheRadiusStayWithinTheHalfWidth() {
        SplittableRandom random = new SplittableRandom(11L);
        int bounded = 0;
        double largestRatio = 0;
        for (int n = 0; n < 200_000; n++) {
            double lat = Math.asin(2 * random.nextDouble() - 1);
            double lon = 2 * Math.PI * random.nextDouble();
            double[] site = unit(lat, lon);
            double[] east = {-Math.sin(lon), Math.cos(lon), 0};
            double[] north = {-site[2] * Math.cos(lon), -site[2] * Math.sin(lon), Math.cos(lat)};
            // A centre at a distance from near the site to near its antipode, a radius up to 0.3 rad.
            double distance = Math.exp(Math.log(1e-5) + random.nextDouble() * Math.log(3.14 / 1e-5));
            double[] centre = along(site, east, north, 2 * Math.PI * random.nextDouble(), distance);
            double radius = Math.exp(Math.log(1e-6) + random.nextDouble() * Math.log(0.3 / 1e-6));
            double chord2 = square(site[0] - centre[0]) + square(site[1] - centre[1]) + square(site[2] - centre[2]);
            double halfWidth = Engagement.azimuthHalfWidth(chord2, radius);
            if (halfWidth >= Math.PI) {
                continue;
            }
            bounded++;
            double exact = exactHalfWidth(site, centre, radius);
            String where = "distance " + distance + " rad, radius " + radius + " rad: ";
            assertTrue(halfWidth <= LOOSENESS * exact + ROUNDING_ALLOWANCE_RAD, where + "half width " + halfWidth
                    + " rad, exact " + exact + " rad, ratio " + halfWidth / exact + " > " + LOOSENESS);
            largestRatio = Math.max(largestRatio, (halfWidth - ROUNDING_ALLOWANCE_RAD) / exact);
            double[] ce = tangent(centre);
            double[] cn = northAt(centre, ce);
            double azCentre = azimuth(site, east, north, centre);
            for (int k = 0; k < 8; k++) {
                double r = k < 6 ? radius : radius * random.nextDouble();
                double[] p = along(centre, ce, cn, 2 * Math.PI * random.nextDouble(), r);
                double d = Math.abs(azimuth(site, east, north, p) - azCentre);
                d = Math.min(d, 2 * Math.PI - d);
                assertTrue(d <= halfWidth, where + "azimuth differs by " + d + " rad, half width " + halfWidth
                        + " rad");
                // The exact half width is what the points reach, so the ratio above measures the bound's slack.
                assertTrue(d <= exact + EXACT_ROUNDING_RAD, where + "azimuth differs by " + d + " rad, exact " + exact
                        + " rad");
            }
        }
        assertTrue(bounded > 100_000, bounded + " bounded");
        // Small caps far away (x = sin r / sin a -> 0) are where asin x <= x pi / 2 is loosest.
        assertTrue(largestRatio > 1.5, "largest ratio " + largestRatio);
    }

    /**
     * The exact largest azimuth difference (rad) between the centre and a point of the cap of radius
     * radius around it, seen from the site: asin(sin r / sin a), a the angle between the two unit
     * vectors (from atan2 of the cross and dot products, accurate at every angle); the caller has
     * made sure that r &lt; a &lt; pi - r.
     */
    private static double exactHalfWidth(double[] site, double[] centre, double radius) {
        double cx = site[1] * centre[2] - site[2] * centre[1];
        double cy = site[2] * centre[0] - site[0] * centre[2];
        double cz = site[0] * centre[1] - site[1] * centre[0];
        double a = Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz),
                site[0] * centre[0] + site[1] * centre[1] + site[2] * centre[2]);
        return Math.asin(Math.min(1.0, Math.sin(radius) / Math.sin(a)));
    }

    /** The evaluation's azimuth of a point from the site (Engagement.Evaluator.azimuthRad). */
    private static double azimuth(double[] site, double[] east, double[] north, double[] u) {
        return Math.atan2(east[0] * u[0] + east[1] * u[1], north[0] * u[0] + north[1] * u[1] + north[2] * u[2]);
    }

    private static double[] unit(double lat, double lon) {
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }

    /** The point at angle distance from u toward azimuth az, given u's east and north unit vectors. */
    private static double[] along(double[] u, double[] east, double[] north, double az, double distance) {
        double c = Math.cos(distance);
        double s = Math.sin(distance);
        double[] p = new double[3];
        for (int i = 0; i < 3; i++) {
            p[i] = c * u[i] + s * (Math.sin(az) * east[i] + Math.cos(az) * north[i]);
        }
        // As a track stores it: from its latitude and longitude.
        return unit(Math.asin(Math.max(-1, Math.min(1, p[2]))), Math.atan2(p[1], p[0]));
    }

    private static double[] tangent(double[] u) {
        double h = Math.hypot(u[0], u[1]);
        return new double[] {-u[1] / h, u[0] / h, 0};
    }

    private static double[] northAt(double[] u, double[] east) {
        return new double[] {u[1] * east[2] - u[2] * east[1], u[2] * east[0] - u[0] * east[2],
            u[0] * east[1] - u[1] * east[0]};
    }

    private static double square(double x) {
        return x * x;
    }
}
