package org.plumbline.report;

/**
 * A map's polyline written as SVG subpaths from flat coordinate arrays: clipped to the view by
 * Liang-Barsky, each part simplified by Douglas-Peucker and written by
 * {@link MapFigure#compact(StringBuilder, java.util.List, boolean, int)}'s rules. The same arithmetic,
 * in the same order, as {@link RectangleClip#polyline(java.util.List)},
 * {@link DouglasPeucker#simplify(java.util.List, double)} and {@code compact} on lists of points, so
 * the same text; without a point array, a list or a parameter array per point and segment (a page's
 * maps draw about 1.5 million track points).
 *
 * <p>Keeps its scratch arrays between lines: one per figure, used by one thread.
 */
final class PolylinePath {
    private final double xMin;
    private final double yMin;
    private final double xMax;
    private final double yMax;
    private final double tolerance2;
    /** The current part's points. */
    private double[] px = new double[256];
    private double[] py = new double[256];
    private boolean[] keep = new boolean[256];
    private int[] stack = new int[512];
    private long[] rx = new long[256];
    private long[] ry = new long[256];

    /** A writer for the rectangle [xMin, xMax] x [yMin, yMax] and a Douglas-Peucker tolerance (viewBox units). */
    PolylinePath(double xMin, double yMin, double xMax, double yMax, double tolerance) {
        this.xMin = xMin;
        this.yMin = yMin;
        this.xMax = xMax;
        this.yMax = yMax;
        this.tolerance2 = tolerance * tolerance;
    }

    /**
     * Appends the line through the first n points (xs[i], ys[i]) as subpaths: the parts inside the
     * rectangle, simplified, in whole units with relative moves (parts of one distinct point are left
     * out).
     */
    void append(StringBuilder d, double[] xs, double[] ys, int n) {
        ensure(n + 1);
        int m = 0;
        boolean open = false;
        boolean bInside = n > 0 && inside(xs[0], ys[0]);
        for (int i = 0; i + 1 < n; i++) {
            double ax = xs[i];
            double ay = ys[i];
            double bx = xs[i + 1];
            double by = ys[i + 1];
            boolean aInside = bInside;
            bInside = inside(bx, by);
            if (aInside && bInside) {
                // Both ends in the rectangle: Liang-Barsky's parameters are exactly 0 and 1 (each ratio
                // q / p is <= 0 where p < 0 and >= 1 where p > 0, as rounding is monotonic).
                if (!open) {
                    if (m > 0) {
                        simplifyAndWrite(d, m);
                    }
                    m = 0;
                    open = true;
                    px[m] = ax;
                    py[m] = ay;
                    m++;
                }
                px[m] = bx;
                py[m] = by;
                m++;
                continue;
            }
            // Liang-Barsky, as RectangleClip.segment: p = {-dx, dx, -dy, dy}, q = {ax - xMin, ...}.
            double dx = bx - ax;
            double dy = by - ay;
            double t0 = 0;
            double t1 = 1;
            boolean outside = false;
            for (int e = 0; e < 4 && !outside; e++) {
                double p;
                double q;
                switch (e) {
                    case 0 -> {
                        p = -dx;
                        q = ax - xMin;
                    }
                    case 1 -> {
                        p = dx;
                        q = xMax - ax;
                    }
                    case 2 -> {
                        p = -dy;
                        q = ay - yMin;
                    }
                    default -> {
                        p = dy;
                        q = yMax - ay;
                    }
                }
                if (p == 0) {
                    outside = q < 0;
                } else {
                    double r = q / p;
                    if (p < 0) {
                        t0 = Math.max(t0, r);
                    } else {
                        t1 = Math.min(t1, r);
                    }
                }
            }
            if (outside || !(t0 <= t1)) {
                open = false;
                continue;
            }
            if (!open || t0 > 0) {
                if (m > 0) {
                    simplifyAndWrite(d, m);
                }
                m = 0;
                open = true;
                if (t0 == 0) {
                    px[m] = ax;
                    py[m] = ay;
                } else {
                    px[m] = ax + t0 * (bx - ax);
                    py[m] = ay + t0 * (by - ay);
                }
                m++;
            }
            if (t1 == 1) {
                px[m] = bx;
                py[m] = by;
            } else {
                px[m] = ax + t1 * (bx - ax);
                py[m] = ay + t1 * (by - ay);
            }
            m++;
            if (t1 < 1) {
                open = false;
            }
        }
        if (m > 0) {
            simplifyAndWrite(d, m);
        }
    }

    private boolean inside(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    private void ensure(int n) {
        if (px.length < n) {
            int c = Math.max(n, 2 * px.length);
            px = new double[c];
            py = new double[c];
            keep = new boolean[c];
            stack = new int[2 * c];
            rx = new long[c];
            ry = new long[c];
        }
    }

    /** Douglas-Peucker on the part's n points, then the kept ones written as an open line of at least two points. */
    private void simplifyAndWrite(StringBuilder d, int n) {
        DouglasPeucker.keepFlat(px, py, null, n, tolerance2, keep, stack);
        // MapFigure.compact(d, kept, false, 2).
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!keep[i]) {
                continue;
            }
            long x = Math.round(px[i]);
            long y = Math.round(py[i]);
            if (k > 0 && rx[k - 1] == x && ry[k - 1] == y) {
                continue;
            }
            rx[k] = x;
            ry[k] = y;
            k++;
        }
        if (k < 2) {
            return;
        }
        d.append('M').append(rx[0]).append(',').append(ry[0]).append('l');
        for (int i = 1; i < k; i++) {
            long dx = rx[i] - rx[i - 1];
            long dy = ry[i] - ry[i - 1];
            if (i > 1 && dx >= 0) {
                d.append(' ');
            }
            d.append(dx);
            if (dy >= 0) {
                d.append(',');
            }
            d.append(dy);
        }
    }

    /**
     * {@code Math.max(0, Math.min(1, x))}, the same value for every x (NaN, -0.0 and the ends
     * included) by comparisons: the two calls are most of the simplification's inner loop in the
     * client compiler's code.
     */
    static double clamp01(double x) {
        if (x >= 1) {
            return 1;
        }
        if (x > 0) {
            return x;
        }
        if (x != x) {
            return x;
        }
        return 0;
    }
}
