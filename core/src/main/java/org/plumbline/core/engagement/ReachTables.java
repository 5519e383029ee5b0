package org.plumbline.core.engagement;

import java.util.Map;

import org.plumbline.core.earth.Atmosphere;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.interceptor.InterceptorReach;
import org.plumbline.core.interceptor.ReachTable;
import org.plumbline.core.interceptor.RotatingReach;

/**
 * Reach tables built once per interceptor type and kept for the life of this object (one assessment
 * or one command). Not a global: callers own the cache. Thread-safe.
 *
 * <p>Tables are keyed by the interceptor's numbers ({@link Interceptor#unnamed}), not its id or name:
 * two types with the same kinematics share their tables, and the tables' {@code interceptor()} is
 * the unnamed one.
 */
public final class ReachTables {
    private final Atmosphere atmosphere;
    private final double omegaRadPerS;
    private final Map<Interceptor, ReachTable> tables = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<RotatingKey, Used> rotating = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Counts the rotating variants built: a variant looked up since the last build carries the
     * current count, so the order of the counts is the order of last use, to within one build. A
     * lookup writes only when the count has moved on, so the hot path reads and does not contend.
     */
    private final java.util.concurrent.atomic.AtomicLong builds = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Interceptor variants (at a site latitude) kept at most: the default assessment of the four EPAA
     * phases, margins included, builds 34.
     */
    private static final int MAX_ROTATING_VARIANTS = 64;
    /** Variants dropped at once when a new one finds the cache full, the least recently used. */
    private static final int DROPPED_VARIANTS = MAX_ROTATING_VARIANTS / 4;

    /** A rotating variant and the build count when it was last used. */
    private static final class Used {
        final RotatingReach reach;
        volatile long lastUse;

        Used(RotatingReach reach, long lastUse) {
            this.reach = reach;
            this.lastUse = lastUse;
        }
    }

    /** A variant's key and its last use, copied so that sorting sees values no thread changes. */
    private record Stamp(RotatingKey key, long lastUse) {
    }

    /** An interceptor variant at a (rounded) site latitude. */
    private record RotatingKey(Interceptor interceptor, double latitudeRad) {
    }

    /** Tables over a non-rotating Earth. */
    public ReachTables(Atmosphere atmosphere) {
        this(atmosphere, 0.0);
    }

    /** Tables over an Earth rotating at omegaRadPerS (0: non-rotating). */
    public ReachTables(Atmosphere atmosphere, double omegaRadPerS) {
        this.atmosphere = atmosphere;
        this.omegaRadPerS = omegaRadPerS;
    }

    /**
     * The reach of an interceptor from a site: over a rotating Earth, per site latitude (rounded to
     * 0.5 deg, about 55 km, for sharing) with azimuth sectors built as needed; else one table.
     */
    public InterceptorReach of(Interceptor interceptor, GeodeticPoint site) {
        if (omegaRadPerS == 0.0) {
            return of(interceptor);
        }
        double lat = Math.toRadians(Math.round(site.latitudeDeg() * 2.0) / 2.0);
        Interceptor kinematics = interceptor.unnamed();
        RotatingKey key = new RotatingKey(kinematics, lat);
        Used used = rotating.get(key);
        if (used != null) {
            long now = builds.get();
            if (used.lastUse != now) {
                used.lastUse = now;
            }
            return used.reach;
        }
        synchronized (rotating) {
            used = rotating.get(key);
            if (used == null) {
                if (rotating.size() >= MAX_ROTATING_VARIANTS) {
                    // A long-lived owner (plumbline serve, whose warm assessor and maps share these
                    // tables) meets ever new variants, each up to a few MB of sectors: the least
                    // recently used go rather than the cache grow without bound. Only later build
                    // times change (a holder keeps its reach; one built again answers the same).
                    // The stamps are copied first: other threads go on stamping while we sort.
                    java.util.List<Stamp> stamps = rotating.entrySet().stream()
                            .map(e -> new Stamp(e.getKey(), e.getValue().lastUse)).toList();
                    stamps.stream().sorted(java.util.Comparator.comparingLong(Stamp::lastUse)).limit(DROPPED_VARIANTS)
                            .forEach(s -> rotating.remove(s.key()));
                }
                // Stamped when made, so that the next build cannot drop it before its first use.
                used = new Used(new RotatingReach(kinematics, atmosphere, lat, omegaRadPerS),
                        builds.incrementAndGet());
                rotating.put(key, used);
            }
        }
        return used.reach;
    }

    /** The table of an interceptor, built on first use (about 80 ms). */
    public ReachTable of(Interceptor interceptor) {
        return tables.computeIfAbsent(interceptor.unnamed(), i -> new ReachTable(i, atmosphere));
    }

    public Atmosphere atmosphere() {
        return atmosphere;
    }

    /** The Earth's rotation rate the tables are built for, rad/s (0: non-rotating). */
    public double omegaRadPerS() {
        return omegaRadPerS;
    }

    /** Interceptor variants (at a site latitude) whose rotating-Earth reach is held now. */
    public int rotatingVariants() {
        return rotating.size();
    }
}
