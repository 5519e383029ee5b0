package org.plumbline.core.interceptor;

import org.plumbline.core.earth.Atmosphere;

/**
 * The reach of an interceptor from a site on the rotating Earth: one {@link ReachTable} per
 * launch-azimuth sector, each built from fly-outs integrated over the rotating Earth
 * ({@link FlyOut#integrateOverRotatingEarth}), built lazily when a lookup first needs it, and
 * interpolated linearly in azimuth between sector centres.
 *
 * <p>The rotation matters through the site's own eastward speed (about 330 m/s at 45 deg) and the
 * Coriolis acceleration during the fly-out: eastward shots reach farther and higher in the same time
 * than westward ones. Thread-safe.
 */
public final class RotatingReach implements InterceptorReach {
    /** Azimuth sectors (30 deg each). */
    public static final int SECTORS = 12;

    private final Interceptor interceptor;
    private final Atmosphere atmosphere;
    private final double siteLatitudeRad;
    private final double omegaRadPerS;
    /** Sector tables, built on first use; read without a lock (the hot path of parallel evaluations). */
    private final java.util.concurrent.atomic.AtomicReferenceArray<ReachTable> tables =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(SECTORS);

    public RotatingReach(Interceptor interceptor, Atmosphere atmosphere, double siteLatitudeRad, double omegaRadPerS) {
        this.interceptor = interceptor;
        this.atmosphere = atmosphere;
        this.siteLatitudeRad = siteLatitudeRad;
        this.omegaRadPerS = omegaRadPerS;
    }

    @Override
    public Interceptor interceptor() {
        return interceptor;
    }

    private ReachTable table(int sector) {
        ReachTable t = tables.get(sector);
        if (t != null) {
            return t;
        }
        synchronized (this) {
            t = tables.get(sector);
            if (t == null) {
                t = new ReachTable(interceptor, atmosphere, siteLatitudeRad, sector * 2 * Math.PI / SECTORS,
                        omegaRadPerS);
                tables.set(sector, t);
            }
            return t;
        }
    }

    @Override
    public double minTimeS(double groundRangeM, double altitudeM, double azimuthRad) {
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
