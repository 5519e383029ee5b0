package org.plumbline.core.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link Polygon#row}: a row's containment must be {@link Polygon#contains}'s, point for point,
 * including the cases where the even-odd rule is decided by one comparison: points on a vertex's
 * latitude or longitude, on horizontal edges, on crossings, in holes, at both zeros and not a number.
 */
class PolygonTest {
    /** A star-shaped ring of n vertices around (lat0, lon0), radii from rMin to rMax deg, seeded. */
    private static double[][] star(Random random, int n, double lat0, double lon0, double rMin, double rMax) {
        double[][] ring = new double[n][];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = rMin + (rMax - rMin) * random.nextDouble();
            // Every fifth vertex repeats the latitude of the one before: horizontal edges.
            double lat = i % 5 == 4 ? ring[i - 1][0] : Math.toRadians(lat0 + r * Math.sin(a));
            ring[i] = new double[] {lat, Math.toRadians(lon0 + r * Math.cos(a))};
        }
        return ring;
    }

    @Test
    void aRowContainsWhatThePolygonContains() {
        Random random = new Random(42);
        List<Polygon> polygons = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            double lat0 = -60 + 120 * random.nextDouble();
            double lon0 = -170 + 340 * random.nextDouble();
            List<double[][]> rings = new ArrayList<>();
            rings.add(star(random, 5 + random.nextInt(60), lat0, lon0, 1, 8));
            if (k % 2 == 0) {
                rings.add(star(random, 4 + random.nextInt(30), lat0, lon0, 0.2, 0.9));
            }
            polygons.add(new Polygon(rings));
        }
        // The square of the corners 0 and 1 rad, with a vertex on the zero longitude.
        List<double[][]> square = new ArrayList<>();
        square.add(new double[][] {{0, -0.0}, {0, 1}, {1, 1}, {1, 0.0}});
        polygons.add(new Polygon(square));
        int inside = 0;
        int tests = 0;
        for (Polygon p : polygons) {
            double[] b = p.bounds();
            double[][] outer = p.rings().get(0);
            List<Double> lats = new ArrayList<>();
            List<Double> lons = new ArrayList<>();
            for (double[][] ring : p.rings()) {
                for (double[] v : ring) {
                    lats.add(v[0]);
                    lats.add(Math.nextUp(v[0]));
                    lons.add(v[1]);
                    lons.add(Math.nextDown(v[1]));
                }
            }
            for (int i = 0; i < 60; i++) {
                lats.add(b[0] + (b[1] - b[0]) * random.nextDouble());
                lons.add(b[2] + (b[3] - b[2]) * (1.2 * random.nextDouble() - 0.1));
            }
            lats.add(b[0] - 1e-9);
            lats.add(b[1] + 1e-9);
            lons.add(-0.0);
            lons.add(0.0);
            lons.add(Double.NaN);
            for (double lat : lats) {
                Polygon.Row row = p.row(lat);
                if (lat < b[0] || lat > b[1]) {
                    assertNull(row, "latitude outside the bounds");
                    continue;
                }
                List<Double> probe = new ArrayList<>(lons);
                probe.addAll(crossings(outer, lat)); // the row's own crossings, and a hair either side

                for (double lon : probe) {
                    boolean expected = p.contains(lat, lon);
                    assertEquals(expected, row.contains(lon), lat + " " + lon);
                    inside += expected ? 1 : 0;
                    tests++;
                }
            }
        }
        assertTrue(inside > 0.2 * tests && inside < 0.8 * tests, inside + " of " + tests);
    }

    /** The longitudes where the parallel crosses the outer ring's edges, and their neighbours. */
    private static List<Double> crossings(double[][] ring, double lat) {
        List<Double> out = new ArrayList<>();
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            if ((ring[i][0] > lat) != (ring[j][0] > lat)) {
                double x = (ring[j][1] - ring[i][1]) * (lat - ring[i][0]) / (ring[j][0] - ring[i][0]) + ring[i][1];
                out.add(x);
                out.add(Math.nextUp(x));
                out.add(Math.nextDown(x));
            }
        }
        return out;
    }
}
