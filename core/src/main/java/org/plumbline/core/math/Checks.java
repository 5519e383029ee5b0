package org.plumbline.core.math;

/**
 * Precondition checks whose messages name the parameter, its value with unit and the allowed
 * range, e.g. {@code burnoutSpeedMps = -3.0 is not in (0, 12000]}. These guard against
 * programming errors; user input is validated at the edges with its own problem reports.
 */
public final class Checks {
    private Checks() {
    }

    /** Checks {@code min <= value <= max} and that value is finite. */
    public static double checkInRange(String name, double value, String unit, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " = " + value + (unit.isEmpty() ? "" : " " + unit)
                    + " is not in [" + min + ", " + max + "]");
        }
        return value;
    }

    /** Checks {@code value > 0} and finite. */
    public static double checkPositive(String name, double value, String unit) {
        if (!(value > 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " = " + value + (unit.isEmpty() ? "" : " " + unit)
                    + " is not in (0, +inf)");
        }
        return value;
    }

    /** Checks {@code value >= 0} and finite. */
    public static double checkNonNegative(String name, double value, String unit) {
        if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " = " + value + (unit.isEmpty() ? "" : " " + unit)
                    + " is not in [0, +inf)");
        }
        return value;
    }
}
