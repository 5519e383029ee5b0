package org.plumbline.core.geography;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact union of the cells of a row lattice, dissolved into polygons with holes.
 *
 * <p>The input is a list of rows, each a band between two parallels ({@code south < north}) holding
 * intervals of longitude; the cells of a row need not line up with those of the next row (the
 * assessment's lattice has cells {@code spacing / cos(latitude)} wide, so columns shift from row to
 * row). Coordinates are integers in a unit the caller chooses (the report uses 10<sup>-5</sup>
 * degree, the precision of its GeoJSON), so that the topology is decided exactly: two boundaries meet
 * only where their integers are equal, and the polygons written are exactly the polygons computed.
 *
 * <p>Method: boundary tracing. Every interval gives a west edge (downwards) and an east edge
 * (upwards); on each line between two rows, the parts of the upper row's intervals not covered by
 * the lower row give an eastward edge and the parts of the lower row's not covered by the upper
 * row a westward one. Every edge then has the union on its left. The edges are linked end to start
 * into closed rings; where two cells touch only at a corner (two edges leave one vertex), the walk
 * takes the left-most turn, and a ring that still visits a vertex twice is cut there into simple
 * rings. Rings that turn counter-clockwise are outer rings, clockwise ones holes (the winding of
 * RFC 7946, section 3.1.6); each hole belongs to the smallest outer ring that contains it. Vertices
 * where the boundary goes straight on are dropped.
 *
 * <p>The result is exact (no smoothing): its area is the sum of the areas of the cells, measured in
 * the same coordinates. Rings may touch at single points (cells meeting at a corner), never cross or
 * share an edge. Deterministic: the same rows give the same polygons in the same order (outer rings
 * by their first vertex: north to south, then west to east).
 */
public final class CellUnion {
    private CellUnion() {
    }

    /**
     * One row of the lattice.
     *
     * @param south     southern edge of the band (caller's unit)
     * @param north     northern edge, greater than south
     * @param intervals {west, east} pairs of longitude in any order; overlapping or touching
     *                  intervals are merged, empty ones dropped
     */
    public record Row(long south, long north, List<long[]> intervals) {
        public Row {
            if (north <= south) {
                throw new IllegalArgumentException("north = " + north + " is not greater than south = " + south);
            }
            List<long[]> copy = new ArrayList<>(intervals.size());
            for (long[] i : intervals) {
                if (i.length != 2) {
                    throw new IllegalArgumentException("an interval is {west, east}, found " + i.length + " values");
                }
                copy.add(i.clone());
            }
            intervals = List.copyOf(copy);
        }

        /** The intervals sorted and merged, flat {w0, e0, w1, e1, ...}. */
        long[] merged() {
            long[][] s = intervals.stream().filter(i -> i[1] > i[0]).toArray(long[][]::new);
            Arrays.sort(s, Comparator.<long[]>comparingLong(i -> i[0]).thenComparingLong(i -> i[1]));
            long[] out = new long[2 * s.length];
            int n = 0;
            for (long[] i : s) {
                if (n > 0 && i[0] <= out[n - 1]) {
                    out[n - 1] = Math.max(out[n - 1], i[1]);
                } else {
                    out[n++] = i[0];
                    out[n++] = i[1];
                }
            }
            return Arrays.copyOf(out, n);
        }
    }

    /**
     * A closed ring of vertices {x, y} (caller's unit), the first vertex not repeated at the end; every
     * edge is along a parallel or a meridian.
     */
    public record Ring(List<long[]> vertices) {
        public Ring {
            List<long[]> copy = new ArrayList<>(vertices.size());
            for (long[] v : vertices) {
                copy.add(v.clone());
            }
            vertices = java.util.Collections.unmodifiableList(copy);
        }

        /** Vertex i {x, y} (a copy). */
        public long[] vertex(int i) {
            return vertices.get(i).clone();
        }

        public int size() {
            return vertices.size();
        }

        /** Twice the signed planar area (shoelace): positive counter-clockwise, in squared units. */
        public long doubleSignedArea() {
            long a = 0;
            int n = vertices.size();
            for (int i = 0; i < n; i++) {
                long[] p = vertices.get(i);
                long[] q = vertices.get((i + 1) % n);
                a += p[0] * q[1] - q[0] * p[1];
            }
            return a;
        }

