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
