package org.plumbline.core.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.engagement.ThreatTrack;
import org.plumbline.core.scenario.ThreatCase;
import org.plumbline.core.sensor.TargetPath;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySample;
import org.plumbline.core.trajectory.TrajectorySolver;

/**
 * The threat trajectories of an assessment, solved once and shared by every scenario that uses the
 * same threats (the EPAA phases share their threat sets). Solves are grouped by launch point,
 * missile and shape, so that {@link TrajectorySolver#solveAll} can reuse work between neighbouring
 * targets, and the groups run in parallel; each group's answer depends only on its inputs (and, for a
 * map flown batch by batch with {@link Batches}, on the batches before it, in their fixed order), so
 * the result does not depend on the number of threads. Thread-safe.
 */
final class Flights {
    /** Display samples are kept every this many seconds. */
    static final double DISPLAY_INTERVAL_S = 10.0;

    /** What identifies a flight: everything of a threat case except its set, names and weight. */
    record Key(GeodeticPoint launch, Missile missile, Shape shape, GeodeticPoint target) {
        static Key of(ThreatCase c) {
            return new Key(c.launch(), c.missile(), c.shape(), c.target());
        }
    }

    /**
     * A solved flight. The trajectory at the evaluation interval is not kept: the engagement arrays
     * and the sensor path hold what the evaluations need, and the assessment of the default scenarios
     * then fits in 1 GB of heap.
     *
     * @param unreachableReason why the missile cannot reach the target, or empty
     * @param display the trajectory with samples every {@link #DISPLAY_INTERVAL_S}, or null when unreachable
     * @param track   engagement arrays, or null when unreachable
     * @param path    sensor path, or null when unreachable
     */
    record Flight(String unreachableReason, Trajectory display, ThreatTrack track, TargetPath path) {
        boolean reachable() {
            return track != null;
        }
    }

    private final EarthModel earth;
    private final FlightSettings settings;
    private final Map<Key, Flight> solved = new ConcurrentHashMap<>();

    Flights(EarthModel earth, FlightSettings settings) {
        this.earth = earth;
        this.settings = settings;
    }

    /**
     * The solver batches of one map ({@link TrajectorySolver#batch}), by launch point, missile and
     * shape, so that each batch of targets the map flies reuses the azimuth nodes and warm starts of
     * the batches before it. Used by one {@link #prepare} at a time.
     */
    static final class Batches {
        private final Map<List<Object>, TrajectorySolver.Batch> byGroup = new ConcurrentHashMap<>();
        /** Each group's solving time in the last call that had it, ns: the next call's schedule. */
        private final Map<List<Object>, Long> lastNanos = new ConcurrentHashMap<>();

        /**
         * The groups' indices longest first, by their time in the call before (a group not seen yet
         * counts as the longest, in the given order): the solver batches are sequential, and a map's
         * notional ICBMs, last in a threat set's order, took a call's last items while the other
         * thread waited. The order changes only which thread solves a group and when, never an
         * answer (each group's solver batch is its own, its flights stored by key).
         */
        int[] longestFirst(List<List<Object>> groupKeys) {
            long[] known = new long[groupKeys.size()];
            for (int i = 0; i < known.length; i++) {
                known[i] = lastNanos.getOrDefault(groupKeys.get(i), Long.MAX_VALUE);
            }
            return java.util.stream.IntStream.range(0, known.length).boxed()
                    .sorted(java.util.Comparator.<Integer>comparingLong(i -> -known[i]).thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
        }

        /** Records a group's solving time in the call just made, ns. */
        void solved(List<Object> groupKey, long nanos) {
            lastNanos.put(groupKey, nanos);
        }
    }

    /** Solves every flight of the cases not yet solved. */
    void prepare(List<ThreatCase> cases, Parallel parallel, Progress.Counter counter) {
        prepare(cases, parallel, counter, null);
    }

