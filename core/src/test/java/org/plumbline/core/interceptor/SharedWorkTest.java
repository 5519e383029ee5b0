package org.plumbline.core.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plumbline.core.testing.TestInterceptors.SM3_IIA;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.UsStandardAtmosphere1976;

/** Builds that threads waiting for them help with: the same result, every index once, failures reported. */
class SharedWorkTest {

    /**
     * Four threads ask at once for every sector of a site; each sector's table, built by whichever
     * threads joined its build, is node for node the table one thread builds alone.
     */
    @Test
    void aSectorBuiltByManyThreadsIsTheTableOneThreadBuilds() throws Exception {
        double lat = Math.toRadians(54.48);
        double omega = EarthModel.WGS84.rotationRateRadPerS();
        RotatingReach shared = new RotatingReach(SM3_IIA, UsStandardAtmosphere1976.INSTANCE, lat, omega);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int k = 0; k < RotatingReach.SECTORS; k++) {
                        shared.sectorTable((first + k / 2) % RotatingReach.SECTORS);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        FlyOut flyOut = new FlyOut(SM3_IIA, UsStandardAtmosphere1976.INSTANCE);
        for (int sector : new int[] {0, 3, 7, 11}) {
            ReachTable alone = new ReachTable(flyOut, lat, sector * 2 * Math.PI / RotatingReach.SECTORS, omega,
                    ReachTable.Method.COAST_STEP_HERMITE);
            ReachTable together = shared.sectorTable(sector);
            assertEquals(alone.maxRangeM(), together.maxRangeM(), 0.0);
            assertEquals(alone.maxAltitudeM(), together.maxAltitudeM(), 0.0);
            int reachable = 0;
            for (int row = 0; row <= ReachTable.ROWS; row++) {
                for (int col = 0; col <= ReachTable.COLUMNS; col++) {
                    String where = "sector " + sector + ", row " + row + ", column " + col;
                    assertEquals(alone.nodeTimeS(row, col), together.nodeTimeS(row, col), 0.0, where);
                    assertEquals(alone.nodeSpeedMps(row, col), together.nodeSpeedMps(row, col), 0.0, where);
                    assertEquals(alone.nodePathAngleRad(row, col), together.nodePathAngleRad(row, col), 0.0, where);
                    reachable += alone.nodeTimeS(row, col) < Double.POSITIVE_INFINITY ? 1 : 0;
                }
            }
            assertTrue(reachable > 10_000, "sector " + sector + ": " + reachable + " reachable nodes");
        }
    }

    /** With a helper waiting to join, every index of every loop runs once, and the helper returns. */
    @Test
    void withAHelperJoinedEveryIndexRunsOnce() throws Exception {
        SharedWork work = new SharedWork();
        int n = 2_000;
        AtomicInteger[] runs = new AtomicInteger[n];
        for (int i = 0; i < n; i++) {
            runs[i] = new AtomicInteger();
        }
        Thread helper = startHelper(work);
        for (int loop = 0; loop < 3; loop++) {
            work.loop.forEach(n, i -> {
                runs[i].incrementAndGet();
                Thread.onSpinWait();
            });
        }
        work.finish();
        helper.join(10_000);
        assertTrue(!helper.isAlive(), "the helper returned when the build ended");
        for (int i = 0; i < n; i++) {
            assertEquals(3, runs[i].get(), "index " + i);
        }
    }

    /** A failure on a helper's index reaches the builder; the helper returns when the builder finishes. */
    @Test
    void aFailureOnAnyThreadReachesTheBuilder() throws Exception {
        SharedWork work = new SharedWork();
        IllegalStateException boom = new IllegalStateException("boom");
        Thread helper = startHelper(work);
        IllegalStateException thrown;
        try {
            thrown = assertThrows(IllegalStateException.class, () -> work.loop.forEach(50, i -> {
                if (i == 37) {
                    throw boom;
                }
            }));
        } finally {
            work.finish();
        }
        assertSame(boom, thrown);
        helper.join(10_000);
        assertTrue(!helper.isAlive(), "the helper returned");
    }

    /** A thread that helps with the build's loops until it ends, started and waiting. */
    private static Thread startHelper(SharedWork work) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Thread helper = new Thread(() -> {
            started.countDown();
            work.helpUntilFinished();
        });
        helper.start();
        started.await();
        return helper;
    }
}
