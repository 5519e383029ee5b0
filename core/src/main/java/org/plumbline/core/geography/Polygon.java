package org.plumbline.core.geography;

import java.util.ArrayList;
import java.util.List;

/**
 * A polygon on the Earth in geodetic latitude and longitude (radians): an outer ring and optional
 * holes, each a closed or open list of vertices. Containment uses the even-odd rule on the
 * longitude-latitude plane, which is exact for rings that do not cross the antimeridian (the
 * project's border data is cut there, RFC 7946 section 3.1.9) and is how the GeoJSON source
 * defines the shapes.
 */
public final class Polygon {
    private final double[][] lats;
    private final double[][] lons;
    private final double minLat;
    private final double maxLat;
    private final double minLon;
    private final double maxLon;

    /**
     * @param rings rings of {latRad, lonRad} pairs; the first is the outer ring, the others holes
     */
    public Polygon(List<double[][]> rings) {
        if (rings.isEmpty() || rings.get(0).length < 3) {
            throw new IllegalArgumentException("a polygon needs an outer ring of at least 3 vertices");
        }
        lats = new double[rings.size()][];
        lons = new double[rings.size()][];
        double a = Double.POSITIVE_INFINITY;
        double b = Double.NEGATIVE_INFINITY;
        double c = Double.POSITIVE_INFINITY;
        double d = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rings.size(); r++) {
            double[][] ring = rings.get(r);
            lats[r] = new double[ring.length];
            lons[r] = new double[ring.length];
            for (int i = 0; i < ring.length; i++) {
                lats[r][i] = ring[i][0];
                lons[r][i] = ring[i][1];
                if (r == 0) {
                    a = Math.min(a, ring[i][0]);
                    b = Math.max(b, ring[i][0]);
                    c = Math.min(c, ring[i][1]);
                    d = Math.max(d, ring[i][1]);
                }
            }
        }
        minLat = a;
        maxLat = b;
        minLon = c;
        maxLon = d;
    }

    /** Whether the point (radians) lies inside the outer ring and outside every hole. */
    public boolean contains(double latRad, double lonRad) {
        if (latRad < minLat || latRad > maxLat || lonRad < minLon || lonRad > maxLon) {
            return false;
        }
        if (!inRing(0, latRad, lonRad)) {
            return false;
        }
        for (int r = 1; r < lats.length; r++) {
            if (inRing(r, latRad, lonRad)) {
                return false;
            }
        }
        return true;
    }

    private boolean inRing(int r, double lat, double lon) {
        double[] y = lats[r];
        double[] x = lons[r];
        int n = y.length;
        boolean inside = false;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((y[i] > lat) != (y[j] > lat) && lon < (x[j] - x[i]) * (lat - y[i]) / (y[j] - y[i]) + x[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /**
     * The polygon along one parallel, for many containment tests at that latitude (a lattice row):
     * {@code row(lat).contains(lon)} answers as {@code contains(lat, lon)} does, bit for bit the same
     * comparisons, but each ring's edge crossings of the parallel are computed once and sorted, so a
     * test costs a binary search per ring instead of a pass over every edge. Null when the latitude is
     * outside the outer ring's bounds (no point of it is contained).
     */
    public Row row(double latRad) {
        if (latRad < minLat || latRad > maxLat) {
            return null;
        }
        double[][] crossings = new double[lats.length][];
        for (int r = 0; r < lats.length; r++) {
            double[] y = lats[r];
            double[] x = lons[r];
            int n = y.length;
            double[] c = new double[n];
            int k = 0;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                // inRing's crossing test and longitude, the same operations.
                if ((y[i] > latRad) != (y[j] > latRad)) {
                    c[k++] = (x[j] - x[i]) * (latRad - y[i]) / (y[j] - y[i]) + x[i];
                }
            }
            crossings[r] = java.util.Arrays.copyOf(c, k);
            java.util.Arrays.sort(crossings[r]);
        }
        return new Row(crossings, minLon, maxLon);
    }

    /** A polygon along one parallel: see {@link #row}. */
    public static final class Row {
        private final double[][] crossings;
        private final double minLon;
        private final double maxLon;

        private Row(double[][] crossings, double minLon, double maxLon) {
            this.crossings = crossings;
            this.minLon = minLon;
            this.maxLon = maxLon;
        }

        /** Whether the point at this row's latitude and the longitude (radians) lies inside. */
        public boolean contains(double lonRad) {
            if (lonRad < minLon || lonRad > maxLon || Double.isNaN(lonRad)) {
                return false;
            }
            if (!inside(crossings[0], lonRad)) {
                return false;
            }
            for (int r = 1; r < crossings.length; r++) {
                if (inside(crossings[r], lonRad)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The even-odd rule: inside when an odd number of crossings lie strictly east of the longitude
         * (inRing's lon &lt; crossing). The crossings are sorted, so that number is the count after the
         * last crossing not above the longitude.
         */
        private static boolean inside(double[] c, double lon) {
            int lo = 0;
            int hi = c.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (c[mid] <= lon) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return ((c.length - lo) & 1) == 1;
        }
    }

    /** Number of vertices over all rings. */
    public int vertexCount() {
        int n = 0;
        for (double[] r : lats) {
            n += r.length;
        }
        return n;
    }

    /** Outer-ring bounds {minLat, maxLat, minLon, maxLon}, radians. */
    public double[] bounds() {
        return new double[] {minLat, maxLat, minLon, maxLon};
    }

    /** The rings as {latRad, lonRad} arrays (copies). */
    public List<double[][]> rings() {
        List<double[][]> out = new ArrayList<>();
        for (int r = 0; r < lats.length; r++) {
            double[][] ring = new double[lats[r].length][];
            for (int i = 0; i < ring.length; i++) {
                ring[i] = new double[] {lats[r][i], lons[r][i]};
            }
            out.add(ring);
        }
        return out;
    }
}
