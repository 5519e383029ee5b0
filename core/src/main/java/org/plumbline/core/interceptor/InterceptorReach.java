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

    /**
     * A lower bound (s) of {@link #minTimeS} over a box of points: no ground range in [rangeLoM,
     * rangeHiM], altitude in [altitudeLoM, altitudeHiM] and azimuth within azimuthHalfWidthRad of
     * azimuthRad (either way, modulo 2 pi; a half width of pi or more: any azimuth) has a least time
     * below it (+infinity and NaN answers are not below anything). It lets a caller skip points whose
     * answer cannot matter without asking for each; it must hold for the answers as computed, rounding
     * included. Negative infinity (the default) when no bound is known, for instance when the tables
     * it would read are not built yet: asking for a bound never builds anything.
     */
    default double minTimeLowerBoundS(double rangeLoM, double rangeHiM, double altitudeLoM, double altitudeHiM,
                                      double azimuthRad, double azimuthHalfWidthRad) {
        return Double.NEGATIVE_INFINITY;
    }

    /** Earth-relative speed (m/s) and flight-path angle (rad) on arrival at a reachable point. */
    double[] arrival(double groundRangeM, double altitudeM, double azimuthRad);
}
