package org.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The engage command's contract: JSON fields, inline options, errors. */
class EngageCommandTest {
    private static final String[] INLINE = {"engage", "--site", "44.077,24.416:sm3-iia", "--radar",
        "38.349,37.794:an-tpy-2:90", "--launch", "35.235,53.921", "--target", "44.43,26.10", "--missile",
        "range=3000km", "--format", "json"};

    @Test
    void jsonHasTheContractFields() {
        CliTest.Run r = CliTest.run(INLINE);
        assertEquals(0, r.code(), r.err());
        for (String field : new String[] {"\"trajectory\"", "\"sensors\"", "\"detections\"", "\"sites\"",
            "\"siteId\"", "\"interceptor\"", "\"feasible\"", "\"earliestLaunchS\"", "\"opportunities\"",
            "\"intercepts\"", "\"criticalBurnoutSpeedMps\"", "\"criticalDelayS\""}) {
            assertTrue(r.out().contains(field), field + " in " + r.out());
        }
    }

    /**
     * Issue 4: "two independent systems that exchange information" and "sectoral defence" must give
     * different answers on the same threat. An Iranian IRBM from Tabriz aimed at Bucharest: with the two
     * systems exchanging tracks the Russian site at Armavir engages it; in the sectoral scenario the
     * target lies outside Russia's sector, so it does not, while NATO's sites answer alike.
     */
    @Test
    void twoSystemsAndSectoralDefenceDiffer() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.Map<String, Boolean> twoSystems = new java.util.TreeMap<>();
        java.util.Map<String, Boolean> sectoral = new java.util.TreeMap<>();
        for (String scenario : new String[] {"two-systems", "sectoral"}) {
            CliTest.Run r = CliTest.run("engage", scenario, "--launch", "tabriz", "--target", "bucharest", "--missile",
                    "iran-irbm-liquid", "--format", "json");
            assertEquals(0, r.code(), r.err());
            for (com.fasterxml.jackson.databind.JsonNode site : json.readTree(r.out()).get("sites")) {
                (scenario.equals("sectoral") ? sectoral : twoSystems).put(site.get("siteId").asText(),
                        site.get("feasible").asBoolean());
            }
        }
        assertEquals(Boolean.TRUE, twoSystems.get("armavir-interceptors"), twoSystems.toString());
        assertEquals(Boolean.FALSE, sectoral.get("armavir-interceptors"), sectoral.toString());
        assertEquals(twoSystems.get("deveselu"), sectoral.get("deveselu"));
    }

    /** The assumptions are checked on the command line as the API checks them: a clear error, exit code 2. */
    @Test
    void outOfRangeAssumptionsAreRefused() {
        CliTest.Run negative = CliTest.run("engage", "epaa-phase-2", "--launch", "semnan", "--target", "bucharest",
                "--missile", "shahab-3", "--assessment=-100s");
        assertEquals(2, negative.code(), negative.err());
        assertTrue(negative.err().contains("--assessment: expected 0 to 3600 s, found -100.0 s"), negative.err());
        CliTest.Run rcs = CliTest.run("engage", "epaa-phase-2", "--launch", "semnan", "--target", "bucharest",
                "--missile", "shahab-3", "--rcs=0");
        assertEquals(2, rcs.code(), rcs.err());
        assertTrue(rcs.err().contains("--rcs: expected a cross-section"), rcs.err());
    }

    @Test
    void sameInputsSameBytes() {
        assertEquals(CliTest.run(INLINE).out(), CliTest.run(INLINE).out());
    }

    @Test
    void unknownRadarTypeNamesTheOptionAndSuggests() {
        CliTest.Run r = CliTest.run("engage", "--radar", "38.349,37.794:an-tpy-3", "--launch", "35.235,53.921",
                "--target", "44.43,26.10", "--missile", "range=3000km");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("plumbline engage: --radar: expected a radar of the catalog (an-tpy-2, daryal-gabala, spy-1d, "
                + "uewr, voronezh, voronezh-dm-armavir), found \"an-tpy-3\" (did you mean \"an-tpy-2\"?)\n", r.err());
    }

    /** Every bad inline option is named, all of them before failing: the interceptor, a position, a radar. */
    @Test
    void unknownSiteInterceptorNamesTheOptionAndListsTheCatalog() {
        CliTest.Run r = CliTest.run("engage", "--site", "44.077,24.416:sm3-iaa", "--site", "144.077,24.416:xyzzy",
                "--radar", "38.349,37.794:an-tpy-2", "--launch", "35.235,53.921", "--target", "44.43,26.10",
                "--missile", "range=3000km");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        String interceptors = "(arrow-3, gbi-2stage-mda, gbi-2stage-postol, sm3-ia, sm3-ib, sm3-iia, sm3-iib, thaad)";
        assertEquals("plumbline engage: --site: expected an interceptor of the catalog " + interceptors
                + ", found \"sm3-iaa\" (did you mean \"sm3-ia\"?)\n"
                + "plumbline engage: --site: expected a latitude in [-90, 90] degrees, found \"144.077\"\n"
                + "plumbline engage: --site: expected an interceptor of the catalog " + interceptors
                + ", found \"xyzzy\"\n", r.err());
    }

    @Test
    void scenarioAndInlineOptionsExcludeEachOther() {
        CliTest.Run r = CliTest.run("engage", "x.yaml", "--site", "44.077,24.416:sm3-iia", "--launch", "1,1",
                "--target", "2,2", "--missile", "range=3000km");
        assertEquals(2, r.code());
        assertEquals("plumbline engage: expected a SCENARIO or inline --site/--radar options, found both\n", r.err());
    }
}