    /**
     * Solves every flight of the cases not yet solved, each group by its solver batch in batches,
     * which carries the group's shared work over from the calls before (null: a new solver batch for
     * each group, whose answers then depend only on this call's cases).
     */
    void prepare(List<ThreatCase> cases, Parallel parallel, Progress.Counter counter, Batches batches) {
        // Each group's targets in the order of their first case, once each (a set that keeps its order:
        // a list's contains made this serial loop quadratic in a group's targets).
        Map<List<Object>, java.util.LinkedHashSet<Key>> groups = new LinkedHashMap<>();
        for (ThreatCase c : cases) {
            Key k = Key.of(c);
            if (!solved.containsKey(k)) {
                groups.computeIfAbsent(List.of(k.launch(), k.missile(), k.shape()), x -> new java.util.LinkedHashSet<>())
                        .add(k);
            }
        }
        List<List<Object>> groupKeys = new ArrayList<>(groups.keySet());
        List<List<Key>> work = new ArrayList<>(groups.size());
        for (java.util.LinkedHashSet<Key> g : groups.values()) {
            work.add(new ArrayList<>(g));
        }
        counter.addTotal(work.stream().mapToInt(List::size).sum());
        int[] schedule = batches == null ? java.util.stream.IntStream.range(0, work.size()).toArray()
                : batches.longestFirst(groupKeys);
        parallel.forEach(work.size(), j -> {
            int i = schedule[j];
            long start = System.nanoTime();
            List<Key> group = work.get(i);
            Key first = group.get(0);
            TrajectorySolver.Batch batch = batches == null ? newBatch(first)
                    : batches.byGroup.computeIfAbsent(groupKeys.get(i), k -> newBatch(first));
            List<GeodeticPoint> targets = group.stream().map(Key::target).toList();
            List<TargetingResult> results = batch.solveAll(targets);
            for (int k = 0; k < group.size(); k++) {
                solved.put(group.get(k), flight(results.get(k)));
            }
            counter.add(group.size());
            if (batches != null) {
                batches.solved(groupKeys.get(i), System.nanoTime() - start);
            }
        });
    }

    private TrajectorySolver.Batch newBatch(Key first) {
        return new TrajectorySolver(new NativeFlightEngine(earth, first.missile(), settings)).batch(first.launch(),
                first.shape());
    }

    /** A solved flight ({@link #prepare} first). */
    Flight get(ThreatCase c) {
        Flight f = solved.get(Key.of(c));
        if (f == null) {
            throw new IllegalStateException("flight not prepared: " + c);
        }
        return f;
    }

    /** Forgets the flights of the cases (a streaming map flies each once), returning those forgotten. */
    List<Flight> forget(List<ThreatCase> cases) {
        List<Flight> out = new ArrayList<>();
        for (ThreatCase c : cases) {
            Flight f = solved.remove(Key.of(c));
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private Flight flight(TargetingResult r) {
        if (r instanceof TargetingResult.Reached reached) {
            Trajectory t = reached.trajectory();
            return new Flight("", decimate(t), ThreatTrack.of(t, earth), TargetPath.of(t, earth));
        }
        return new Flight(((TargetingResult.Unreachable) r).reason(), null, null, null);
    }

    /** The trajectory with samples every {@link #DISPLAY_INTERVAL_S} and the last one. */
    static Trajectory decimate(Trajectory t) {
        List<TrajectorySample> all = t.samples();
        List<TrajectorySample> out = new ArrayList<>();
        double next = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < all.size(); i++) {
            TrajectorySample s = all.get(i);
            if (s.tS() >= next - 1e-9 || i == all.size() - 1) {
                out.add(s);
                next = s.tS() + DISPLAY_INTERVAL_S;
            }
        }
        return new Trajectory(t.launch(), t.impact(), t.launchAzimuthRad(), t.pitchOverRad(), t.burnoutTimeS(),
                t.burnoutSpeedMps(), t.burnoutAltitudeM(), t.burnoutFlightPathAngleRad(), t.apogeeAltitudeM(),
                t.apogeeTimeS(), t.flightTimeS(), t.groundRangeM(), t.events(), out);
    }
}
