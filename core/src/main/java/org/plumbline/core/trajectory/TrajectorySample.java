package org.plumbline.core.trajectory;

/**
 * One point of a trajectory in Earth-fixed coordinates.
 *
 * @param tS           time since launch, s
 * @param latitudeRad  geodetic latitude, rad
 * @param longitudeRad longitude, rad, east positive
 * @param altitudeM    height above the ellipsoid, m
 * @param speedMps     inertial speed, m/s
 */
public record TrajectorySample(double tS, double latitudeRad, double longitudeRad, double altitudeM, double speedMps) {
}
