package org.plumbline.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Clipping to an axis-aligned rectangle in the plane: polygons by Sutherland-Hodgman
 * (I. E. Sutherland and G. W. Hodgman, "Reentrant polygon clipping", Communications of the ACM
 * 17(1), 1974, pp. 32-42) and polylines by Liang-Barsky (Y.-D. Liang and B. A. Barsky, "A new
 * concept and method for line clipping", ACM Transactions on Graphics 3(1), 1984, pp. 1-22).
 *
 * <p>Points are {x, y} arrays; results are new arrays. A concave polygon cut by the rectangle may
 * come back as one ring with edges along the rectangle's border, which fills correctly.
 */
final class RectangleClip {
    private final double xMin;
    private final double yMin;
    private final double xMax;
    private final double yMax;

    RectangleClip(double xMin, double yMin, double xMax, double yMax) {
        this.xMin = xMin;
        this.yMin = yMin;
        this.xMax = xMax;
        this.yMax = yMax;
    }

    /** The ring (open: the last point is not the first) clipped to the rectangle; empty when outside. */
    List<double[]> polygon(List<double[]> ring) {
        List<double[]> out = ring;
        for (int edge = 0; edge < 4 && !out.isEmpty(); edge++) {
            out = clipEdge(out, edge);
        }
        return out;
    }

    private boolean inside(double[] p, int edge) {
        return switch (edge) {
            case 0 -> p[0] >= xMin;
            case 1 -> p[0] <= xMax;
            case 2 -> p[1] >= yMin;
            default -> p[1] <= yMax;
        };
    }

    private double[] intersect(double[] a, double[] b, int edge) {
        double t;
        if (edge < 2) {
            double x = edge == 0 ? xMin : xMax;
            t = (x - a[0]) / (b[0] - a[0]);
            return new double[] {x, a[1] + t * (b[1] - a[1])};
        }
        double y = edge == 2 ? yMin : yMax;
        t = (y - a[1]) / (b[1] - a[1]);
        return new double[] {a[0] + t * (b[0] - a[0]), y};
    }

    private List<double[]> clipEdge(List<double[]> in, int edge) {
        List<double[]> out = new ArrayList<>(in.size() + 4);
        double[] prev = in.get(in.size() - 1);
        boolean prevIn = inside(prev, edge);
        for (double[] cur : in) {
            boolean curIn = inside(cur, edge);
            if (curIn) {
                if (!prevIn) {
                    out.add(intersect(prev, cur, edge));
                }
                out.add(cur);
            } else if (prevIn) {
                out.add(intersect(prev, cur, edge));
            }
            prev = cur;
            prevIn = curIn;
        }
        return out;
    }

    /** The parts of a polyline inside the rectangle, each with at least two points, in order. */
    List<List<double[]>> polyline(List<double[]> line) {
        List<List<double[]>> parts = new ArrayList<>();
        List<double[]> cur = null;
        for (int i = 0; i + 1 < line.size(); i++) {
            double[] a = line.get(i);
            double[] b = line.get(i + 1);
            double[] t = segment(a, b);
            if (t == null) {
                cur = null;
                continue;
            }
            double[] p = t[0] == 0 ? a : lerp(a, b, t[0]);
            double[] q = t[1] == 1 ? b : lerp(a, b, t[1]);
            if (cur == null || t[0] > 0) {
                cur = new ArrayList<>();
                parts.add(cur);
                cur.add(p);
            }
            cur.add(q);
            if (t[1] < 1) {
                cur = null;
            }
        }
        return parts;
    }

    private static double[] lerp(double[] a, double[] b, double t) {
        return new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])};
    }

    /** Liang-Barsky: the parameter interval [t0, t1] of segment ab inside the rectangle, or null. */
    private double[] segment(double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a[0] - xMin, xMax - a[0], a[1] - yMin, yMax - a[1]};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        return t0 <= t1 ? new double[] {t0, t1} : null;
    }
}
