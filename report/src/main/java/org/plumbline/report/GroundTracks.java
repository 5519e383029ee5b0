package org.plumbline.report;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySample;

/**
 * Lines and rings in longitude and latitude (degrees) for the geographic formats: ground tracks of
 * trajectories, and the cut at the antimeridian that RFC 7946 section 3.1.9 asks for.
 *
 * <p>Consecutive points are taken to be less than 180 deg of longitude apart the short way (true of
 * 10 s trajectory samples and of footprint rays 1 deg apart); the line is unwrapped to continuous
 * longitudes, and every crossing of +-180 deg becomes the end of one part and the start of the next,
 * at the latitude interpolated linearly in longitude.
 */
final class GroundTracks {
    /** Douglas-Peucker tolerance of ground tracks in the geographic formats, deg (about 0.5 km). */
    static final double TOLERANCE_DEG = 0.005;

    private GroundTracks() {
    }

    /** A trajectory's ground track {lonDeg, latDeg}: launch, samples, impact; unwrapped and simplified. */
    static List<double[]> of(Trajectory t) {
        List<double[]> pts = new ArrayList<>(t.samples().size() + 2);
        pts.add(new double[] {t.launch().longitudeDeg(), t.launch().latitudeDeg()});
        for (TrajectorySample s : t.samples()) {
            pts.add(new double[] {Math.toDegrees(s.longitudeRad()), Math.toDegrees(s.latitudeRad())});
        }
        pts.add(new double[] {t.impact().longitudeDeg(), t.impact().latitudeDeg()});
        return DouglasPeucker.simplify(unwrap(pts), TOLERANCE_DEG);
    }

    /** The points with longitudes made continuous (each within 180 deg of the previous one). */
    static List<double[]> unwrap(List<double[]> lonLat) {
        List<double[]> out = new ArrayList<>(lonLat.size());
        double previous = Double.NaN;
        for (double[] p : lonLat) {
            double lon = p[0];
            if (!Double.isNaN(previous)) {
                lon = previous + Math.IEEEremainder(lon - previous, 360.0);
            }
            out.add(new double[] {lon, p[1]});
            previous = lon;
        }
        return out;
    }

    /**
     * A line {lonDeg, latDeg} (longitudes wrapped or unwrapped) cut at the antimeridian into parts
     * whose longitudes lie in [-180, 180].
     */
    static List<List<double[]>> splitAtAntimeridian(List<double[]> lonLat) {
        List<double[]> u = unwrap(lonLat);
        List<List<double[]>> parts = new ArrayList<>();
        if (u.isEmpty()) {
            return parts;
        }
        List<double[]> cur = new ArrayList<>();
        long band = band(u.get(0)[0]);
        cur.add(shift(u.get(0), band));
        for (int i = 1; i < u.size(); i++) {
            double[] a = u.get(i - 1);
            double[] b = u.get(i);
            long bb = band(b[0]);
            while (bb != band) {
                boolean east = bb > band;
                // The edge of the current band toward b: +180 (east) or -180 (west), unwrapped.
                double edge = (east ? 180.0 : -180.0) + 360.0 * band;
                double t = (edge - a[0]) / (b[0] - a[0]);
                double lat = a[1] + t * (b[1] - a[1]);
                cur.add(new double[] {east ? 180.0 : -180.0, lat});
                if (cur.size() >= 2) {
                    parts.add(cur);
                }
                band += east ? 1 : -1;
                cur = new ArrayList<>();
                cur.add(new double[] {east ? -180.0 : 180.0, lat});
            }
            double[] q = shift(b, band);
            double[] last = cur.get(cur.size() - 1);
            if (q[0] != last[0] || q[1] != last[1]) {
                cur.add(q);
            }
        }
        if (cur.size() >= 2) {
            parts.add(cur);
        }
        return parts;
    }

    /**
     * A ring {lonDeg, latDeg} (open or closed) cut at the antimeridian: one or more rings in
     * [-180, 180], each closed (last point equal to the first), as RFC 7946 wants.
     */
    static List<List<double[]>> splitRingAtAntimeridian(List<double[]> lonLat) {
        List<double[]> u = unwrap(lonLat);
        List<List<double[]>> out = new ArrayList<>();
        if (u.size() >= 2 && u.get(0)[0] == u.get(u.size() - 1)[0] && u.get(0)[1] == u.get(u.size() - 1)[1]) {
            u = new ArrayList<>(u.subList(0, u.size() - 1));
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] p : u) {
            lo = Math.min(lo, p[0]);
            hi = Math.max(hi, p[0]);
        }
        for (long k = band(lo); k <= band(hi); k++) {
            double west = -180.0 + 360.0 * k;
            List<double[]> part = new RectangleClip(west, -90.0, west + 360.0, 90.0).polygon(u);
            if (part.size() >= 3) {
                List<double[]> ring = new ArrayList<>(part.size() + 1);
                for (double[] p : part) {
                    ring.add(shift(p, k));
                }
                ring.add(ring.get(0));
                out.add(ring);
            }
        }
        return out;
    }

    /** Which 360 deg band a longitude is in: 0 for [-180, 180). */
    private static long band(double lon) {
        return (long) Math.floor((lon + 180.0) / 360.0);
    }

    private static double[] shift(double[] p, long band) {
        return new double[] {p[0] - 360.0 * band, p[1]};
    }
}
