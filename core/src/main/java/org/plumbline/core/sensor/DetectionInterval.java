package org.plumbline.core.sensor;

/**
 * A closed time interval in which a radar detects a target.
 *
 * @param startS first time of detection, s since the threat's launch
 * @param endS   last time of detection, s since the threat's launch, &gt;= startS
 */
public record DetectionInterval(double startS, double endS) {
    public DetectionInterval {
        if (!(Double.isFinite(startS) && Double.isFinite(endS) && startS <= endS)) {
            throw new IllegalArgumentException("detection interval [" + startS + ", " + endS
                    + "] s is not a finite interval with startS <= endS");
        }
    }

    /** Length of the interval, s. */
    public double durationS() {
        return endS - startS;
    }

    /** Whether tS (s) lies in the interval. */
    public boolean contains(double tS) {
        return tS >= startS && tS <= endS;
    }
}
