package org.plumbline.core.interceptor;

/**
 * Where an interceptor can be, and how soon: the least fly-out time to a point given by its ground
 * range from the site, altitude and direction from the site. Units: m, s, rad (azimuth clockwise
 * from north).
 */
public interface InterceptorReach {
    Interceptor interceptor();

    /** Least fly-out time (s), or +infinity when the point is out of reach. */
    double minTimeS(double groundRangeM, double altitudeM, double azimuthRad);

    /** Whether the answers depend on the azimuth (callers may skip computing it when not). */
    default boolean dependsOnAzimuth() {
        return true;
    }

    /** Earth-relative speed (m/s) and flight-path angle (rad) on arrival at a reachable point. */
    double[] arrival(double groundRangeM, double altitudeM, double azimuthRad);
}
