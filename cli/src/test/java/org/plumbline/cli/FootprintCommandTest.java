package org.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The footprint command: areas that add up, GeoJSON strips, same bytes twice, bad input. */
class FootprintCommandTest {
    @TempDir
    Path dir;

    private CliTest.Run footprint(Path out) {
        return CliTest.run("footprint", "epaa-phase-3", "--launch", "tabriz", "--missile", "shahab-3", "--spacing", "1",
                "--out", out.toString(), "--format", "json");
    }

    @Test
    void areasAddUpAndTheMapHoldsEveryCell() throws Exception {
        Path out = dir.resolve("a");
        CliTest.Run r = footprint(out);
        assertEquals(0, r.code(), r.err());
        ObjectMapper json = new ObjectMapper();
        JsonNode summary = json.readTree(r.out());
        double defended = summary.get("defendedM2").asDouble();
        double undefended = summary.get("undefendedM2").asDouble();
        double none = summary.get("notThreatenedM2").asDouble();
        assertTrue(defended > 0 && undefended > 0 && none > 0,
                "a 2,000 km missile from Tabriz threatens part of NATO Europe: " + r.out());
        assertEquals(defended / (defended + undefended), summary.get("defendedFraction").asDouble(), 1e-6);
        JsonNode map = json.readTree(Files.readString(out.resolve("footprint.geojson")));
        assertEquals("FeatureCollection", map.get("type").asText());
        int cells = 0;
        double mapped = 0;
        for (JsonNode f : map.get("features")) {
            cells += f.get("properties").get("cells").asInt();
            mapped += f.get("properties").get("areaKm2").asDouble() * 1e6;
            JsonNode ring = f.get("geometry").get("coordinates").get(0);
            assertEquals(ring.get(0), ring.get(ring.size() - 1), "closed ring");
        }
        assertEquals(summary.get("cells").asInt(), cells, "every cell is in exactly one strip");
        // Strip areas are rounded to 0.1 km2 each.
        assertEquals(defended + undefended + none, mapped, 0.05e6 * map.get("features").size());
    }

    @Test
    void sameInputsSameBytes() throws Exception {
        assertEquals(0, footprint(dir.resolve("b")).code());
        assertEquals(0, footprint(dir.resolve("c")).code());
        assertEquals(Files.readString(dir.resolve("b").resolve("footprint.geojson")),
                Files.readString(dir.resolve("c").resolve("footprint.geojson")));
    }

    @Test
    void badInputIsNamed() {
        CliTest.Run r = CliTest.run("footprint", "epaa-phase-3", "--launch", "nowhere", "--out", dir.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--launch: expected a launch area of the scenario"), r.err());
        CliTest.Run s = CliTest.run("footprint", "epaa-phase-3", "--launch", "tabriz", "--spacing", "0.01");
        assertEquals(Main.BAD_INPUT, s.code());
        assertTrue(s.err().contains("--spacing: expected 0.05 to 5 degrees"), s.err());
    }
}
