package org.plumbline.core.testing;

import org.plumbline.core.interceptor.Interceptor;

/**
 * Interceptors that several core tests share, copied from the catalog
 * (io/src/main/resources/org/plumbline/io/catalog/interceptors.yaml) because core does not read it.
 * A test whose interceptor differs on purpose defines its own and says why.
 */
public final class TestInterceptors {
    /**
     * The catalog's {@code sm3-iia} at its nominal values: burnout 4.5 km/s [UNVERIFIED, public-data.md
     * B.1], burn 60 s, 3 stages, intercept altitudes 70-1,000 km, flight at most 900 s, launch delay
     * 5 s, ground range 0-2,500 km (the rest ASSUMPTION or SEC there).
     */
    public static final Interceptor SM3_IIA = new Interceptor("sm3-iia", "SM-3 Block IIA", 4_500, 60, 3, 70_000,
            1_000_000, 900, 5, 0, 2_500_000);

    private TestInterceptors() {
    }
}
