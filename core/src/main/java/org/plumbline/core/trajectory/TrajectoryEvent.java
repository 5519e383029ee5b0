package org.plumbline.core.trajectory;

/**
 * A named moment of a flight.
 *
 * @param kind   what happened
 * @param sample where and how fast
 */
public record TrajectoryEvent(Kind kind, TrajectorySample sample) {
    /** The events the engine reports, in the order they can occur. */
    public enum Kind {
        LAUNCH("launch"),
        ASCENT_100KM("ascent-100km"),
        BURNOUT("burnout"),
        APOGEE("apogee"),
        DESCENT_100KM("descent-100km"),
        IMPACT("impact");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Lowercase hyphenated label used in machine output. */
        public String label() {
            return label;
        }
    }
}
