package org.plumbline.core.geography;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The union of lattice cells as polygons: hand-made grids with known answers, then random grids. */
class CellUnionTest {
    /** Rows of unit height from a picture: '#' is a cell of width w at column c (x from c*w to c*w+w). */
    private static List<CellUnion.Row> picture(int width, String... lines) {
        List<CellUnion.Row> rows = new ArrayList<>();
        for (int r = 0; r < lines.length; r++) {
            long north = lines.length - r;
            List<long[]> cells = new ArrayList<>();
            for (int c = 0; c < lines[r].length(); c++) {
                if (lines[r].charAt(c) == '#') {
                    cells.add(new long[] {(long) c * width, (long) (c + 1) * width});
                }
            }
            rows.add(new CellUnion.Row(north - 1, north, cells));
        }
        return rows;
    }

    private static long area(CellUnion.Polygon p) {
        long a = p.shell().doubleSignedArea();
        for (CellUnion.Ring h : p.holes()) {
            a += h.doubleSignedArea();
        }
        return a / 2;
    }

    @Test
    void oneCellIsOneCounterClockwiseSquare() {
        List<CellUnion.Polygon> p = CellUnion.of(picture(1, "#"));
        assertEquals(1, p.size());
        assertEquals(4, p.get(0).shell().size());
        assertEquals(2, p.get(0).shell().doubleSignedArea(), "counter-clockwise, area 1");
        assertTrue(p.get(0).holes().isEmpty());
        // Starts at the north-western corner.
        assertEquals(0, p.get(0).shell().vertex(0)[0]);
        assertEquals(1, p.get(0).shell().vertex(0)[1]);
    }

    @Test
    void aMissingCentreIsAClockwiseHole() {
        List<CellUnion.Polygon> p = CellUnion.of(picture(1,
                "###",
                "#.#",
                "###"));
        assertEquals(1, p.size());
        assertEquals(4, p.get(0).shell().size());
        assertEquals(1, p.get(0).holes().size());
        assertEquals(4, p.get(0).holes().get(0).size());
        assertEquals(-2, p.get(0).holes().get(0).doubleSignedArea(), "clockwise, area 1");
        assertEquals(8, area(p.get(0)));
    }

    @Test
    void shiftedRowsGiveAStaircase() {
        // Rows of the assessment's lattice do not line up: a cell of the upper row straddles two below.
        List<CellUnion.Row> rows = List.of(
                new CellUnion.Row(0, 10, List.of(new long[] {0, 30})),
                new CellUnion.Row(10, 20, List.of(new long[] {13, 26}, new long[] {26, 39})));
        List<CellUnion.Polygon> p = CellUnion.of(rows);
        assertEquals(1, p.size());
        assertEquals(8, p.get(0).shell().size(), "two steps: eight corners");
        assertEquals(300 + 260, area(p.get(0)));
    }

    @Test
    void cellsTouchingAtACornerStaySeparatePolygons() {
        List<CellUnion.Polygon> p = CellUnion.of(picture(1,
                ".#",
                "#."));
        assertEquals(2, p.size());
        p.forEach(q -> assertEquals(4, q.shell().size()));
    }

    @Test
    void holesTouchingAtACornerStaySeparateHoles() {
        List<CellUnion.Polygon> p = CellUnion.of(picture(1,
                "####",
                "#.##",
                "##.#",
                "####"));
        assertEquals(1, p.size());
        assertEquals(2, p.get(0).holes().size());
        p.get(0).holes().forEach(h -> assertEquals(4, h.size()));
        assertEquals(14, area(p.get(0)));
    }

    @Test
    void anIslandInAHoleIsItsOwnPolygon() {
        List<CellUnion.Polygon> p = CellUnion.of(picture(1,
                "#####",
                "#...#",
                "#.#.#",
                "#...#",
                "#####"));
        assertEquals(2, p.size());
        assertEquals(1, p.get(0).holes().size(), "the frame, listed first (north-west first)");
        assertEquals(16, area(p.get(0)));
        assertTrue(p.get(1).holes().isEmpty());
        assertEquals(1, area(p.get(1)));
    }

    @Test
    void aHoleInAnIslandInAHoleBelongsToTheIsland() {
        List<CellUnion.Polygon> p = CellUnion.of(picture(1,
                "#######",
                "#.....#",
                "#.###.#",
                "#.#.#.#",
                "#.###.#",
                "#.....#",
                "#######"));
        assertEquals(2, p.size());
        assertEquals(1, p.get(0).holes().size());
        assertEquals(1, p.get(1).holes().size());
        assertEquals(24, area(p.get(0)));
        assertEquals(8, area(p.get(1)));
    }

