package org.plumbline.core.engagement;

import java.util.HashMap;
import java.util.Map;

import org.plumbline.core.earth.Atmosphere;
import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.interceptor.ReachTable;

/**
 * Reach tables built once per interceptor type and kept for the life of this object (one assessment
 * or one command). Not a global: callers own the cache. Thread-safe.
 */
public final class ReachTables {
    private final Atmosphere atmosphere;
    private final Map<Interceptor, ReachTable> tables = new HashMap<>();

    public ReachTables(Atmosphere atmosphere) {
        this.atmosphere = atmosphere;
    }

    /** The table of an interceptor, built on first use (about 80 ms). */
    public synchronized ReachTable of(Interceptor interceptor) {
        return tables.computeIfAbsent(interceptor, i -> new ReachTable(i, atmosphere));
    }

    public Atmosphere atmosphere() {
        return atmosphere;
    }
}
