package org.plumbline.core.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Checks {@link CellUnion} against an independent geometry engine, JTS (a test-only dependency). On seeded random lattices with
 * shifted rows, and on lattices whose columns often line up (many cells and holes touching at a
 * corner): every polygon is valid by the OGC rules JTS checks (IsValidOp: simple rings, holes inside
 * their shell, polygons of the MultiPolygon not overlapping), outer rings are counter-clockwise and
 * holes clockwise, and the polygons cover exactly JTS's union of the cell rectangles (the symmetric
 * difference has area 0: integer coordinates are exact in doubles) with as many components.
 */
class CellUnionJtsTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void shiftedRowsAgreeWithJts() {
        run(new Random(7L), 150, 6, 6);
    }

    @Test
    void alignedColumnsWithCornerContactsAgreeWithJts() {
        run(new Random(11L), 1000, 2, 2);
    }

    private static void run(Random rnd, int trials, int widths, int offsets) {
        for (int trial = 0; trial < trials; trial++) {
            int nRows = 1 + rnd.nextInt(14);
            double fill = 0.25 + 0.7 * rnd.nextDouble();
            List<CellUnion.Row> rows = new ArrayList<>();
            List<Geometry> cells = new ArrayList<>();
            for (int r = 0; r < nRows; r++) {
                long w = 2 + rnd.nextInt(widths);
                long off = rnd.nextInt(offsets);
                List<long[]> iv = new ArrayList<>();
                for (int c = 0; c < 16; c++) {
                    if (rnd.nextDouble() < fill) {
                        long x0 = off + c * w;
                        iv.add(new long[] {x0, x0 + w});
                        cells.add(GF.toGeometry(new Envelope(x0, x0 + w, 3L * r, 3L * r + 3)));
                    }
                }
                rows.add(new CellUnion.Row(3L * r, 3L * r + 3, iv));
            }
            List<Polygon> jts = new ArrayList<>();
            for (CellUnion.Polygon p : CellUnion.of(rows)) {
                LinearRing shell = ring(p.shell());
                check(Orientation.isCCW(shell.getCoordinates()), trial, "outer ring not counter-clockwise");
                LinearRing[] holes = new LinearRing[p.holes().size()];
                for (int i = 0; i < holes.length; i++) {
                    holes[i] = ring(p.holes().get(i));
                    check(!Orientation.isCCW(holes[i].getCoordinates()), trial, "hole not clockwise");
                }
                Polygon poly = GF.createPolygon(shell, holes);
                IsValidOp v = new IsValidOp(poly);
                check(v.isValid(), trial, "invalid polygon: " + v.getValidationError());
                jts.add(poly);
            }
            Geometry multi = GF.createMultiPolygon(jts.toArray(Polygon[]::new));
            IsValidOp mv = new IsValidOp(multi);
            check(mv.isValid(), trial, "invalid MultiPolygon: " + mv.getValidationError());
            Geometry union = cells.isEmpty() ? GF.createMultiPolygon() : UnaryUnionOp.union(cells);
            check(union.getArea() == multi.getArea(), trial, "areas " + union.getArea() + " and " + multi.getArea());
            check(union.symDifference(multi).getArea() == 0.0, trial, "not the union of the cells");
            check(union.getNumGeometries() == multi.getNumGeometries(), trial, "components "
                    + union.getNumGeometries() + " and " + multi.getNumGeometries());
        }
    }

    private static LinearRing ring(CellUnion.Ring r) {
        Coordinate[] c = new Coordinate[r.size() + 1];
        for (int i = 0; i <= r.size(); i++) {
            long[] v = r.vertex(i % r.size());
            c[i] = new Coordinate(v[0], v[1]);
        }
        return GF.createLinearRing(c);
    }

    private static void check(boolean ok, int trial, String what) {
        if (!ok) {
            throw new AssertionError("trial " + trial + ": " + what);
        }
    }
}
