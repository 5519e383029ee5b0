package org.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The footprint command: areas that add up, contours, the report files, the same rule as the
 * assessment's metric, same bytes with any number of threads, routes against {@code engage}, bad input.
 */
class FootprintCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliTest.Run footprint(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("footprint", "epaa-phase-3", "--launch", "tabriz",
                "--missile", "shahab-3", "--spacing", "1", "--out", out.toString(), "--format", "json"));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void areasAddUpAndTheContoursHoldEveryCell() throws Exception {
        Path out = dir.resolve("a");
        CliTest.Run r = footprint(out);
        assertEquals(0, r.code(), r.err());
        JsonNode summary = JSON.readTree(r.out());
        double defended = summary.get("defendedM2").asDouble();
        double undefended = summary.get("undefendedM2").asDouble();
        double none = summary.get("notThreatenedM2").asDouble();
        assertTrue(defended > 0 && undefended > 0 && none > 0,
                "a 2,000 km missile from Tabriz threatens part of NATO Europe: " + r.out());
        assertEquals(defended / (defended + undefended), summary.get("defendedFraction").asDouble(), 1e-6);
        JsonNode map = JSON.readTree(Files.readString(out.resolve("footprint.geojson")));
        assertEquals("FeatureCollection", map.get("type").asText());
        int cells = 0;
        double mapped = 0;
        for (JsonNode f : map.get("features")) {
            assertEquals("MultiPolygon", f.get("geometry").get("type").asText());
            JsonNode p = f.get("properties");
            cells += p.get("cells").asInt();
            double km2 = p.get("areaKm2").asDouble();
            mapped += km2 * 1e6;
            // The polygons are the cells' rectangles: their exact area is smaller than the cell weight
            // (spacing^2 R^2) by spacing^2 / 24 = 1.3e-5 at 1 deg; corners rounded to 1e-5 deg add at
            // most 1e-5 of a cell per edge.
            assertEquals(km2, p.get("polygonAreaKm2").asDouble(), 3e-5 * km2 + 0.1, p.toString());
            for (JsonNode polygon : f.get("geometry").get("coordinates")) {
                for (JsonNode ring : polygon) {
                    assertEquals(ring.get(0), ring.get(ring.size() - 1), "closed ring");
                    for (JsonNode pos : ring) {
                        assertTrue(Math.abs(pos.get(0).asDouble()) <= 180, "cut at the antimeridian");
                    }
                }
            }
        }
        assertEquals(summary.get("cells").asInt(), cells, "every cell is in exactly one status");
        // Cell areas are rounded to 0.1 km2 per feature.
        assertEquals(defended + undefended + none, mapped, 0.05e6 * map.get("features").size());
    }

    /**
     * report.json holds the same map: the assessment's own defended-area metric (Assessor) equals
     * the footprint's share (the same rule), counts and population agree with the summary, and
     * index.html is written.
     */
    @Test
    void theReportFilesHoldTheSameMap() throws Exception {
        Path out = dir.resolve("r");
        CliTest.Run r = footprint(out);
        assertEquals(0, r.code(), r.err());
        JsonNode summary = JSON.readTree(r.out());
        JsonNode scenario = JSON.readTree(Files.readString(out.resolve("report.json"))).get("scenarios").get(0);
        JsonNode m = scenario.get("defendedAreaMaps").get(0);
        assertEquals(scenario.get("criteria").get(0).get("value").asDouble(), m.get("defendedAreaFraction").asDouble(),
                1e-9, "the assessment's metric and the map count the same cells");
        assertEquals(summary.get("defendedFraction").asDouble(), m.get("defendedAreaFraction").asDouble(), 1e-9);
        int cells = 0;
        for (JsonNode c : m.get("cells")) {
            cells += c.asInt();
        }
        assertEquals(summary.get("cells").asInt(), cells);
        assertEquals(summary.get("population"), m.get("population"));
        assertTrue(m.get("population").get("cities").asInt() > 100, m.toString());
        int decoded = 0;
        for (JsonNode row : m.get("raster").get("rows")) {
            for (java.util.regex.Matcher k = java.util.regex.Pattern.compile("(\\d+)([dun])")
                    .matcher(row.get("runs").asText()); k.find(); ) {
                decoded += Integer.parseInt(k.group(1));
            }
        }
        assertEquals(cells, decoded, "the raster holds every cell");
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("class=\"defended-areas\""), "the map has the defended-area layer");
    }

    /**
     * --exact is the map of one full assessment (every flight kept); --refine 1 evaluates the same
     * cells streaming and draws the same map byte for byte; --refine 2 evaluates fewer cells and says so.
     */
    @Test
    void exactAndRefinedMapsAgree() throws Exception {
        Path exact = dir.resolve("exact");
        Path every = dir.resolve("every");
        Path refined = dir.resolve("refined");
        CliTest.Run e = footprint(exact, "--exact");
        assertEquals(0, e.code(), e.err());
        CliTest.Run a = footprint(every, "--refine", "1");
        assertEquals(0, a.code(), a.err());
        CliTest.Run r = footprint(refined, "--refine", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(exact.resolve("footprint.geojson")), Files.readString(every.resolve(
                "footprint.geojson")));
        JsonNode exactMap = JSON.readTree(Files.readString(exact.resolve("report.json"))).get("scenarios").get(0)
                .get("defendedAreaMaps").get(0);
        assertFalse(exactMap.has("refinement"), "--exact writes the report of a full assessment");
        JsonNode everyMap = JSON.readTree(Files.readString(every.resolve("report.json"))).get("scenarios").get(0)
                .get("defendedAreaMaps").get(0);
        assertEquals(exactMap.get("raster"), everyMap.get("raster"));
        assertEquals(exactMap.get("population"), everyMap.get("population"));
        JsonNode summary = JSON.readTree(r.out());
        JsonNode refinement = summary.get("refinement");
        int cells = summary.get("cells").asInt();
        assertEquals(2, refinement.get("factor").asInt());
        assertEquals(cells, refinement.get("evaluatedCells").asInt() + refinement.get("inferredCells").asInt());
        assertTrue(refinement.get("evaluatedCells").asInt() < cells, summary.toString());
        JsonNode refinedMap = JSON.readTree(Files.readString(refined.resolve("report.json"))).get("scenarios").get(0)
                .get("defendedAreaMaps").get(0);
        assertEquals(refinement, refinedMap.get("refinement"));
        String html = Files.readString(refined.resolve("index.html"));
        assertTrue(html.contains(" \u00b7 defended-area map footprint: " + (int) JSON.readTree(Files.readString(
                refined.resolve("report.json"))).get("scenarios").get(0).get("metrics").get(
                "threat-set.footprint.cases").asDouble() + " threats flown for " + refinement.get("evaluatedCells").asInt()
                + " of " + cells + " cells (the others inferred from their neighbours, refinement factor 2), not kept"),
                "index.html says what was flown");
        // This map's status changes are all found (core FootprintSurveyTest checks the rule itself).
        assertEquals(exactMap.get("raster"), refinedMap.get("raster"));
        CliTest.Run text = CliTest.run("footprint", "epaa-phase-3", "--launch", "tabriz", "--missile", "shahab-3",
                "--spacing", "1", "--refine", "2", "--out", dir.resolve("text").toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("  " + refinement.get("evaluatedCells").asInt() + " of " + cells
                + " cells evaluated (refinement factor 2: a lattice 2 times coarser first, then the cells near a "
                + "status change; the others inferred)\n"), text.out());
    }

    /**
     * With F = 8 at 1 deg the survey decides points just outside the region (the side rule would
     * evaluate more): the JSON summary, report.json, index.html and the text say how many, the flown
     * threats include theirs, and the map is the every-cell map.
     */
    @Test
    void pointsOutsideTheRegionAreReportedAndNotMapped() throws Exception {
        CliTest.Run every = footprint(dir.resolve("o1"), "--refine", "1");
        assertEquals(0, every.code(), every.err());
        CliTest.Run r = footprint(dir.resolve("o8"), "--refine", "8");
        assertEquals(0, r.code(), r.err());
        JsonNode summary = JSON.readTree(r.out());
        JsonNode refinement = summary.get("refinement");
        int outside = refinement.get("outsidePoints").asInt();
        assertTrue(outside > 0, refinement.toString());
        assertEquals(0, JSON.readTree(every.out()).get("refinement").get("outsidePoints").asInt());
        JsonNode report = JSON.readTree(Files.readString(dir.resolve("o8").resolve("report.json"))).get("scenarios")
                .get(0);
        assertEquals(refinement, report.get("defendedAreaMaps").get(0).get("refinement"));
        JsonNode metrics = report.get("metrics");
        int cases = metrics.get("threat-set.footprint.cases").asInt();
        int outsideCases = metrics.get("threat-set.footprint.outside-cases").asInt();
        assertEquals(refinement.get("evaluatedCells").asInt(), cases, "one missile: one threat per cell");
        assertEquals(outside, outsideCases);
        JsonNode everyReport = JSON.readTree(Files.readString(dir.resolve("o1").resolve("report.json")))
                .get("scenarios").get(0);
        assertEquals(everyReport.get("defendedAreaMaps").get(0).get("raster"),
                report.get("defendedAreaMaps").get(0).get("raster"));
        assertFalse(everyReport.get("metrics").has("threat-set.footprint.outside-cases"));
        String html = Files.readString(dir.resolve("o8").resolve("index.html"));
        assertTrue(html.contains((cases + outsideCases) + " threats flown for " + cases + " of " + summary.get("cells")
                .asInt() + " cells and " + outside + " points just outside the region (the others inferred"), html
                .substring(html.indexOf("defended-area map")));
        CliTest.Run text = CliTest.run("footprint", "epaa-phase-3", "--launch", "tabriz", "--missile", "shahab-3",
                "--spacing", "1", "--refine", "8", "--out", dir.resolve("o8text").toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("  and " + outside + " points just outside the region, to follow status "
                + "changes along its edge\n"), text.out());
    }

    @Test
    void sameInputsSameBytesWithAnyNumberOfThreads() throws Exception {
        assertEquals(0, footprint(dir.resolve("b")).code());
        assertEquals(0, footprint(dir.resolve("c"), "--threads", "1").code());
        for (String f : List.of("footprint.geojson", "report.json", "index.html")) {
            assertEquals(Files.readString(dir.resolve("b").resolve(f)), Files.readString(dir.resolve("c").resolve(f)), f);
        }
    }

    /**
     * Routes, checked by hand against {@code plumbline engage}: in third-site-2007 the liquid notional
     * Iranian ICBM from Tabriz reaches New York, and Redzikowo's GBIs can intercept it from its first to
     * its last feasible intercept; the route's share is that window over the flight time (engage flies the
     * threat alone, the footprint in a batch: flight times within 0.01 s, windows on the same 1 s samples).
     */
    @Test
    void aRouteShareIsItsWindowOverItsFlightTime() throws Exception {
        CliTest.Run r = CliTest.run("footprint", "third-site-2007", "--launch", "tabriz", "--routes", "--out",
                dir.resolve("routes").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode route = null;
        for (JsonNode x : JSON.readTree(r.out()).get("routes")) {
            if (x.get("target").asText().equals("new-york") && x.get("missile").asText().equals("iran-icbm-liquid")) {
                route = x;
            }
            if (x.get("reachable").asBoolean()) {
                double sum = 0;
                for (JsonNode w : x.get("windowsS")) {
                    sum += w.get(1).asDouble() - w.get(0).asDouble();
                }
                assertEquals(sum / x.get("flightTimeS").asDouble(), x.get("engageableShare").asDouble(), 1e-5);
            }
        }
        assertTrue(route != null && route.get("reachable").asBoolean(), r.out());
        CliTest.Run e = CliTest.run("engage", "third-site-2007", "--launch", "tabriz", "--target", "new-york",
                "--missile", "iran-icbm-liquid", "--format", "json");
        assertEquals(0, e.code(), e.err());
        JsonNode engage = JSON.readTree(e.out());
        JsonNode site = engage.get("sites").get(0);
        assertEquals("redzikowo", site.get("siteId").asText());
        assertTrue(site.get("feasible").asBoolean());
        double flight = engage.get("trajectory").get("flightTimeS").asDouble();
        assertEquals(flight, route.get("flightTimeS").asDouble(), 0.01);
        assertEquals(site.get("firstInterceptS").asDouble(), route.get("windowsS").get(0).get(0).asDouble(), 1e-9);
        assertEquals(site.get("lastInterceptS").asDouble(), route.get("windowsS").get(0).get(1).asDouble(), 1e-9);
        assertEquals((site.get("lastInterceptS").asDouble() - site.get("firstInterceptS").asDouble()) / flight,
                route.get("engageableShare").asDouble(), 1e-5);
        assertEquals("[\"redzikowo\"]", route.get("engagedBy").toString());
        JsonNode geo = JSON.readTree(Files.readString(dir.resolve("routes").resolve("footprint.geojson")));
        boolean engageablePart = false;
        for (JsonNode f : geo.get("features")) {
            engageablePart |= f.get("properties").get("kind").asText().equals("route-engageable");
        }
        assertTrue(engageablePart, "the engageable part of the route is mapped");
        assertFalse(Files.readString(dir.resolve("routes").resolve("report.json")).contains("defendedAreaMaps"));
    }

    /** A threat set as the launch flies from all its launch areas (the map the server's page offers per set). */
    @Test
    void aThreatSetFliesFromAllItsLaunchAreas() throws Exception {
        CliTest.Run r = CliTest.run("footprint", "epaa-phase-3", "--launch", "iran-mrbm-irbm", "--missile", "shahab-3",
                "--spacing", "5", "--out", dir.resolve("set").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode summary = JSON.readTree(r.out());
        assertEquals("iran-mrbm-irbm", summary.get("launch").asText());
        JsonNode tabriz = JSON.readTree(footprintAt("tabriz").out());
        assertTrue(summary.get("defendedM2").asDouble() + summary.get("undefendedM2").asDouble()
                >= tabriz.get("defendedM2").asDouble() + tabriz.get("undefendedM2").asDouble(),
                "three launch areas threaten at least what one does: " + r.out() + tabriz);
    }

    private CliTest.Run footprintAt(String launch) {
        return CliTest.run("footprint", "epaa-phase-3", "--launch", launch, "--missile", "shahab-3", "--spacing", "5",
                "--out", dir.resolve(launch).toString(), "--format", "json");
    }

    @Test
    void badInputIsNamed() {
        CliTest.Run r = CliTest.run("footprint", "epaa-phase-3", "--launch", "nowhere", "--out", dir.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--launch: expected a launch area of the scenario"), r.err());
        CliTest.Run s = CliTest.run("footprint", "epaa-phase-3", "--launch", "tabriz", "--spacing", "0.01");
        assertEquals(Main.BAD_INPUT, s.code());
        assertTrue(s.err().contains("--spacing: expected 0.05 to 5 degrees"), s.err());
        CliTest.Run f = CliTest.run("footprint", "epaa-phase-3", "--launch", "tabriz", "--refine", "3");
        assertEquals(Main.BAD_INPUT, f.code());
        assertEquals("plumbline footprint: --refine: expected a power of 2 from 1 to 64 (1, 2, 4, 8, 16, 32 or 64), "
                + "found 3\n", f.err());
        CliTest.Run x = CliTest.run("footprint", "epaa-phase-3", "--launch", "tabriz", "--refine", "2", "--exact");
        assertEquals(Main.BAD_INPUT, x.code());
        assertEquals("plumbline footprint: --exact and --refine 2 exclude each other (--exact evaluates every cell; "
                + "--refine 1 does too, without keeping the flights)\n", x.err());
        CliTest.Run n = CliTest.run("footprint", "epaa-phase-3", "--launch", "tabriz", "--refine", "four");
        assertEquals(Main.BAD_INPUT, n.code());
        assertTrue(n.err().contains("'four'"), n.err());
        CliTest.Run q = CliTest.run("footprint", "epaa-phase-3", "--launch", "kozelsk", "--routes", "--refine", "2");
        assertEquals(Main.BAD_INPUT, q.code());
        assertEquals("plumbline footprint: --refine applies to grid maps, not to --routes\n", q.err());
        CliTest.Run t = CliTest.run("footprint", "epaa-phase-3", "--launch", "40,20", "--routes", "--out",
                dir.toString());
        assertEquals(Main.BAD_INPUT, t.code());
        assertTrue(t.err().contains("--launch: with --routes, expected a threat set with named targets or one of its "
                + "launch areas, found \"40,20\" (epaa-phase-3's threat sets with named targets: "), t.err());
        assertFalse(t.err().contains("Exception"), t.err());
    }

    /** --spacing, its --help and the scenario files' grids give one range, TargetSet.Grid's. */
    @Test
    void theSpacingRangeIsTheGridsAndTheHelpSaysIt() {
        assertEquals("0.05 to 5", org.plumbline.io.scenario.ScenarioReader.gridSpacingRangeDeg());
        CliTest.Run h = CliTest.run("footprint", "--help");
        assertEquals(0, h.code(), h.err());
        assertTrue(h.out().replaceAll("\\s+", " ").contains("Grid spacing along meridians, degrees, 0.05 to 5 (default "
                + "0.25)"), h.out());
        CliTest.Run r = CliTest.run("footprint", "epaa-phase-3", "--launch", "tabriz", "--spacing", "0.04");
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals("plumbline footprint: --spacing: expected 0.05 to 5 degrees, found 0.04\n", r.err());
    }

    /** A misspelt launch area gets the nearest launch area, threat set or catalog place, grid or routes. */
    @Test
    void aMisspeltLaunchAreaGetsASuggestion() {
        CliTest.Run r = CliTest.run("footprint", "epaa-phase-3", "--launch", "semnam", "--out", dir.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals("", r.out());
        assertEquals("plumbline footprint: --launch: expected a launch area of the scenario, a threat set, a catalog "
                + "place or LAT,LON, found \"semnam\" (did you mean \"semnan\"?)\n", r.err());
        CliTest.Run t = CliTest.run("footprint", "epaa-phase-4", "--launch", "kozelks", "--routes", "--out",
                dir.toString());
        assertEquals(Main.BAD_INPUT, t.code());
        assertTrue(t.err().startsWith("plumbline footprint: --launch: with --routes, expected a threat set with named "
                + "targets or one of its launch areas, found \"kozelks\" (did you mean \"kozelsk\"?) (epaa-phase-4's "
                + "threat sets with named targets: "), t.err());
        assertEquals(1, t.err().lines().count(), t.err());
    }

    /** --region and --spacing shape the grid; with --routes they would be ignored, so they are refused. */
    @Test
    void gridOptionsAreRefusedWithRoutes() {
        CliTest.Run r = CliTest.run("footprint", "epaa-phase-4", "--launch", "kozelsk", "--routes", "--region",
                "russia", "--out", dir.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals("", r.out());
        assertEquals("plumbline footprint: --region applies to grid maps, not to --routes\n", r.err());
        CliTest.Run s = CliTest.run("footprint", "epaa-phase-4", "--launch", "kozelsk", "--spacing", "0.25",
                "--routes", "--out", dir.toString());
        assertEquals(Main.BAD_INPUT, s.code());
        assertEquals("plumbline footprint: --spacing applies to grid maps, not to --routes\n", s.err());
        CliTest.Run b = CliTest.run("footprint", "epaa-phase-4", "--launch", "kozelsk", "--routes", "--spacing", "1",
                "--region", "russia", "--exact", "--out", dir.toString());
        assertEquals(Main.BAD_INPUT, b.code());
        assertEquals("plumbline footprint: --region, --spacing and --exact apply to grid maps, not to --routes\n",
                b.err());
    }
}
