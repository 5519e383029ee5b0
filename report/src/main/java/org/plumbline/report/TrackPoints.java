package org.plumbline.report;

import java.util.IdentityHashMap;
import java.util.Map;

import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySample;

/**
 * The points of each drawn ground track (launch, samples, impact) with the sine and cosine of their
 * latitudes, computed once per trajectory for all the maps of a page: the scenarios of a report share
 * most of their trajectories, and each of a page's maps projects every track (the latitude's sine and
 * cosine are two of the projection's six transcendental functions). The values are those the
 * projection computes from the latitude itself, so the page's bytes do not change.
 *
 * <p>Thread-safe (the scenario sections render side by side); one per rendered page.
 */
final class TrackPoints {
    private final Map<Trajectory, double[]> points = new IdentityHashMap<>();

    /**
     * The track's points as {sin lat, cos lat, lon (rad)} triples, flat: launch, every sample, impact.
     */
    synchronized double[] of(Trajectory t) {
        return points.computeIfAbsent(t, TrackPoints::compute);
    }

    static double[] compute(Trajectory t) {
        int n = t.samples().size() + 2;
        double[] p = new double[3 * n];
        put(p, 0, t.launch().latitudeRad(), t.launch().longitudeRad());
        int i = 1;
        for (TrajectorySample s : t.samples()) {
            put(p, i++, s.latitudeRad(), s.longitudeRad());
        }
        put(p, i, t.impact().latitudeRad(), t.impact().longitudeRad());
        return p;
    }

    private static void put(double[] p, int i, double latRad, double lonRad) {
        p[3 * i] = Math.sin(latRad);
        p[3 * i + 1] = Math.cos(latRad);
        p[3 * i + 2] = lonRad;
    }
}
