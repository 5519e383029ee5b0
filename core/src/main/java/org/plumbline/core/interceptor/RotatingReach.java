package org.plumbline.core.interceptor;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;

import org.plumbline.core.earth.Atmosphere;

/**
 * The reach of an interceptor from a site on the rotating Earth: one {@link ReachTable} per
 * launch-azimuth sector, each built from fly-outs over the rotating Earth (the model of
 * {@link FlyOut#integrateOverRotatingEarth}, traced with the reach tables' coast steps), built lazily
 * when a lookup first needs it, and interpolated linearly in azimuth between sector centres.
 *
 * <p>In the Earth-fixed frame, where threats and sites are given, the rotation acts only through the
 * Coriolis and centrifugal accelerations during the fly-out (the site's inertial eastward speed is no
 * head start there: the target moves with the Earth too), so the time to reach a point changes by a
 * fraction of a per cent with the azimuth (docs/physics.md, "The Earth's rotation").
 *
 * <p>Thread-safe. Lookups of built sectors take no lock. The first thread that needs a sector builds
 * it; a thread that needs it while it is being built helps build it ({@link SharedWork}: its
 * fly-outs, crossings and columns are shared out) instead of waiting idle; threads that first look
 * in different sectors build them at the same time. All sectors share one calibrated {@link FlyOut}
 * (the calibration is the same for every azimuth).
 */
public final class RotatingReach implements InterceptorReach {
    /** Azimuth sectors (30 deg each). */
    public static final int SECTORS = 12;

    private final Interceptor interceptor;
    private final Atmosphere atmosphere;
    private final double siteLatitudeRad;
    private final double omegaRadPerS;
    /** Sector tables, built on first use; read without a lock (the hot path of parallel evaluations). */
    private final AtomicReferenceArray<ReachTable> tables = new AtomicReferenceArray<>(SECTORS);
    /** The build in progress of each sector, which other threads needing it join; null otherwise. */
    private final AtomicReferenceArray<SharedWork> builds = new AtomicReferenceArray<>(SECTORS);
    private final Object flyOutLock = new Object();
    /** The calibrated fly-out model, made on the first build. */
    private volatile FlyOut flyOut;
    /** Each build's loop is run through it: the identity, except in tests (the package-private constructor). */
    private final UnaryOperator<SharedWork.Loop> buildLoop;

    public RotatingReach(Interceptor interceptor, Atmosphere atmosphere, double siteLatitudeRad, double omegaRadPerS) {
        this(interceptor, atmosphere, siteLatitudeRad, omegaRadPerS, UnaryOperator.identity());
    }

    /**
     * As the public constructor, each sector build's {@link SharedWork} loop wrapped by buildLoop: a
     * test hook, so that a test sees which thread runs each index of a build (and can hold the builder
     * until another thread has joined). The public constructor passes the identity.
     */
    RotatingReach(Interceptor interceptor, Atmosphere atmosphere, double siteLatitudeRad, double omegaRadPerS,
                  UnaryOperator<SharedWork.Loop> buildLoop) {
        this.interceptor = interceptor;
        this.atmosphere = atmosphere;
        this.siteLatitudeRad = siteLatitudeRad;
        this.omegaRadPerS = omegaRadPerS;
        this.buildLoop = buildLoop;
    }

    @Override
    public Interceptor interceptor() {
        return interceptor;
    }

    /**
     * The sector's table: the fast path of every lookup (a volatile read), inlined into the
     * engagement's per-sample loop. Building a missing sector is a separate method on purpose: when
     * the build was written here, C2 inlined it (the table's constructor, its fan of fly-outs) into
     * that loop, so every compilation of {@code Engagement.evaluate} (3-10 a run: each new
     * interceptor variant, from a corner or a margin step, sends some branch of the loop the way it
     * had not gone while profiled) compiled the build again, as part of an 80-145 KB method. A call
     * to a method larger than C2's small-method limit (35 bytes of bytecode) that has rarely run is
     * left as a call, so the loop's compiled code keeps only the lookup.
     */
    private ReachTable table(int sector) {
        ReachTable t = tables.get(sector);
        return t != null ? t : buildTable(sector);
    }

    /**
     * Builds a sector's table on its first use, or helps the thread that is building it (the rare
     * path of {@link #table}, kept out of line). The builder publishes the table before it ends the
     * build, so a thread that starts a build after another has ended finds the table.
     */
    private ReachTable buildTable(int sector) {
        while (true) {
            SharedWork mine = new SharedWork();
            SharedWork running = builds.compareAndExchange(sector, null, mine);
            if (running == null) {
                try {
                    ReachTable t = tables.get(sector);
                    if (t == null) {
                        t = new ReachTable(flyOut(), siteLatitudeRad, sector * 2 * Math.PI / SECTORS, omegaRadPerS,
                                ReachTable.Method.COAST_STEP_HERMITE, buildLoop.apply(mine.loop));
                        tables.set(sector, t);
                    }
                    return t;
                } finally {
                    mine.finish();
                    builds.set(sector, null);
                }
            }
            running.helpUntilFinished();
            ReachTable t = tables.get(sector);
            if (t != null) {
                return t;
            }
            // That build failed: try again here, which throws its error to this thread too.
        }
    }

    /** A sector's table, built if needed (for tests). */
    ReachTable sectorTable(int sector) {
        return table(sector);
    }

    private FlyOut flyOut() {
        FlyOut f = flyOut;
        if (f != null) {
            return f;
        }
        synchronized (flyOutLock) {
            if (flyOut == null) {
                flyOut = new FlyOut(interceptor, atmosphere);
            }
            return flyOut;
        }
    }

