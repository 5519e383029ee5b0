package org.plumbline.core.engagement;

/**
 * A parameter's critical value: the edge between feasible and infeasible found by a search, or the
 * statement that no value within the search bounds is feasible.
 *
 * @param found whether a value within the bounds makes the pair feasible
 * @param value the critical value in SI units (meaningful when found)
 */
public record CriticalValue(boolean found, double value) {
    /** No value within the bounds. */
    public static final CriticalValue NONE = new CriticalValue(false, 0.0);

    public static CriticalValue of(double value) {
        return new CriticalValue(true, value);
    }
}