        /**
         * The signed area on a sphere of the region the ring bounds, read as longitude x and latitude y
         * with edges along parallels and meridians (exact for such edges: the integral of
         * R<sup>2</sup> sin(latitude) d(longitude)); positive counter-clockwise.
         *
         * @param radiansPerUnit the caller's unit, rad
         * @param radiusM        the sphere's radius, m
         */
        public double sphericalAreaM2(double radiansPerUnit, double radiusM) {
            double a = 0;
            int n = vertices.size();
            for (int i = 0; i < n; i++) {
                long[] p = vertices.get(i);
                long[] q = vertices.get((i + 1) % n);
                if (p[1] == q[1]) {
                    // StrictMath: written areas must not depend on the JVM's intrinsics.
                    a -= (q[0] - p[0]) * radiansPerUnit * StrictMath.sin(p[1] * radiansPerUnit);
                }
            }
            return a * radiusM * radiusM;
        }

        /** Whether the point (x + 1/2, y + 1/2) lies inside, by ray casting (never on an edge). */
        boolean containsOffset(long x, long y) {
            // Doubled coordinates keep the test point off every vertex and edge.
            long px = 2 * x + 1;
            long py = 2 * y + 1;
            boolean in = false;
            int n = vertices.size();
            for (int i = 0; i < n; i++) {
                long[] p = vertices.get(i);
                long[] q = vertices.get((i + 1) % n);
                if (p[0] != q[0]) {
                    continue;
                }
                long y0 = 2 * Math.min(p[1], q[1]);
                long y1 = 2 * Math.max(p[1], q[1]);
                if (py > y0 && py < y1 && 2 * p[0] > px) {
                    in = !in;
                }
            }
            return in;
        }
    }

    /** An outer ring (counter-clockwise) with its holes (clockwise). */
    public record Polygon(Ring shell, List<Ring> holes) {
        public Polygon {
            holes = List.copyOf(holes);
        }

        /** Area on the sphere (outer ring minus holes), m^2; see {@link Ring#sphericalAreaM2}. */
        public double sphericalAreaM2(double radiansPerUnit, double radiusM) {
            double a = shell.sphericalAreaM2(radiansPerUnit, radiusM);
            for (Ring h : holes) {
                a += h.sphericalAreaM2(radiansPerUnit, radiusM);
            }
            return a;
        }
    }

