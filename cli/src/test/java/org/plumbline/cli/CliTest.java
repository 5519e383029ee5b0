package org.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** The command line's contract: exit codes, exact error lines, output fields. */
class CliTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void badLatitudeIsOneLineExit2() {
        Run r = run("trajectory", "--missile", "generic-solid-icbm", "--from", "95,35.77", "--to", "38.9,-77.04");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("plumbline trajectory: Invalid value for option '--from': expected a latitude in [-90, 90] "
                + "degrees, found \"95\"\n", r.err().replace("\r", ""));
    }

    @Test
    void misspelledMissileSuggestsTheCatalogId() {
        Run r = run("trajectory", "--missile", "generic-solid-icbn", "--from", "54.03,35.77", "--to", "38.9,-77.04");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("plumbline trajectory: --missile: expected a missile"), r.err());
        assertTrue(r.err().contains("found \"generic-solid-icbn\" (did you mean \"generic-solid-icbm\"?)"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void unknownInlineKeySuggestsTheKey() {
        Run r = run("trajectory", "--missile", "rnage=3000km", "--from", "35,35", "--to", "38.9,-77");
        assertEquals(2, r.code());
        assertEquals("plumbline trajectory: --missile: expected a missile key (burn-time, burnout-speed, propellant, "
                + "range), found \"rnage\" (did you mean \"range\"?)\n", r.err());
    }

    @Test
    void missingUnitIsNamed() {
        Run r = run("infer", "--apogee", "2800", "--range", "933km");
        assertEquals(2, r.code());
        assertEquals("plumbline infer: Invalid value for option '--apogee': expected a length with a unit such as "
                + "1500km or 933 km (m, km, nmi, mi, ft), found \"2800\" (the unit is missing)\n", r.err());
    }

    @Test
    void missingRequiredOption() {
        Run r = run("reach", "--missile", "generic-solid-icbm", "--from", "54,35");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("plumbline reach: Missing required option: '--toward=LAT,LON'"), r.err());
    }

    @Test
    void trajectoryJsonHasTheContractFields() {
        Run r = run("trajectory", "--missile", "range=3000km", "--from", "35.235,53.921", "--to", "44.077,24.416",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        for (String field : new String[] {"\"reachable\": true", "\"groundRangeM\"", "\"flightTimeS\"",
            "\"apogeeAltitudeM\"", "\"burnoutTimeS\"", "\"burnoutSpeedMps\"", "\"burnoutAltitudeM\"", "\"launch\"",
            "\"impact\"", "\"samples\"", "\"tS\"", "\"latDeg\"", "\"lonDeg\"", "\"altitudeM\"", "\"speedMps\""}) {
            assertTrue(r.out().contains(field), field);
        }
    }

    @Test
    void unreachableTargetIsAnAnswerWithMaxRange() {
        Run r = run("trajectory", "--missile", "range=2000km", "--from", "35.235,53.921", "--to", "51.507,-0.128",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"reachable\": false"), r.out());
        assertTrue(r.out().contains("\"maxRangeM\""), r.out());
    }

    @Test
    void csvHeader() {
        Run r = run("trajectory", "--missile", "range=1300km", "--from", "35.235,53.921", "--to", "38.08,46.29",
                "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("tS,latDeg,lonDeg,altitudeM,speedMps\n0,35.235,53.921,"), r.out());
    }

    @Test
    void sameInputsSameBytes() {
        String[] args = {"reach", "--missile", "generic-solid-icbm", "--from", "54.03,35.77", "--toward", "38.9,-77.04",
            "--format", "json"};
        assertEquals(run(args).out(), run(args).out());
    }

    @Test
    void hwasong14ThroughTheCommandLine() {
        // Wright (UCS, 4 July 2017; shared/reference V04): the test implies about 6,700 km, enough for all
        // of Alaska but not Seattle. Anchorage 61.2 N 149.9 W, Seattle 47.6 N 122.3 W, launch near Kusong.
        Run r = run("infer", "--apogee", "2800km", "--range", "933km", "--flight-time", "37min", "--from", "40,125",
                "--toward", "61.2,-149.9", "--toward", "47.6,-122.3", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[1].endsWith(",true"), r.out());
        assertTrue(lines[2].endsWith(",false"), r.out());
    }
}
