package org.plumbline.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Line simplification by the Ramer-Douglas-Peucker algorithm (D. H. Douglas and T. K. Peucker,
 * "Algorithms for the reduction of the number of points required to represent a digitized line or
 * its caricature", The Canadian Cartographer 10(2), 1973, pp. 112-122): the kept points are a
 * subset of the input, including both ends, and no dropped point lies farther than the tolerance
 * from the simplified line. Distances use the first {@code dimensions} coordinates of each point
 * (2 for the plane, 3 for ECEF; further entries ride along). Deterministic: ties keep the first
 * farthest point.
 */
final class DouglasPeucker {
    private DouglasPeucker() {
    }

    /** The simplified planar line (same array objects, in order). */
    static List<double[]> simplify(List<double[]> line, double tolerance) {
        return simplify(line, tolerance, 2);
    }

    /** The simplified line, distances over the first {@code dimensions} coordinates. */
    static List<double[]> simplify(List<double[]> line, double tolerance, int dimensions) {
        int n = line.size();
        if (n <= 2) {
            return line;
        }
        boolean[] keep = dimensions == 2 || dimensions == 3 ? keepFlat(line, tolerance, dimensions)
                : keep(line, tolerance, dimensions);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out.add(line.get(i));
            }
        }
        return out;
    }

    /** The points kept, by {@link #distanceToSegmentSquared} on the list: the reference of {@link #keepFlat}. */
    static boolean[] keep(List<double[]> line, double tolerance, int dimensions) {
        int n = line.size();
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        int[] stack = new int[2 * n];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = n - 1;
        double tol2 = tolerance * tolerance;
        while (top > 0) {
            int last = stack[--top];
            int first = stack[--top];
            double worst = -1;
            int index = -1;
            for (int i = first + 1; i < last; i++) {
                double d = distanceToSegmentSquared(line.get(i), line.get(first), line.get(last), dimensions);
                if (d > worst) {
                    worst = d;
                    index = i;
                }
            }
            if (index >= 0 && worst > tol2) {
                keep[index] = true;
                stack[top++] = first;
                stack[top++] = index;
                stack[top++] = index;
                stack[top++] = last;
            }
        }
        return keep;
    }

    /**
     * {@link #keep} for 2 or 3 dimensions on the coordinates copied into flat arrays, with each
     * segment's differences b - a and squared length computed once: the same operations on the same
     * values in the same order as {@link #distanceToSegmentSquared}, so the same points kept.
     */
    static boolean[] keepFlat(List<double[]> line, double tolerance, int dimensions) {
        int n = line.size();
        boolean three = dimensions == 3;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] zs = three ? new double[n] : null;
        for (int i = 0; i < n; i++) {
            double[] p = line.get(i);
            xs[i] = p[0];
            ys[i] = p[1];
            if (three) {
                zs[i] = p[2];
            }
        }
        boolean[] keep = new boolean[n];
        keepFlat(xs, ys, zs, n, tolerance * tolerance, keep, new int[2 * n]);
        return keep;
    }

    /**
     * The flat loop of {@link #keepFlat(List, double, int)} on points 0 to n - 1 (n at least 1) of xs,
     * ys and zs (null in the plane): sets keep[0..n) to the points kept, with squared tolerance tol2;
     * stack holds at least 2n entries. Shared with the HTML maps' lines ({@link PolylinePath}), which
     * reuse their arrays from line to line.
     */
    static void keepFlat(double[] xs, double[] ys, double[] zs, int n, double tol2, boolean[] keep, int[] stack) {
        boolean three = zs != null;
        java.util.Arrays.fill(keep, 0, n, false);
        keep[0] = true;
        keep[n - 1] = true;
        int top = 0;
        stack[top++] = 0;
        stack[top++] = n - 1;
        while (top > 0) {
            int last = stack[--top];
            int first = stack[--top];
            double worst = -1;
            int index = -1;
            double ax = xs[first];
            double ay = ys[first];
            double az = three ? zs[first] : 0;
            double abx = xs[last] - ax;
            double aby = ys[last] - ay;
            double abz = three ? zs[last] - az : 0;
            double ab2 = 0;
            ab2 += abx * abx;
            ab2 += aby * aby;
            if (three) {
                ab2 += abz * abz;
            }
            for (int i = first + 1; i < last; i++) {
                double apab = 0;
                apab += (xs[i] - ax) * abx;
                apab += (ys[i] - ay) * aby;
                if (three) {
                    apab += (zs[i] - az) * abz;
                }
                double t = ab2 == 0 ? 0 : PolylinePath.clamp01(apab / ab2);
                double dx = xs[i] - (ax + t * abx);
                double dy = ys[i] - (ay + t * aby);
                double d = 0;
                d += dx * dx;
                d += dy * dy;
                if (three) {
                    double dz = zs[i] - (az + t * abz);
                    d += dz * dz;
                }
                if (d > worst) {
                    worst = d;
                    index = i;
                }
            }
            if (index >= 0 && worst > tol2) {
                keep[index] = true;
                stack[top++] = first;
                stack[top++] = index;
                stack[top++] = index;
                stack[top++] = last;
            }
        }
    }

    static double distanceToSegmentSquared(double[] p, double[] a, double[] b, int dimensions) {
        double ab2 = 0;
        double apab = 0;
        for (int k = 0; k < dimensions; k++) {
            double ab = b[k] - a[k];
            ab2 += ab * ab;
            apab += (p[k] - a[k]) * ab;
        }
        double t = ab2 == 0 ? 0 : Math.max(0, Math.min(1, apab / ab2));
        double d2 = 0;
        for (int k = 0; k < dimensions; k++) {
            double d = p[k] - (a[k] + t * (b[k] - a[k]));
            d2 += d * d;
        }
        return d2;
    }
}
