package org.plumbline.core.trajectory;

/**
 * The result of flying a steering to its end: an impact, or the reason there is none.
 */
public sealed interface FlightOutcome {
    /** The flight came down on the ellipsoid. */
    record Impact(Trajectory trajectory) implements FlightOutcome {
    }

    /** The flight does not come down (orbit or escape), or fell back during boost. */
    record NoImpact(String reason) implements FlightOutcome {
    }
}
