package org.plumbline.core.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plumbline.core.testing.TestInterceptors.SM3_IIA;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.UsStandardAtmosphere1976;

/** Builds that threads waiting for them help with: the same result, every index once, failures reported. */
class SharedWorkTest {
    /**
     * How long the builder holds its first index for a helper to take one, s. A waiting helper is woken
     * at once (notifyAll) and needs milliseconds; a minute covers a loaded two-core machine. It is only
     * spent in full when helpers do not help, and then the test fails: the wait is what makes "a
     * helper ran an index" certain rather than a race the builder usually wins.
     */
    private static final long HELPER_JOIN_S = 60;

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
        for (int sector : new int[] {0, 3, 7, 11}) {
            assertIsTheTableBuiltAlone(shared.sectorTable(sector), sector, lat, omega);
        }
    }

    /**
     * A thread that needs a sector while another builds it runs some of the build's indices (the test
     * above would also pass if it only waited). Both threads ask for the same sector; the builder holds
     * its first fly-out until the other thread has run an index of the build ({@link #HELPER_JOIN_S}),
     * so the helper's share is certain, not a race. Every index of every loop of the build runs once,
     * and the table is node for node the one built alone.
     */
    @Test
    void aThreadThatNeedsASectorBeingBuiltHelpsBuildIt() throws Exception {
        double lat = Math.toRadians(44.08);
        double omega = EarthModel.WGS84.rotationRateRadPerS();
        int sector = 4;
        Map<Thread, AtomicInteger> indicesByThread = new ConcurrentHashMap<>();
        AtomicInteger loopIndices = new AtomicInteger();
        AtomicBoolean held = new AtomicBoolean();
        CountDownLatch helped = new CountDownLatch(1);
        UnaryOperator<SharedWork.Loop> counted = loop -> (n, body) -> {
            Thread builder = Thread.currentThread();
            loopIndices.addAndGet(n);
            loop.forEach(n, i -> {
                Thread me = Thread.currentThread();
                indicesByThread.computeIfAbsent(me, t -> new AtomicInteger()).incrementAndGet();
                if (me != builder) {
                    helped.countDown();
                } else if (!held.getAndSet(true)) {
                    awaitQuietly(helped);
                }
                body.accept(i);
            });
        };
        RotatingReach shared = new RotatingReach(SM3_IIA, UsStandardAtmosphere1976.INSTANCE, lat, omega, counted);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ReachTable>> tables = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                tables.add(pool.submit(() -> {
                    start.await();
                    return shared.sectorTable(sector);
                }));
            }
            start.countDown();
            for (Future<ReachTable> f : tables) {
                assertSame(tables.get(0).get(3 * HELPER_JOIN_S, TimeUnit.SECONDS), f.get(3 * HELPER_JOIN_S,
                        TimeUnit.SECONDS), "one table for both threads");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, indicesByThread.size(), "threads that ran indices of the build: " + indicesByThread);
        int total = 0;
        for (Map.Entry<Thread, AtomicInteger> e : indicesByThread.entrySet()) {
            assertTrue(e.getValue().get() > 0, e.getKey().getName() + " ran no index: " + indicesByThread);
            total += e.getValue().get();
        }
        assertEquals(loopIndices.get(), total, "every index of the build's loops once: " + indicesByThread);
        assertTrue(loopIndices.get() >= ReachTable.FAN_SIZE, loopIndices + " indices");
        assertIsTheTableBuiltAlone(shared.sectorTable(sector), sector, lat, omega);
    }

    /** The sector's table is node for node the one a single thread builds alone (and mostly reachable). */
    private static void assertIsTheTableBuiltAlone(ReachTable together, int sector, double lat, double omega) {
        FlyOut flyOut = new FlyOut(SM3_IIA, UsStandardAtmosphere1976.INSTANCE);
        ReachTable alone = new ReachTable(flyOut, lat, sector * 2 * Math.PI / RotatingReach.SECTORS, omega,
                ReachTable.Method.COAST_STEP_HERMITE);
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

    /**
     * With a helper waiting to join, every index of every loop runs once, the helper runs some of them
     * and returns when the build ends. The builder holds its first index until the helper has run one
     * ({@link #HELPER_JOIN_S}), so that the helper's share does not depend on the scheduler.
     */
    @Test
    void withAHelperJoinedEveryIndexRunsOnce() throws Exception {
        SharedWork work = new SharedWork();
        int n = 2_000;
        AtomicInteger[] runs = new AtomicInteger[n];
        for (int i = 0; i < n; i++) {
            runs[i] = new AtomicInteger();
        }
        Thread builder = Thread.currentThread();
        AtomicInteger byBuilder = new AtomicInteger();
        AtomicInteger byHelper = new AtomicInteger();
        AtomicBoolean held = new AtomicBoolean();
        CountDownLatch helped = new CountDownLatch(1);
        Thread helper = startHelper(work);
        for (int loop = 0; loop < 3; loop++) {
            work.loop.forEach(n, i -> {
                runs[i].incrementAndGet();
                if (Thread.currentThread() == builder) {
                    byBuilder.incrementAndGet();
                    if (!held.getAndSet(true)) {
                        awaitQuietly(helped);
                    }
                } else {
                    byHelper.incrementAndGet();
                    helped.countDown();
                }
                Thread.onSpinWait();
            });
        }
        work.finish();
        helper.join(10_000);
        assertTrue(!helper.isAlive(), "the helper returned when the build ended");
        for (int i = 0; i < n; i++) {
            assertEquals(3, runs[i].get(), "index " + i);
        }
        assertTrue(byHelper.get() > 0, "the helper ran no index (the builder ran " + byBuilder + ")");
        assertEquals(3 * n, byBuilder.get() + byHelper.get());
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

    /** Waits up to {@link #HELPER_JOIN_S} for the latch; the caller's assertions tell whether it opened. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(HELPER_JOIN_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
