package org.plumbline.core.interceptor;

import static org.plumbline.core.math.Checks.checkInRange;
import static org.plumbline.core.math.Checks.checkNonNegative;

/**
 * An interceptor type, described by the kinematic parameters the open literature gives.
 *
 * @param id                   catalog id, e.g. {@code "sm3-iia"}
 * @param name                 display name
 * @param burnoutSpeedMps      speed at burnout, m/s
 * @param burnTimeS            total burn time, s
 * @param stages               number of stages of the acceleration profile (1 to 3)
 * @param minInterceptAltitudeM lowest intercept altitude, m
 * @param maxInterceptAltitudeM highest intercept altitude, m
 * @param maxFlightTimeS       longest fly-out, s
 * @param launchDelayS         time from launch order to lift-off, s
 * @param minRangeM            shortest ground range of an intercept, m
 * @param maxRangeM            longest ground range of an intercept, m
 */
public record Interceptor(String id, String name, double burnoutSpeedMps, double burnTimeS, int stages,
                          double minInterceptAltitudeM, double maxInterceptAltitudeM, double maxFlightTimeS,
                          double launchDelayS, double minRangeM, double maxRangeM) {
    public Interceptor {
        checkInRange("burnoutSpeedMps", burnoutSpeedMps, "m/s", 100.0, 12_000.0);
        checkInRange("burnTimeS", burnTimeS, "s", 1.0, 600.0);
        checkInRange("stages", stages, "", 1, 3);
        checkNonNegative("minInterceptAltitudeM", minInterceptAltitudeM, "m");
        checkInRange("maxInterceptAltitudeM", maxInterceptAltitudeM, "m", minInterceptAltitudeM, 1.0e7);
        checkInRange("maxFlightTimeS", maxFlightTimeS, "s", 1.0, 7200.0);
        checkNonNegative("launchDelayS", launchDelayS, "s");
        checkNonNegative("minRangeM", minRangeM, "m");
        checkInRange("maxRangeM", maxRangeM, "m", minRangeM, 2.0e7);
    }

    /**
     * This interceptor as the physics sees it: the same numbers under an empty id and name. Reach
     * tables and engagement windows depend on the numbers only, so caches keyed by it share their
     * work between types that differ only in name (the SM-3 IA and IB are kinematically one missile
     * in the built-in catalog, [UNVERIFIED] as their entries say).
     */
    public Interceptor unnamed() {
        return id.isEmpty() && name.isEmpty() ? this : new Interceptor("", "", burnoutSpeedMps, burnTimeS, stages,
                minInterceptAltitudeM, maxInterceptAltitudeM, maxFlightTimeS, launchDelayS, minRangeM, maxRangeM);
    }

    public Interceptor withBurnoutSpeedMps(double v) {
        return new Interceptor(id, name, v, burnTimeS, stages, minInterceptAltitudeM, maxInterceptAltitudeM,
                maxFlightTimeS, launchDelayS, minRangeM, maxRangeM);
    }
}
