package org.plumbline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.assessment.ThreatOutcome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class GeoJsonLayersTest {
    private static Report report;
    private static String text;
    private static JsonNode root;

    @BeforeAll
    static void write() throws Exception {
        report = Fixtures.small();
        text = GeoJsonLayers.write(report);
        root = new ObjectMapper().readTree(text);
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertEquals(text, GeoJsonLayers.write(report));
    }

    @Test
    void itIsAFeatureCollectionWithTheExpectedFeatures() {
        assertEquals("FeatureCollection", root.get("type").asText());
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (JsonNode f : root.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            if (f.get("properties").get("scenario").asText().equals("epaa-phase-3")) {
                kinds.merge(f.get("properties").get("kind").asText(), 1, Integer::sum);
            }
        }
        ScenarioAssessment a = report.scenarios().get(0);
        long reachable = a.threats().stream().filter(ThreatOutcome::reachable).count();
        long faces = a.scenario().systems().stream().flatMap(s -> s.radars().stream())
                .mapToLong(r -> r.faces().size()).sum();
        assertEquals(Map.of("site", 3, "radar", 4, "radar-coverage", (int) faces, "threat-track", (int) reachable,
                "target", 4), kinds);
    }

    @Test
    void threatTracksCarryTheirProperties() {
        int tracks = 0;
        for (JsonNode f : root.get("features")) {
            JsonNode p = f.get("properties");
            if (!p.get("kind").asText().equals("threat-track")) {
                continue;
            }
            tracks++;
            for (String k : new String[] {"scenario", "threatSet", "threat", "missile", "launch", "target", "shape"}) {
                assertTrue(p.get(k).isTextual(), k);
            }
            assertTrue(p.get("engageable").isBoolean());
            assertTrue(p.get("engagedBy").isArray());
            assertEquals(p.get("engageable").asBoolean(), p.get("engagedBy").size() > 0);
            String type = f.get("geometry").get("type").asText();
            assertTrue(type.equals("LineString") || type.equals("MultiLineString"), type);
        }
        assertTrue(tracks >= 6);
    }

    @Test
    void coordinatesAreLonLatInRangeWithFiveDecimalsAtMost() {
        for (JsonNode f : root.get("features")) {
            checkPositions(f.get("geometry").get("coordinates"));
            if (f.get("geometry").get("type").asText().equals("Polygon")) {
                for (JsonNode ring : f.get("geometry").get("coordinates")) {
                    assertEquals(ring.get(0), ring.get(ring.size() - 1), "closed ring");
                }
            }
        }
        Matcher m = Pattern.compile("-?\\d+\\.(\\d+)").matcher(text);
        while (m.find()) {
            assertTrue(m.group(1).length() <= 5, m.group());
        }
    }

    private static void checkPositions(JsonNode n) {
        if (n.isArray() && n.size() == 2 && n.get(0).isNumber()) {
            assertTrue(Math.abs(n.get(0).asDouble()) <= 180, n.toString());
            assertTrue(Math.abs(n.get(1).asDouble()) <= 90, n.toString());
            return;
        }
        for (JsonNode c : n) {
            checkPositions(c);
        }
    }

    @Test
    void hostileTextSurvivesTheRoundTrip() {
        boolean found = false;
        for (JsonNode f : root.get("features")) {
            if (f.get("properties").get("scenario").asText().equals("hostile\"<id>&")) {
                found = true;
            }
        }
        assertTrue(found);
        assertFalse(text.contains("\u0001"));
    }
}
