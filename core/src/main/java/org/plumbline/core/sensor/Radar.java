package org.plumbline.core.sensor;

import java.util.List;

import org.plumbline.core.earth.GeodeticPoint;

import static org.plumbline.core.math.Checks.checkInRange;
import static org.plumbline.core.math.Checks.checkNonNegative;
import static org.plumbline.core.math.Checks.checkPositive;

/**
 * A ground or ship radar at a position.
 *
 * @param id                       unique id in its scenario
 * @param type                     catalog type id, e.g. {@code "an-tpy-2"}
 * @param position                 antenna position (height above the ellipsoid)
 * @param faces                    searched sectors, at least one
 * @param detectionRangeM          detection range against the reference cross-section, m
 * @param referenceRcsM2           reference radar cross-section, m^2
 * @param instrumentedRangeM       largest range the radar reports, m
 * @param trackFormationS          time from first detection to a usable track, s
 * @param reportingLatencyS        time from track to its report leaving the radar, s
 */
public record Radar(String id, String type, GeodeticPoint position, List<RadarFace> faces, double detectionRangeM,
                    double referenceRcsM2, double instrumentedRangeM, double trackFormationS,
                    double reportingLatencyS) {
    public Radar {
        faces = List.copyOf(faces);
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("radar " + id + " has no face");
        }
        checkInRange("detectionRangeM", detectionRangeM, "m", 1.0, 1.0e8);
        checkPositive("referenceRcsM2", referenceRcsM2, "m^2");
        checkInRange("instrumentedRangeM", instrumentedRangeM, "m", 1.0, 1.0e8);
        checkNonNegative("trackFormationS", trackFormationS, "s");
        checkNonNegative("reportingLatencyS", reportingLatencyS, "s");
    }

    /**
     * Detection range (m) against a target of cross-section rcsM2, by the radar equation's fourth-root
     * scaling R = R_ref (sigma / sigma_ref)^(1/4), capped at the instrumented range.
     */
    public double detectionRangeM(double rcsM2) {
        return Math.min(instrumentedRangeM, detectionRangeM * Math.pow(rcsM2 / referenceRcsM2, 0.25));
    }
}
