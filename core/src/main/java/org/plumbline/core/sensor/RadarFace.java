package org.plumbline.core.sensor;

import static org.plumbline.core.math.Checks.checkInRange;

/**
 * One face of a phased-array radar: the sector of azimuth and elevation it searches.
 *
 * @param boresightAzimuthRad  boresight azimuth, rad, clockwise from north
 * @param halfWidthRad         azimuth half-width, rad, in (0, pi]
 * @param minElevationRad      lowest elevation, rad
 * @param maxElevationRad      highest elevation, rad
 */
public record RadarFace(double boresightAzimuthRad, double halfWidthRad, double minElevationRad,
                        double maxElevationRad) {
    public RadarFace {
        checkInRange("boresightAzimuthRad", boresightAzimuthRad, "rad", -2 * Math.PI, 2 * Math.PI);
        checkInRange("halfWidthRad", halfWidthRad, "rad", 1e-6, Math.PI);
        checkInRange("minElevationRad", minElevationRad, "rad", -0.2, Math.PI / 2);
        checkInRange("maxElevationRad", maxElevationRad, "rad", minElevationRad, Math.PI / 2);
    }
}
