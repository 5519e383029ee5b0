package org.plumbline.core.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.plumbline.core.testing.TestInterceptors.SM3_IIA;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.UsStandardAtmosphere1976;
import org.plumbline.core.interceptor.InterceptorReach;

/** The caller-owned cache of reach tables: shared while small, bounded for a long-lived owner. */
class ReachTablesTest {
    private static final GeodeticPoint REDZIKOWO = GeodeticPoint.ofDegrees(54.479, 17.108);

    @Test
    void aVariantIsBuiltOnceWhileTheCacheIsSmall() {
        ReachTables t = new ReachTables(UsStandardAtmosphere1976.INSTANCE, EarthModel.WGS84.rotationRateRadPerS());
        assertSame(t.of(SM3_IIA, REDZIKOWO), t.of(SM3_IIA, GeodeticPoint.ofDegrees(54.4, 25.0)),
                "the same interceptor at the same rounded latitude shares its tables");
    }

    /**
     * plumbline serve asks for ever new variants (each burnout-speed edit is one): past 64 the cache
     * starts afresh instead of growing without bound, and a variant built again answers the same.
     */
    @Test
    void manyVariantsStartTheCacheAfreshWithTheSameAnswers() {
        ReachTables t = new ReachTables(UsStandardAtmosphere1976.INSTANCE, EarthModel.WGS84.rotationRateRadPerS());
        InterceptorReach first = t.of(SM3_IIA, REDZIKOWO);
        double before = first.minTimeS(400_000, 200_000, Math.toRadians(120));
        for (int i = 1; i <= 64; i++) {
            t.of(SM3_IIA.withBurnoutSpeedMps(4_500 + 10 * i), REDZIKOWO);
        }
        InterceptorReach again = t.of(SM3_IIA, REDZIKOWO);
        assertNotSame(first, again, "the 65th variant cleared the cache");
        assertEquals(before, again.minTimeS(400_000, 200_000, Math.toRadians(120)), 0.0);
    }
}
