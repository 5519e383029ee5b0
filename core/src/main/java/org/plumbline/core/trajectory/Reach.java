package org.plumbline.core.trajectory;

/**
 * The farthest a missile flies toward a point.
 *
 * @param maxRangeM  ground range of the longest flight whose impact lies toward the point, m
 * @param distanceM  geodesic distance to the point, m
 * @param trajectory that longest flight
 */
public record Reach(double maxRangeM, double distanceM, Trajectory trajectory) {
    /** Whether the point lies within reach. */
    public boolean inRange() {
        return maxRangeM >= distanceM;
    }
}
