package org.plumbline.core.scenario;

import static org.plumbline.core.math.Checks.checkNonNegative;

/**
 * Data one system passes to another: "two independent systems that exchange information".
 *
 * @param fromSystemId sender
 * @param toSystemId   receiver
 * @param shared       what is shared
 * @param latencyS     link latency, s
 */
public record DataExchange(String fromSystemId, String toSystemId, Shared shared, double latencyS) {
    /** What crosses the link. */
    public enum Shared {
        LAUNCH_WARNING, TRACKS
    }

    public DataExchange {
        checkNonNegative("latencyS", latencyS, "s");
    }
}
