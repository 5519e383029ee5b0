package org.plumbline.core.sensor;

import java.util.Objects;

/**
 * What an early-warning satellite reports of one trajectory: a launch cue at a time, or why there
 * is none.
 */
public sealed interface EarlyWarningCue {
    /** The satellite's id. */
    String satelliteId();

    /** Whether a cue is reported. */
    boolean isReported();

    /**
     * The launch is reported.
     *
     * @param satelliteId the satellite's id
     * @param crossingS   time the booster first reaches the satellite's detection altitude, s since launch
     * @param reportS     crossingS plus the satellite's latency, s since launch
     */
    record Reported(String satelliteId, double crossingS, double reportS) implements EarlyWarningCue {
        public Reported {
            Objects.requireNonNull(satelliteId, "satelliteId");
            if (!(Double.isFinite(crossingS) && Double.isFinite(reportS) && crossingS <= reportS)) {
                throw new IllegalArgumentException("cue crossingS = " + crossingS + " s, reportS = " + reportS
                        + " s: need finite crossingS <= reportS");
            }
        }

        @Override
        public boolean isReported() {
            return true;
        }
    }

    /**
     * No cue.
     *
     * @param satelliteId the satellite's id
     * @param reason      why, in words
     */
    record NotReported(String satelliteId, String reason) implements EarlyWarningCue {
        public NotReported {
            Objects.requireNonNull(satelliteId, "satelliteId");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean isReported() {
            return false;
        }
    }

    /** Bisection tolerance on the time of the altitude crossing, s. */
    double CROSSING_TOLERANCE_S = 1.0e-3;

    /**
     * The cue of a satellite for a path: the first time the interpolated path reaches the detection
     * altitude (found by bisection between the knots to {@link #CROSSING_TOLERANCE_S}, rounded up),
     * plus the latency. A path that starts at or above the altitude is reported from its start.
     */
    static EarlyWarningCue of(EarlyWarningSatellite satellite, TargetPath path) {
        double threshold = satellite.detectionAltitudeM();
        double highest = path.knotAltitudeM(0);
        if (highest >= threshold) {
            return reported(satellite, path.startS());
        }
        double[] p = new double[3];
        for (int i = 1; i < path.size(); i++) {
            double alt = path.knotAltitudeM(i);
            if (alt >= threshold) {
                double lo = path.timeS(i - 1);
                double hi = path.timeS(i);
                while (hi - lo > CROSSING_TOLERANCE_S) {
                    double mid = 0.5 * (lo + hi);
                    path.positionInSegment(i - 1, mid, p);
                    if (path.altitudeOfM(p) >= threshold) {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
                return reported(satellite, hi);
            }
            highest = Math.max(highest, alt);
        }
        return new NotReported(satellite.id(), String.format(java.util.Locale.ROOT,
                "the threat never reaches the detection altitude of %.1f km (highest sampled %.1f km)",
                threshold / 1000.0, highest / 1000.0));
    }

    private static EarlyWarningCue reported(EarlyWarningSatellite satellite, double crossingS) {
        return new Reported(satellite.id(), crossingS, crossingS + satellite.latencyS());
    }
}
