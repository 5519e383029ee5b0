package org.plumbline.core.sensor;

import static org.plumbline.core.math.Checks.checkInRange;
import static org.plumbline.core.math.Checks.checkNonNegative;

/**
 * A launch-warning constellation: reports a launch once the booster climbs above an altitude, after
 * a latency. A cue, never a fire-control track.
 *
 * @param id                   unique id in its scenario
 * @param detectionAltitudeM   booster altitude at which the plume is reported, m
 * @param latencyS             time from that moment to the report, s
 */
public record EarlyWarningSatellite(String id, double detectionAltitudeM, double latencyS) {
    public EarlyWarningSatellite {
        checkInRange("detectionAltitudeM", detectionAltitudeM, "m", 0.0, 200_000.0);
        checkNonNegative("latencyS", latencyS, "s");
    }
}
