package org.plumbline.core.engagement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The azimuth half width of a block's bound ({@link Engagement#azimuthHalfWidth}) holds for the
 * azimuths as the evaluation computes them: random sites, block centres at every distance and points
 * at and inside the block's radius, on the cap's edge most of all (where the bound is reached).
 */
class AzimuthHalfWidthTest {
    @Test
    void pointsWithinTheRadiusStayWithinTheHalfWidth() {
        SplittableRandom random = new SplittableRandom(11L);
        int bounded = 0;
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
            double[] ce = tangent(centre);
            double[] cn = northAt(centre, ce);
            double azCentre = azimuth(site, east, north, centre);
            for (int k = 0; k < 8; k++) {
                double r = k < 6 ? radius : radius * random.nextDouble();
                double[] p = along(centre, ce, cn, 2 * Math.PI * random.nextDouble(), r);
                double d = Math.abs(azimuth(site, east, north, p) - azCentre);
                d = Math.min(d, 2 * Math.PI - d);
                assertTrue(d <= halfWidth, "distance " + distance + " rad, radius " + radius + " rad: azimuth differs by "
                        + d + " rad, half width " + halfWidth + " rad");
            }
        }
        assertTrue(bounded > 100_000, bounded + " bounded");
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