    @Test
    void overlappingRowsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CellUnion.of(List.of(
                new CellUnion.Row(0, 10, List.of(new long[] {0, 1})),
                new CellUnion.Row(5, 15, List.of(new long[] {0, 1})))));
        assertThrows(IllegalArgumentException.class, () -> new CellUnion.Row(3, 3, List.of()));
    }

    @Test
    void sphericalAreaOfARectangleIsExact() {
        // A 1 deg x 1 deg rectangle at 50-51 N in units of 1e-5 deg: R^2 dLon (sin 51 - sin 50).
        double unit = Math.toRadians(1e-5);
        CellUnion.Polygon p = CellUnion.of(List.of(new CellUnion.Row(5_000_000, 5_100_000,
                List.of(new long[] {0, 100_000})))).get(0);
        double r = 6_371_000.0;
        double expected = r * r * Math.toRadians(1) * (Math.sin(Math.toRadians(51)) - Math.sin(Math.toRadians(50)));
        assertEquals(expected, p.sphericalAreaM2(unit, r), 1e-9 * expected);
    }

    /**
     * Random lattices with shifted rows (seeded): the polygons cover exactly the cells (area equal,
     * every test point inside the union exactly when inside the polygons by the even-odd rule), every
     * edge appears once, no ring repeats a vertex, holes lie inside their outer ring, and the row
     * order does not change the answer.
     */
    @Test
    void randomLatticesAreCoveredExactly() {
        Random rnd = new Random(20261127L);
        for (int trial = 0; trial < 200; trial++) {
            int nRows = 1 + rnd.nextInt(12);
            double fill = 0.2 + 0.7 * rnd.nextDouble();
            List<CellUnion.Row> rows = new ArrayList<>();
            List<long[]> cells = new ArrayList<>();
            for (int r = 0; r < nRows; r++) {
                // Widths 3 to 7 units, offsets 0 to 6: columns rarely line up, sometimes they do.
                long w = 3 + rnd.nextInt(5);
                long off = rnd.nextInt(7);
                List<long[]> iv = new ArrayList<>();
                for (int c = 0; c < 14; c++) {
                    if (rnd.nextDouble() < fill) {
                        iv.add(new long[] {off + c * w, off + (c + 1) * w});
                        cells.add(new long[] {off + c * w, off + (c + 1) * w, 4L * r, 4L * r + 4});
                    }
                }
                rows.add(new CellUnion.Row(4L * r, 4L * r + 4, iv));
            }
            List<CellUnion.Polygon> polys = CellUnion.of(rows);
            long cellArea = 0;
            for (long[] c : cells) {
                cellArea += (c[1] - c[0]) * (c[3] - c[2]);
            }
            long polyArea = 0;
            Set<List<Long>> edges = new HashSet<>();
            for (CellUnion.Polygon p : polys) {
                assertTrue(p.shell().doubleSignedArea() > 0, "outer ring counter-clockwise");
                polyArea += area(p);
                List<CellUnion.Ring> all = new ArrayList<>(p.holes());
                all.add(p.shell());
                for (CellUnion.Ring ring : all) {
                    Set<List<Long>> seen = new HashSet<>();
                    for (int i = 0; i < ring.size(); i++) {
                        long[] a = ring.vertex(i);
                        long[] b = ring.vertex((i + 1) % ring.size());
                        assertTrue(a[0] == b[0] || a[1] == b[1], "axis-parallel edge");
                        assertTrue(seen.add(List.of(a[0], a[1])), "trial " + trial + ": a ring visits a vertex twice");
                        assertTrue(edges.add(List.of(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]),
                                Math.max(a[1], b[1]))), "an edge in two rings");
                    }
                }
                for (CellUnion.Ring h : p.holes()) {
                    assertTrue(h.doubleSignedArea() < 0, "hole clockwise");
                    long[] v = h.vertex(0);
                    assertTrue(p.shell().containsOffset(v[0], v[1] - 1), "hole inside its outer ring");
                }
            }
            assertEquals(cellArea, polyArea, "trial " + trial);
            for (int k = 0; k < 400; k++) {
                long x = rnd.nextInt(110) - 2;
                long y = rnd.nextInt(4 * nRows + 4) - 2;
                boolean inCells = false;
                for (long[] c : cells) {
                    inCells |= x >= c[0] && x < c[1] && y >= c[2] && y < c[3];
                }
                boolean inPolys = false;
                for (CellUnion.Polygon p : polys) {
                    boolean in = p.shell().containsOffset(x, y);
                    for (CellUnion.Ring h : p.holes()) {
                        in ^= h.containsOffset(x, y);
                    }
                    inPolys |= in;
                }
                assertEquals(inCells, inPolys, "trial " + trial + " point " + x + "+1/2, " + y + "+1/2");
            }
            List<CellUnion.Row> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, rnd);
            assertEquals(describe(polys), describe(CellUnion.of(shuffled)), "row order changes nothing");
        }
    }

    @Test
    void emptyInputGivesNoPolygon() {
        assertTrue(CellUnion.of(List.of()).isEmpty());
        assertTrue(CellUnion.of(List.of(new CellUnion.Row(0, 1, List.of()))).isEmpty());
        assertEquals(4, CellUnion.of(List.of(new CellUnion.Row(0, 1, List.of(new long[] {0, 1}, new long[] {1, 2}))))
                .get(0).shell().size(), "touching intervals merge");
    }

    private static String describe(List<CellUnion.Polygon> polys) {
        StringBuilder b = new StringBuilder();
        for (CellUnion.Polygon p : polys) {
            List<CellUnion.Ring> all = new ArrayList<>();
            all.add(p.shell());
            all.addAll(p.holes());
            for (CellUnion.Ring r : all) {
                for (int i = 0; i < r.size(); i++) {
                    b.append(r.vertex(i)[0]).append(',').append(r.vertex(i)[1]).append(' ');
                }
                b.append('|');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
