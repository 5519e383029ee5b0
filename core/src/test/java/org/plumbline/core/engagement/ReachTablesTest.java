package org.plumbline.core.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plumbline.core.testing.TestInterceptors.SM3_IIA;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.UsStandardAtmosphere1976;
import org.plumbline.core.interceptor.Interceptor;
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
     * The tables depend on an interceptor's numbers, not its name: the built-in SM-3 IA and IB have
     * the same numbers, so the phases that field one after the other share the ship's tables. A
     * type whose numbers differ, even in one field the fan does not use, keeps its own.
     */
    @Test
    void typesWithTheSameNumbersShareTheirTables() {
        ReachTables t = new ReachTables(UsStandardAtmosphere1976.INSTANCE, EarthModel.WGS84.rotationRateRadPerS());
        Interceptor renamed = new Interceptor("sm3-iia-copy", "another name", SM3_IIA.burnoutSpeedMps(),
                SM3_IIA.burnTimeS(), SM3_IIA.stages(), SM3_IIA.minInterceptAltitudeM(),
                SM3_IIA.maxInterceptAltitudeM(), SM3_IIA.maxFlightTimeS(), SM3_IIA.launchDelayS(),
                SM3_IIA.minRangeM(), SM3_IIA.maxRangeM());
        InterceptorReach reach = t.of(SM3_IIA, REDZIKOWO);
        assertSame(reach, t.of(renamed, REDZIKOWO));
        assertSame(t.of(SM3_IIA), t.of(renamed), "the same for the non-rotating tables");
        assertEquals(new Interceptor("", "", 4_500, 60, 3, 70_000, 1_000_000, 900, 5, 0, 2_500_000),
                reach.interceptor(), "the shared tables carry the numbers under no name");
        Interceptor otherDelay = new Interceptor(SM3_IIA.id(), SM3_IIA.name(), SM3_IIA.burnoutSpeedMps(),
                SM3_IIA.burnTimeS(), SM3_IIA.stages(), SM3_IIA.minInterceptAltitudeM(),
                SM3_IIA.maxInterceptAltitudeM(), SM3_IIA.maxFlightTimeS(), SM3_IIA.launchDelayS() + 1.0,
                SM3_IIA.minRangeM(), SM3_IIA.maxRangeM());
        assertNotSame(reach, t.of(otherDelay, REDZIKOWO));
    }

    /**
     * plumbline serve asks for ever new variants (each burnout-speed edit is one): past 64 the least
     * recently used go instead of the cache growing without bound, and a variant built again answers
     * the same.
     */
    @Test
    void manyVariantsDropTheLeastRecentlyUsedWithTheSameAnswers() {
        ReachTables t = new ReachTables(UsStandardAtmosphere1976.INSTANCE, EarthModel.WGS84.rotationRateRadPerS());
        InterceptorReach first = t.of(SM3_IIA, REDZIKOWO);
        double before = first.minTimeS(400_000, 200_000, Math.toRadians(120));
        for (int i = 1; i <= 64; i++) {
            t.of(SM3_IIA.withBurnoutSpeedMps(4_500 + 10 * i), REDZIKOWO);
        }
        InterceptorReach again = t.of(SM3_IIA, REDZIKOWO);
        assertNotSame(first, again, "the 65th variant dropped the least recently used, the first");
        assertEquals(before, again.minTimeS(400_000, 200_000, Math.toRadians(120)), 0.0);
    }

    /**
     * The variants in use stay: a server's warm assessor and its maps share the cache, and the
     * declared interceptors, asked for by every assessment, must not be built again because a
     * series of what-ifs filled it.
     */
    @Test
    void theVariantsInUseStayWhenTheCacheIsFull() {
        ReachTables t = new ReachTables(UsStandardAtmosphere1976.INSTANCE, EarthModel.WGS84.rotationRateRadPerS());
        InterceptorReach declared = t.of(SM3_IIA, REDZIKOWO);
        InterceptorReach oldEdit = t.of(SM3_IIA.withBurnoutSpeedMps(4_510), REDZIKOWO);
        for (int i = 2; i < 64; i++) {
            t.of(SM3_IIA.withBurnoutSpeedMps(4_500 + 10 * i), REDZIKOWO);
            assertSame(declared, t.of(SM3_IIA, REDZIKOWO));
        }
        assertEquals(64, t.rotatingVariants());
        t.of(SM3_IIA.withBurnoutSpeedMps(9_000), REDZIKOWO);
        assertEquals(64 - 16 + 1, t.rotatingVariants(), "a quarter dropped, the new one added");
        assertSame(declared, t.of(SM3_IIA, REDZIKOWO), "the variant used all along stays");
        assertNotSame(oldEdit, t.of(SM3_IIA.withBurnoutSpeedMps(4_510), REDZIKOWO),
                "the least recently used went");
    }

    /**
     * A server's requests share the cache: while one thread drops the least recently used, others go
     * on using variants. Dropping must not fail (sorting stamps that change under the sort can break
     * the comparator's contract), every lookup answers for the variant asked for, and one looked up
     * afterwards answers as a variant built afresh.
     */
    @Test
    void threadsBuildAndUseVariantsTogether() throws Exception {
        ReachTables t = new ReachTables(UsStandardAtmosphere1976.INSTANCE, EarthModel.WGS84.rotationRateRadPerS());
        int threads = 4;
        int perThread = 300;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int k = 0; k < threads; k++) {
                int thread = k;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        Interceptor edit = SM3_IIA.withBurnoutSpeedMps(4_000 + thread * 1_000 + i);
                        assertEquals(edit.unnamed(), t.of(edit, REDZIKOWO).interceptor());
                        // Lookups of many held variants, so that stamps move while another thread sorts.
                        for (int j = 0; j < 60; j++) {
                            Interceptor other = SM3_IIA.withBurnoutSpeedMps(
                                    4_000 + ((thread + j) % threads) * 1_000 + i - j % 8);
                            assertEquals(other.unnamed(), t.of(other, REDZIKOWO).interceptor(),
                                    "a lookup answers for the variant asked for");
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(t.rotatingVariants() <= 64, "the cache stays bounded: " + t.rotatingVariants());
        Interceptor edit = SM3_IIA.withBurnoutSpeedMps(5_123);
        assertEquals(new ReachTables(UsStandardAtmosphere1976.INSTANCE, EarthModel.WGS84.rotationRateRadPerS())
                .of(edit, REDZIKOWO).minTimeS(400_000, 200_000, Math.toRadians(120)),
                t.of(edit, REDZIKOWO).minTimeS(400_000, 200_000, Math.toRadians(120)), 0.0);
    }
}
