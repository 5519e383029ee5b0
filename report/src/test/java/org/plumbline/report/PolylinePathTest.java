package org.plumbline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The map's track paths from flat arrays against the list-based clip, simplification and writing they replace. */
class PolylinePathTest {
    @Test
    void trackPathsAreTheReferenceTextCharacterForCharacter() {
        Random random = new Random(20261127L);
        int drawn = 0;
        int clipped = 0;
        for (int map = 0; map < 40; map++) {
            // Views from a few hundred km to a hemisphere, anywhere.
            double lat0 = Math.toRadians(-70 + 140 * random.nextDouble());
            double lon0 = Math.toRadians(-180 + 360 * random.nextDouble());
            double spanRad = Math.toRadians(2 + 60 * random.nextDouble());
            List<double[]> extent = List.of(new double[] {lat0 - spanRad / 2, lon0 - spanRad},
                    new double[] {lat0 + spanRad / 2, lon0 + spanRad});
            MapFigure figure = MapFigure.fitted(extent, 500_000.0);
            for (int track = 0; track < 60; track++) {
                double[] points = track(random, lat0, lon0, spanRad);
                StringBuilder fast = new StringBuilder();
                StringBuilder reference = new StringBuilder();
                figure.trackLine(fast, points);
                figure.trackLineReference(reference, points);
                assertEquals(reference.toString(), fast.toString());
                drawn += reference.length() > 0 ? 1 : 0;
                clipped += reference.indexOf("M", 1) > 0 ? 1 : 0;
            }
        }
        // The cases the comparison must cover: tracks drawn, and tracks cut into several parts by the view.
        assertTrue(drawn > 500, "tracks drawn: " + drawn);
        assertTrue(clipped > 50, "tracks in several parts: " + clipped);
    }

    @Test
    void degenerateTracksAreTheReferenceText() {
        MapFigure figure = MapFigure.fitted(List.of(new double[] {0.7, 0.5}, new double[] {0.8, 0.7}), 500_000.0);
        double[][] tracks = {
            {},
            triple(0.75, 0.6),
            concat(triple(0.75, 0.6), triple(0.75, 0.6)),
            concat(triple(0.75, 0.6), triple(0.75, 0.6), triple(0.75, 0.6000001)),
            concat(triple(-0.5, -2.0), triple(-0.5, -2.1)),
            concat(triple(0.75, 0.6), triple(-0.75, 0.6 + Math.PI)),
        };
        for (double[] t : tracks) {
            StringBuilder fast = new StringBuilder();
            StringBuilder reference = new StringBuilder();
            figure.trackLine(fast, t);
            figure.trackLineReference(reference, t);
            assertEquals(reference.toString(), fast.toString());
        }
    }

    @Test
    void clampingIsMaxOfZeroAndMinOfOne() {
        double[] values = {Double.NaN, Double.NEGATIVE_INFINITY, -1e300, -1, -Double.MIN_VALUE, -0.0, 0.0,
            Double.MIN_VALUE, 1e-300, 0.25, Math.nextDown(1.0), 1.0, Math.nextUp(1.0), 2, 1e300,
            Double.POSITIVE_INFINITY};
        for (double x : values) {
            assertEquals(Double.doubleToLongBits(Math.max(0, Math.min(1, x))),
                    Double.doubleToLongBits(PolylinePath.clamp01(x)), "clamp of " + x);
        }
    }

    /** A wandering track of 2-400 points near (and sometimes far from) the view, as TrackPoints triples. */
    private static double[] track(Random random, double lat0, double lon0, double spanRad) {
        int n = 2 + random.nextInt(400);
        double lat = lat0 + spanRad * 1.5 * (random.nextDouble() - 0.5);
        double lon = lon0 + spanRad * 3 * (random.nextDouble() - 0.5);
        double heading = 2 * Math.PI * random.nextDouble();
        double step = spanRad / n * (0.5 + 4 * random.nextDouble());
        double turn = 0.05 * random.nextGaussian();
        double[] p = new double[3 * n];
        for (int i = 0; i < n; i++) {
            double latClamped = Math.max(-1.5, Math.min(1.5, lat));
            p[3 * i] = Math.sin(latClamped);
            p[3 * i + 1] = Math.cos(latClamped);
            p[3 * i + 2] = lon;
            heading += turn + 0.02 * random.nextGaussian();
            lat += step * Math.cos(heading);
            lon += step * Math.sin(heading) / Math.max(0.2, Math.cos(latClamped));
            if (random.nextInt(200) == 0) {
                // A repeated point, as the launch and the first sample can be.
                lat -= step * Math.cos(heading);
                lon -= step * Math.sin(heading) / Math.max(0.2, Math.cos(latClamped));
            }
        }
        return p;
    }

    private static double[] triple(double latRad, double lonRad) {
        return new double[] {Math.sin(latRad), Math.cos(latRad), lonRad};
    }

    private static double[] concat(double[]... parts) {
        List<Double> all = new ArrayList<>();
        for (double[] p : parts) {
            for (double v : p) {
                all.add(v);
            }
        }
        double[] out = new double[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i);
        }
        return out;
    }
}
