package org.plumbline.core.scenario;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.interceptor.Interceptor;

import static org.plumbline.core.math.Checks.checkInRange;

/**
 * Interceptors at a land site or a sea station.
 *
 * @param id          unique id in the scenario
 * @param kind        land or sea
 * @param position    launcher position
 * @param interceptor interceptor type
 * @param count       number of interceptors
 */
public record InterceptorSite(String id, Kind kind, GeodeticPoint position, Interceptor interceptor, int count) {
    /** Where the launchers stand. */
    public enum Kind {
        LAND, SEA
    }

    public InterceptorSite {
        checkInRange("count", count, "", 1, 10_000);
    }
}
