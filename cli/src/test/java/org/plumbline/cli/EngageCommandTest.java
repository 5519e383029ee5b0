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

    @Test
    void sameInputsSameBytes() {
        assertEquals(CliTest.run(INLINE).out(), CliTest.run(INLINE).out());
    }

    @Test
    void unknownRadarTypeIsAProblemOfTheInlineOptions() {
        CliTest.Run r = CliTest.run("engage", "--radar", "38.349,37.794:an-tpy-3", "--launch", "35.235,53.921",
                "--target", "44.43,26.10", "--missile", "range=3000km");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("systems.inline.radars.radar-1.type: expected a catalog id of radars"), r.err());
        assertTrue(r.err().contains("(did you mean \"an-tpy-2\"?)"), r.err());
    }

    @Test
    void scenarioAndInlineOptionsExcludeEachOther() {
        CliTest.Run r = CliTest.run("engage", "x.yaml", "--site", "44.077,24.416:sm3-iia", "--launch", "1,1",
                "--target", "2,2", "--missile", "range=3000km");
        assertEquals(2, r.code());
        assertEquals("plumbline engage: expected a SCENARIO or inline --site/--radar options, found both\n", r.err());
    }
}
