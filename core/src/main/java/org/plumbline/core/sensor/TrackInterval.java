package org.plumbline.core.sensor;

/**
 * A track that a radar forms in one detection interval and keeps until the interval ends.
 *
 * @param formedS   time the track becomes usable: the interval's start plus the radar's
 *                  track-formation time, s since launch
 * @param reportedS time the first track report leaves the radar: formedS plus the reporting
 *                  latency, s since launch (may fall after endS: the report was already on its way)
 * @param endS      end of the detection interval, s since launch, &gt;= formedS
 */
public record TrackInterval(double formedS, double reportedS, double endS) {
    public TrackInterval {
        if (!(Double.isFinite(formedS) && Double.isFinite(reportedS) && Double.isFinite(endS)
                && formedS <= endS && formedS <= reportedS)) {
            throw new IllegalArgumentException("track interval formedS = " + formedS + " s, reportedS = " + reportedS
                    + " s, endS = " + endS + " s: need finite formedS <= endS and formedS <= reportedS");
        }
    }
}
