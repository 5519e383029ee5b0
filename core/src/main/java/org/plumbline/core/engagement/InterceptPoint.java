package org.plumbline.core.engagement;

/**
 * A feasible intercept.
 *
 * @param tS                 time after threat launch, s
 * @param interceptorLaunchS latest interceptor launch time that still arrives, s
 * @param altitudeM          altitude, m
 * @param latitudeRad        geodetic latitude of the point, rad
 * @param longitudeRad       longitude, rad
 * @param groundRangeM       ground range from the interceptor site, m
 * @param closingSpeedMps    relative speed of threat and interceptor, m/s
 * @param crossingAngleRad   angle between their velocities: pi head-on, 0 tail-chase, rad
 */
public record InterceptPoint(double tS, double interceptorLaunchS, double altitudeM, double latitudeRad,
                             double longitudeRad, double groundRangeM, double closingSpeedMps,
                             double crossingAngleRad) {
}
