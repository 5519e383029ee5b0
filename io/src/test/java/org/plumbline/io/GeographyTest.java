package org.plumbline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.plumbline.core.geography.City;
import org.plumbline.core.geography.Polygon;
import org.plumbline.core.geography.Region;
import org.plumbline.io.scenario.ScenarioReader;

/** The built-in geography against the checks its generator wrote down, and well-known places. */
class GeographyTest {
    private static final Geography GEO = Geography.builtin();

    @Test
    void regionsReproduceTheGeneratorsChecks() throws Exception {
        JsonNode regions;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/plumbline/io/data/regions.json")) {
            regions = new ObjectMapper().readTree(in).get("regions");
        }
        for (JsonNode r : regions) {
            Region region = GEO.region(r.get("id").asText()).orElseThrow();
            JsonNode check = r.get("check");
            assertEquals(check.get("polygons").asInt(), region.polygons().size(), region.id());
            int vertices = region.polygons().stream().mapToInt(Polygon::vertexCount).sum();
            assertEquals(check.get("vertices").asInt(), vertices, region.id());
        }
    }

    @Test
    void everyRegionTheScenarioFormatNamesExists() {
        assertEquals(ScenarioReader.REGIONS, List.copyOf(GEO.regions().keySet()));
    }

    @Test
    void wellKnownPlaces() {
        Region nato2013 = GEO.region("nato-europe-2013").orElseThrow();
        Region natoToday = GEO.region("nato-europe-today").orElseThrow();
        Region russia = GEO.region("russia").orElseThrow();
        Region us = GEO.region("contiguous-us").orElseThrow();
        assertTrue(in(nato2013, 52.52, 13.40), "Berlin");
        assertTrue(in(nato2013, 39.93, 32.86), "Ankara (Turkey counts whole)");
        assertFalse(in(nato2013, 60.17, 24.94), "Helsinki joined in 2023");
        assertTrue(in(natoToday, 60.17, 24.94), "Helsinki");
        assertTrue(in(russia, 55.76, 37.62), "Moscow");
        assertTrue(in(russia, 54.71, 20.51), "Kaliningrad");
        assertFalse(in(nato2013, 55.76, 37.62), "Moscow");
        assertTrue(in(us, 38.90, -77.04), "Washington");
        assertFalse(in(us, 61.22, -149.90), "Anchorage");
        assertFalse(in(russia, 67.0, -150.0), "Alaska is not Russia (antimeridian cut)");
    }

    @Test
    void citiesAreReadWithQuotesAndPopulation() {
        assertEquals(4442, GEO.cities().size());
        City london = GEO.cities().stream().filter(c -> c.name().equals("London") && c.country().equals("GB"))
                .findFirst().orElseThrow();
        assertTrue(london.population() > 7_000_000, london.toString());
        assertEquals(List.of("a", "b,c", "d\"e"), Geography.csvFields("a,\"b,c\",\"d\"\"e\""));
    }

    private static boolean in(Region r, double latDeg, double lonDeg) {
        return r.contains(Math.toRadians(latDeg), Math.toRadians(lonDeg));
    }
}
