package org.plumbline.core.trajectory;

/**
 * The answer to "fly this missile from here to there with this shape": a trajectory, or the reason
 * it cannot, with the maximum range in that direction.
 */
public sealed interface TargetingResult {
    /**
     * The target is reached.
     *
     * @param trajectory       the flight, with samples
     * @param missM            distance from the impact point to the target, m
     * @param thrustTerminated whether thrust was cut before the propellant ran out
     */
    record Reached(Trajectory trajectory, double missM, boolean thrustTerminated) implements TargetingResult {
    }

    /**
     * The target cannot be reached with this shape.
     *
     * @param reason     why, in words
     * @param distanceM  geodesic distance to the target, m
     * @param maxRangeM  the maximum ground range toward the target over this Earth, m
     */
    record Unreachable(String reason, double distanceM, double maxRangeM) implements TargetingResult {
    }
}
