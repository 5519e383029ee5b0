package org.plumbline.core.assessment;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.geography.Polygon;
import org.plumbline.core.geography.Region;

/** Distances between points and regions on a sphere of the mean Earth radius. */
final class Regions {
    /** Mean Earth radius, m (IUGG). */
    static final double EARTH_RADIUS_M = 6_371_008.8;

    private Regions() {
    }

    /**
     * The great-circle distance from a point to the nearest boundary of a region, m; 0 inside it.
     * Each boundary edge is the great-circle arc between its vertices (the border data are dense,
     * so the arc and the rhumb line between vertices differ by far less than the data's own error).
     */
    static double distanceM(Region region, GeodeticPoint p) {
        if (region.contains(p.latitudeRad(), p.longitudeRad())) {
            return 0.0;
        }
        double[] u = unit(p.latitudeRad(), p.longitudeRad());
        double best = Math.PI;
        for (Polygon poly : region.polygons()) {
            for (double[][] ring : poly.rings()) {
                for (int i = 0; i < ring.length; i++) {
                    double[] a = unit(ring[i][0], ring[i][1]);
                    double[] b = unit(ring[(i + 1) % ring.length][0], ring[(i + 1) % ring.length][1]);
                    best = Math.min(best, arcDistanceRad(u, a, b));
                }
            }
        }
        return best * EARTH_RADIUS_M;
    }

    /** Angular distance from unit vector p to the minor arc a-b, rad. */
    static double arcDistanceRad(double[] p, double[] a, double[] b) {
        double[] n = cross(a, b);
        double nn = Math.sqrt(dot(n, n));
        double toA = angle(p, a);
        double toB = angle(p, b);
        if (nn < 1e-15) {
            return Math.min(toA, toB);
        }
        for (int k = 0; k < 3; k++) {
            n[k] /= nn;
        }
        // Foot of the perpendicular from p onto the great circle through a and b.
        double s = dot(p, n);
        double[] f = {p[0] - s * n[0], p[1] - s * n[1], p[2] - s * n[2]};
        double fn = Math.sqrt(dot(f, f));
        if (fn < 1e-15) {
            return Math.min(toA, toB);
        }
        for (int k = 0; k < 3; k++) {
            f[k] /= fn;
        }
        // The foot lies on the minor arc when it is between a and b.
        if (dot(cross(a, f), n) >= 0 && dot(cross(f, b), n) >= 0) {
            return Math.asin(Math.min(1.0, Math.abs(s)));
        }
        return Math.min(toA, toB);
    }

    private static double[] unit(double lat, double lon) {
        double c = Math.cos(lat);
        return new double[] {c * Math.cos(lon), c * Math.sin(lon), Math.sin(lat)};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double angle(double[] a, double[] b) {
        return Math.atan2(Math.sqrt(dot(cross(a, b), cross(a, b))), dot(a, b));
    }
}
