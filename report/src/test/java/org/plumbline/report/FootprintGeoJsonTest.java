package org.plumbline.report;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.plumbline.core.assessment.Footprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** footprint.geojson contours and the report.json raster, on a hand-made lattice. */
class FootprintGeoJsonTest {
    private static final double SPACING = Math.toRadians(0.5);

    /**
     * Rows 90..110 (45 to 55 N at 0.5 deg), columns whose centres lie within 10 to 20 E, and, in row 100,
     * a gap of two lattice points (outside the region). Defended where |row - 100| <= 5 and the column's
     * longitude is within 2.5 deg of 15 E, except the centre cell (a hole); undefended elsewhere, and
     * not threatened in the northernmost row.
     */
    private static Footprint lattice() {
        List<Footprint.Cell> cells = new ArrayList<>();
        double r = 6_371_000.0;
        for (long row = 110; row >= 90; row--) {
            double lat = row * SPACING;
            double w = SPACING / Math.cos(lat);
            for (long col = (long) Math.ceil(Math.toRadians(10) / w); col * w <= Math.toRadians(20); col++) {
                double lon = col * w;
                if (row == 100 && (col == Math.round(Math.toRadians(11) / w) || col == Math.round(Math.toRadians(11) / w) + 1)) {
                    continue;
                }
                boolean near = Math.abs(row - 100) <= 5 && Math.abs(Math.toDegrees(lon) - 15) <= 2.5;
                boolean centre = row == 100 && col == Math.round(Math.toRadians(15) / w);
                Footprint.Status s = row == 110 ? Footprint.Status.NOT_THREATENED
                        : near && !centre ? Footprint.Status.DEFENDED : Footprint.Status.UNDEFENDED;
                cells.add(new Footprint.Cell(lat, lon, r * r * SPACING * SPACING, s, row == 110 ? 0 : 1,
                        s == Footprint.Status.DEFENDED ? 1 : 0));
            }
        }
        return new Footprint("grid", SPACING, cells);
    }

    private static DefendedAreaMap map() {
        return new DefendedAreaMap("grid", "box", List.of(), lattice(), new Footprint.Population(1, 2, 3, 0, 3));
    }

    private static double signedArea(JsonNode ring) {
        double a = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            a += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        return a / 2;
    }

    @Test
    void contoursFollowRfc7946AndAddUpToTheCells() throws Exception {
        String text = FootprintGeoJson.write("s", "l", List.of(map()), List.of());
        JsonNode root = new ObjectMapper().readTree(text);
        assertEquals("FeatureCollection", root.get("type").asText());
        int cells = 0;
        int holes = 0;
        for (JsonNode f : root.get("features")) {
            JsonNode p = f.get("properties");
            assertEquals("defended-area", p.get("kind").asText());
            assertEquals("MultiPolygon", f.get("geometry").get("type").asText());
            cells += p.get("cells").asInt();
            // The polygons' area on the sphere against the cells' (the rounding of corners to 1e-5 deg
            // moves each edge by at most 1e-5 of a 0.5 deg cell; 0.1 km2 of rounding in the file).
            double areaKm2 = p.get("areaKm2").asDouble();
            assertEquals(areaKm2, p.get("polygonAreaKm2").asDouble(), 1e-5 * areaKm2 + 0.1, p.toString());
            for (JsonNode polygon : f.get("geometry").get("coordinates")) {
                for (int k = 0; k < polygon.size(); k++) {
                    JsonNode ring = polygon.get(k);
                    assertEquals(ring.get(0), ring.get(ring.size() - 1), "closed");
                    assertTrue(k == 0 ? signedArea(ring) > 0 : signedArea(ring) < 0,
                            "exterior counter-clockwise, holes clockwise");
                    holes += k > 0 ? 1 : 0;
                }
            }
        }
        assertEquals(lattice().cells().size(), cells);
        assertTrue(holes >= 2, "the defended block's centre and the undefended area around the block: " + holes);
        assertEquals(text, FootprintGeoJson.write("s", "l", List.of(map()), List.of()), "same bytes");
    }

    /** The run-length raster decodes back to every cell's row, column and status. */
    @Test
    void theRasterRoundTrips() {
        DefendedAreaMap m = map();
        Footprint f = m.footprint();
        List<String> decoded = new ArrayList<>();
        for (DefendedAreaMap.RasterRow r : m.raster()) {
            long col = r.firstColumn();
            java.util.regex.Matcher run = java.util.regex.Pattern.compile("(\\d+)([dun.])").matcher(r.runs());
            int end = 0;
            while (run.find()) {
                assertEquals(end, run.start(), "runs are contiguous: " + r.runs());
                end = run.end();
                int n = Integer.parseInt(run.group(1));
                char code = run.group(2).charAt(0);
                for (int i = 0; i < n; i++, col++) {
                    if (code != '.') {
                        decoded.add(r.row() + " " + col + " " + code);
                    }
                }
            }
            assertEquals(r.runs().length(), end);
        }
        List<String> expected = new ArrayList<>();
        for (Footprint.Cell c : f.cells()) {
            expected.add(f.row(c) + " " + f.column(c) + " " + c.status().label().charAt(0));
        }
        assertEquals(expected, decoded);
        assertTrue(m.raster().stream().anyMatch(r -> r.runs().contains(".")), "the gap is encoded");
    }
}