    @Override
    public double minTimeS(double groundRangeM, double altitudeM, double azimuthRad) {
        double x = azimuthRad / (2 * Math.PI) * SECTORS;
        x -= Math.floor(x / SECTORS) * SECTORS;
        int i = (int) x % SECTORS;
        int j = (i + 1) % SECTORS;
        double u = x - Math.floor(x);
        // Linear between the two sectors where both reach the point, else the nearer sector's
        // answer. So when the nearer sector cannot reach it the answer is +infinity whatever the
        // other says: look there first, and only then at the other (which may not be built yet).
        boolean nearFirst = u < 0.5;
        double tNear = table(nearFirst ? i : j).minTimeS(groundRangeM, altitudeM, azimuthRad);
        if (tNear == Double.POSITIVE_INFINITY) {
            return tNear;
        }
        double tFar = table(nearFirst ? j : i).minTimeS(groundRangeM, altitudeM, azimuthRad);
        if (tFar == Double.POSITIVE_INFINITY) {
            return tNear;
        }
        double t0 = nearFirst ? tNear : tFar;
        double t1 = nearFirst ? tFar : tNear;
        return t0 + u * (t1 - t0);
    }

    /**
     * A lower bound (s) of {@link #minTimeS} over a box of ground ranges, altitudes and azimuths (the
     * contract of {@link InterceptorReach#minTimeLowerBoundS}); negative infinity when a sector it
     * needs is not built yet (a bound never builds one).
     *
     * <p>Why it holds. A lookup at azimuth a computes x = a / 2 pi * 12, reduced to [0, 12] by
     * subtracting a multiple of 12, and reads sector i = floor(x) mod 12 and, unless it is +infinity
     * there, sector i + 1 with u = x - floor(x) in [0, 1): its answer is +infinity, NaN, the nearer
     * sector's (finite) time, or t0 + u (t1 - t0), within 2^-52 max(|t0|, |t1|) of a value between
     * the two. For every azimuth of the box, x lies (modulo 12) between the box's xLo and xHi
     * computed here, widened by 1e-9 against the roundings of the division, the product and the
     * reduction (all within 1e-14; a reduction that rounds up to exactly 12 reads sector 0 with
     * u = 0, which is floor(xHi) + 1 modulo 12), so the sectors read are among floor(xLo) to
     * floor(xHi) + 1, modulo 12. Each sector's answers are at least its least node time m less 1e-12
     * times its largest |time| (see {@link ReachTable#minTimeLowerBoundS}); with the interpolation's
     * rounding, the answer is at least the least m of those sectors less the largest of their slacks
     * 10^-9 (1 + largest |time|), several hundred times the two together.
     */
    @Override
    public double minTimeLowerBoundS(double rangeLoM, double rangeHiM, double altitudeLoM, double altitudeHiM,
                                     double azimuthRad, double azimuthHalfWidthRad) {
        int from = 0;
        int to = SECTORS - 1;
        if (azimuthHalfWidthRad < Math.PI) {
            double xLo = (azimuthRad - azimuthHalfWidthRad) / (2 * Math.PI) * SECTORS - 1e-9;
            double xHi = (azimuthRad + azimuthHalfWidthRad) / (2 * Math.PI) * SECTORS + 1e-9;
            if (xHi - xLo < SECTORS - 2) {
                from = (int) Math.floor(xLo);
                to = (int) Math.floor(xHi) + 1;
            }
        }
        double least = Double.POSITIVE_INFINITY;
        double slack = 0.0;
        for (int k = from; k <= to; k++) {
            ReachTable t = tables.get(Math.floorMod(k, SECTORS));
            if (t == null) {
                return Double.NEGATIVE_INFINITY;
            }
            least = Math.min(least, t.leastNodeTimeS(rangeLoM, rangeHiM, altitudeLoM, altitudeHiM));
            slack = Math.max(slack, t.lookupSlackS());
        }
        return least == Double.POSITIVE_INFINITY ? least : least - slack;
    }

    /** How many sectors are built (for tests: a bound must not build one). */
    int builtSectors() {
        int built = 0;
        for (int i = 0; i < SECTORS; i++) {
            built += tables.get(i) != null ? 1 : 0;
        }
        return built;
    }

    /**
     * {@link #minTimeS} as first written, looking in both sectors always: the reference that
     * {@code RotatingReachTest} compares the shortcut with.
     */
    double minTimeSBothSectors(double groundRangeM, double altitudeM, double azimuthRad) {
        double x = azimuthRad / (2 * Math.PI) * SECTORS;
        x -= Math.floor(x / SECTORS) * SECTORS;
        int i = (int) x % SECTORS;
        int j = (i + 1) % SECTORS;
        double u = x - Math.floor(x);
        double t0 = table(i).minTimeS(groundRangeM, altitudeM, azimuthRad);
        double t1 = table(j).minTimeS(groundRangeM, altitudeM, azimuthRad);
        if (t0 != Double.POSITIVE_INFINITY && t1 != Double.POSITIVE_INFINITY) {
            return t0 + u * (t1 - t0);
        }
        return u < 0.5 ? t0 : t1;
    }

    @Override
    public double[] arrival(double groundRangeM, double altitudeM, double azimuthRad) {
        double x = azimuthRad / (2 * Math.PI) * SECTORS;
        x -= Math.floor(x / SECTORS) * SECTORS;
        int nearest = (int) Math.round(x) % SECTORS;
        return table(nearest).arrival(groundRangeM, altitudeM, azimuthRad);
    }
}