    /**
     * The union of the rows' cells as polygons with holes.
     *
     * @param rows the rows, in any order; two rows' bands may share an edge but not overlap
     * @throws IllegalArgumentException when two bands overlap
     */
    public static List<Polygon> of(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(Row::south));
        List<long[]> merged = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && sorted.get(i).south() < sorted.get(i - 1).north()) {
                throw new IllegalArgumentException("rows overlap: [" + sorted.get(i - 1).south() + ", "
                        + sorted.get(i - 1).north() + "] and [" + sorted.get(i).south() + ", "
                        + sorted.get(i).north() + "]");
            }
            merged.add(sorted.get(i).merged());
        }
        Edges edges = new Edges();
        // Vertical edges.
        for (int r = 0; r < sorted.size(); r++) {
            long[] m = merged.get(r);
            long s = sorted.get(r).south();
            long n = sorted.get(r).north();
            for (int k = 0; k < m.length; k += 2) {
                edges.add(m[k], n, m[k], s);
                edges.add(m[k + 1], s, m[k + 1], n);
            }
        }
        // Horizontal edges: on the south line of each row against the row below (if adjacent), and on
        // the north line of each row without an adjacent row above.
        long[] none = new long[0];
        for (int r = 0; r < sorted.size(); r++) {
            long s = sorted.get(r).south();
            long[] below = r > 0 && sorted.get(r - 1).north() == s ? merged.get(r - 1) : none;
            horizontal(edges, s, merged.get(r), below);
            boolean above = r + 1 < sorted.size() && sorted.get(r + 1).south() == sorted.get(r).north();
            if (!above) {
                horizontal(edges, sorted.get(r).north(), none, merged.get(r));
            }
        }
        List<Ring> rings = new ArrayList<>();
        for (List<long[]> walk : edges.walks()) {
            for (List<long[]> simple : splitAtRepeatedVertices(walk)) {
                List<long[]> v = dropStraightVertices(simple);
                if (v.size() >= 4) {
                    rings.add(new Ring(v));
                }
            }
        }
        return nest(rings);
    }

    /** Edges on the line y between the upper row's intervals (interior above) and the lower's. */
    private static void horizontal(Edges edges, long y, long[] upper, long[] lower) {
        for (long[] seg : difference(upper, lower)) {
            edges.add(seg[0], y, seg[1], y);
        }
        for (long[] seg : difference(lower, upper)) {
            edges.add(seg[1], y, seg[0], y);
        }
    }

    /** The parts of sorted disjoint intervals a (flat) not covered by b (flat), as {west, east}. */
    static List<long[]> difference(long[] a, long[] b) {
        List<long[]> out = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < a.length; i += 2) {
            long w = a[i];
            long e = a[i + 1];
            while (j < b.length && b[j + 1] <= w) {
                j += 2;
            }
            int k = j;
            while (w < e) {
                if (k >= b.length || b[k] >= e) {
                    out.add(new long[] {w, e});
                    break;
                }
                if (b[k] > w) {
                    out.add(new long[] {w, b[k]});
                }
                w = Math.max(w, b[k + 1]);
                k += 2;
            }
        }
        return out;
    }

    /** Directed boundary edges indexed by their start vertex. */
    private static final class Edges {
        private final List<long[]> list = new ArrayList<>();
        private final Map<Vertex, int[]> byStart = new HashMap<>();

        private record Vertex(long x, long y) {
        }

        void add(long x0, long y0, long x1, long y1) {
            int id = list.size();
            list.add(new long[] {x0, y0, x1, y1});
            byStart.merge(new Vertex(x0, y0), new int[] {id}, (a, b) -> {
                if (a.length > 1) {
                    throw new IllegalStateException("three edges leave " + x0 + ", " + y0 + ": overlapping rows?");
                }
                return new int[] {a[0], b[0]};
            });
        }

        /** Closed walks, each a vertex list without the repeated first vertex. */
        List<List<long[]>> walks() {
            boolean[] used = new boolean[list.size()];
            List<List<long[]>> out = new ArrayList<>();
            for (int start = 0; start < list.size(); start++) {
                if (used[start]) {
                    continue;
                }
                List<long[]> walk = new ArrayList<>();
                long[] first = list.get(start);
                int e = start;
                while (e >= 0) {
                    used[e] = true;
                    long[] ed = list.get(e);
                    walk.add(new long[] {ed[0], ed[1]});
                    e = choose(ed, byStart.get(new Vertex(ed[2], ed[3])), used);
                    // Every vertex has as many edges in as out, so a walk can only stop where it began.
                    if (e < 0 && (ed[2] != first[0] || ed[3] != first[1])) {
                        throw new IllegalStateException("open boundary at " + ed[2] + ", " + ed[3]);
                    }
                }
                out.add(walk);
            }
            return out;
        }

        /** The unused edge leaving the end of ed; of two, the one turning most to the left. */
        private int choose(long[] ed, int[] next, boolean[] used) {
            if (next == null) {
                return -1;
            }
            int best = -1;
            int bestTurn = Integer.MIN_VALUE;
            for (int id : next) {
                if (used[id]) {
                    continue;
                }
                long[] o = list.get(id);
                int t = turn(ed[2] - ed[0], ed[3] - ed[1], o[2] - o[0], o[3] - o[1]);
                if (t > bestTurn) {
                    bestTurn = t;
                    best = id;
                }
            }
            return best;
        }

        /** Left turn 1, straight 0, right turn -1, back -2, for axis-parallel directions. */
        private static int turn(long dx0, long dy0, long dx1, long dy1) {
            long cross = Long.signum(dx0) * Long.signum(dy1) - Long.signum(dy0) * Long.signum(dx1);
            long dot = Long.signum(dx0) * Long.signum(dx1) + Long.signum(dy0) * Long.signum(dy1);
            return cross > 0 ? 1 : cross < 0 ? -1 : dot > 0 ? 0 : -2;
        }
    }

    /** Cuts a closed walk into simple closed walks at every vertex it visits twice. */
    static List<List<long[]>> splitAtRepeatedVertices(List<long[]> walk) {
        List<List<long[]>> out = new ArrayList<>();
        List<long[]> stack = new ArrayList<>();
        Map<List<Long>, Integer> at = new HashMap<>();
        for (long[] v : walk) {
            List<Long> key = List.of(v[0], v[1]);
            Integer j = at.get(key);
            if (j != null) {
                List<long[]> loop = new ArrayList<>(stack.subList(j, stack.size()));
                out.add(loop);
                for (int k = j; k < stack.size(); k++) {
                    at.remove(List.of(stack.get(k)[0], stack.get(k)[1]));
                }
                stack.subList(j, stack.size()).clear();
            }
            at.put(key, stack.size());
            stack.add(v);
        }
        out.add(stack);
        return out;
    }

    /**
     * Removes vertices where the ring goes straight on. In a ring of axis-parallel edges whether a
     * vertex is straight depends only on the directions of its two edges, which removing another
     * straight vertex does not change, so one pass is enough. Starts the ring at its north-western
     * vertex (highest y, then lowest x).
     */
    static List<long[]> dropStraightVertices(List<long[]> ring) {
        int n = ring.size();
        List<long[]> v = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long[] p = ring.get((i + n - 1) % n);
            long[] c = ring.get(i);
            long[] q = ring.get((i + 1) % n);
            boolean straight = p[0] == c[0] && c[0] == q[0] || p[1] == c[1] && c[1] == q[1];
            if (!straight) {
                v.add(c);
            }
        }
        // Start at the north-western-most vertex (the first of the highest y, then lowest x).
        int first = 0;
        for (int i = 1; i < v.size(); i++) {
            long[] a = v.get(i);
            long[] b = v.get(first);
            if (a[1] > b[1] || a[1] == b[1] && a[0] < b[0]) {
                first = i;
            }
        }
        List<long[]> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            out.add(v.get((first + i) % v.size()));
        }
        return out;
    }

    /** Outer rings with their holes, outer rings sorted north to south, then west to east. */
    private static List<Polygon> nest(List<Ring> rings) {
        List<Ring> shells = new ArrayList<>();
        List<Ring> holes = new ArrayList<>();
        for (Ring r : rings) {
            (r.doubleSignedArea() > 0 ? shells : holes).add(r);
        }
        Comparator<Ring> order = Comparator.<Ring>comparingLong(r -> -r.vertices().get(0)[1])
                .thenComparingLong(r -> r.vertices().get(0)[0]);
        shells.sort(order);
        holes.sort(order);
        long[][] box = new long[shells.size()][];
        for (int i = 0; i < shells.size(); i++) {
            box[i] = bounds(shells.get(i));
        }
        List<List<Ring>> holesOf = new ArrayList<>();
        shells.forEach(s -> holesOf.add(new ArrayList<>()));
        for (Ring h : holes) {
            // A test point just inside the hole: beside its north-western vertex, below and to the east
            // (the hole's top edge runs east to west there, its interior, outside the union, is below).
            long[] v = h.vertices().get(0);
            long tx = v[0];
            long ty = v[1] - 1;
            int best = -1;
            long bestArea = Long.MAX_VALUE;
            for (int i = 0; i < shells.size(); i++) {
                long[] b = box[i];
                if (tx < b[0] || tx >= b[2] || ty < b[1] || ty >= b[3]) {
                    continue;
                }
                long a = shells.get(i).doubleSignedArea();
                if (a < bestArea && shells.get(i).containsOffset(tx, ty)) {
                    best = i;
                    bestArea = a;
                }
            }
            if (best < 0) {
                throw new IllegalStateException("a hole outside every outer ring at " + v[0] + ", " + v[1]);
            }
            holesOf.get(best).add(h);
        }
        List<Polygon> out = new ArrayList<>(shells.size());
        for (int i = 0; i < shells.size(); i++) {
            out.add(new Polygon(shells.get(i), holesOf.get(i)));
        }
        return out;
    }

    private static long[] bounds(Ring r) {
        long[] b = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
        for (long[] v : r.vertices()) {
            b[0] = Math.min(b[0], v[0]);
            b[1] = Math.min(b[1], v[1]);
            b[2] = Math.max(b[2], v[0]);
            b[3] = Math.max(b[3], v[1]);
        }
        return b;
    }
}
