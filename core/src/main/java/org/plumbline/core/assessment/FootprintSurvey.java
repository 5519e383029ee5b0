package org.plumbline.core.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatCase;
import org.plumbline.core.scenario.ThreatExpansion;
import org.plumbline.core.scenario.ThreatSet;

/**
 * The defended-area map of a grid threat set, evaluated on fewer cells than the grid has and without
 * keeping any flight: the fast path of {@code plumbline footprint}.
 *
 * <h2>Refinement near the boundary</h2>
 * With a refinement factor F (a power of 2), the lattice of the grid (see {@link Footprint}: row
 * {@code r} at latitude {@code r × s}, column {@code c} at longitude {@code c × s / cos(latitude)}) is
 * sampled in levels. The level-h points are the grid cells whose row and column are both multiples of
 * h; they form a lattice of about h × s spacing, and each level contains the coarser ones.
 * <ol>
 * <li>Every level-F point is evaluated (its threats flown and evaluated against every site).</li>
 * <li>For h = F/2, F/4, ..., 1, every level-h point that is not a level-2h point looks at its
 *     neighbours of level H = 2h: the level-H points in the rows that are multiples of H within H rows
 *     of its own (two rows, or three when its own row is one of them), and in each such row the
 *     level-H columns within H columns of its longitude <em>measured in that row's own column
 *     width</em> (two or three). The rows of the lattice do not line up (a row's column width is
 *     s / cos(latitude)), so the neighbours are chosen by position, not by index: between one and nine
 *     of them, all within about 1.5 × H × s on the ground. When every such neighbour that exists (the
 *     others are not among the points decided: see the region's edge below) has the same status at
 *     the nominal inputs <em>and</em> at both corners, and the point has a neighbour on each side
 *     (north, south, east and west, its own row or column counting for both), it takes that status
 *     without being evaluated (<em>inferred</em>, with the threat counts of the first neighbour, which
 *     may be a point outside the region); otherwise it is evaluated.</li>
 * </ol>
 *
 * <h2>The region's edge</h2>
 * A point at the region's edge has no neighbour of the region on its outer side, and a status change
 * can run along the edge between it and the neighbours it has (a strip of one status along a coast,
 * found in the maps of {@code epaa-phase-3} before the side rule). The side has to be closed one of
 * two ways:
 * <ul>
 * <li><b>the side rule alone</b>: every point without a neighbour on each side is evaluated; or</li>
 * <li><b>points outside the region</b>: the lattice points outside the region that the refinement
 *     looks at (the level-2h neighbours of every level-h point, for h = 1 ... F/2, the points added at
 *     one level included at the next) are decided as the region's cells are: evaluated at level F,
 *     inferred or evaluated below. They close every side but past a pole or the antimeridian (where
 *     the side rule still evaluates), and they are not part of the map: they count in none of its
 *     cells, metrics or evidence.</li>
 * </ul>
 * Both counts that matter are known from the lattice before anything is flown: the edge points the
 * side rule would evaluate, and the outside points of level F, all evaluated (the outside points
 * below are mostly inferred: about 85 % in the maps of {@code epaa-phase-3}). The survey takes the
 * outside points when those of level F are fewer than half the edge points, as on fine grids: NATO
 * Europe at 0.1 deg (F = 8) has 2,452 edge points against 831 outside points of level F, and at
 * 0.05 deg (F = 16) 6,051 against 880; at 0.25 deg (F = 4) 731 against 535, and the side rule is
 * used.
 * Each level's decisions depend only on the statuses of the coarser level, so the map does not depend
 * on the order of evaluation or the number of threads. With F = 1 every cell is evaluated.
 *
 * <p><b>Resolution.</b> A cell is exact when it is evaluated. An inferred cell can be wrong only when a
 * region of another status passes between its neighbours without touching any of them at some level:
 * an island (or a spit narrower than the coarse spacing) of one status, smaller than about F × s
 * across, that contains no level-F point and touches no cell evaluated near a status change, can be
 * missed, or a boundary that wiggles by more than a cell between evaluated points can be drawn
 * straighter than it is. Boundaries found at any level are followed down to the grid spacing. With
 * the side rule alone, islands of the region itself are not missed: a cell with no neighbour of the
 * coarser level is evaluated; with the points outside the region, an island's cells are decided
 * from the points around it like any other cell.
 *
 * <h2>Streaming</h2>
 * Cells are evaluated in batches of {@link #BATCH_TARGETS} targets in lattice order; a batch's flights
 * are solved together (sharing work between neighbouring targets as in a full assessment, and with the
 * azimuth nodes and warm starts of the batches before it: {@code TrajectorySolver.Batch}), evaluated
 * at the nominal inputs and both corners, reduced to per-cell counts, and forgotten: memory is that
 * of the cells plus one batch of flights, plus each solver batch's azimuth nodes (a few hundred
 * powered flights per launch point and missile, whatever the number of cells) and its warm-start
 * offsets (four numbers per target reached). The result holds no threat outcomes; its footprint is in
 * {@link ScenarioAssessment#footprints()}.
 *
 * <p>Evaluated cells are evaluated as in a full assessment ({@link Assessor#assess}) of the same
 * scenario: the same timelines and windows of flights that are the full assessment's within the
 * solver's tolerances (solved in other lists: {@code TrajectorySolver.solveAll}), and in the tests the
 * same statuses and counts cell by cell ({@code FootprintSurveyTest}).
 */
public final class FootprintSurvey {
    /** The largest refinement factor: a coarse lattice 64 times the spacing. */
    public static final int MAX_REFINE_FACTOR = 64;
    /**
     * Targets flown and evaluated together. A reachable flight's engagement arrays take about
     * 0.25 MB while its batch runs; 64 targets of seven missiles, about half of them reachable,
     * take about 60 MB. The solver's batches (azimuth nodes, warm-start offsets) carry over from one
     * batch of targets to the next, but the size still reaches the solver: each call orders its own
     * targets, and a call with few targets for its azimuth nodes cold-solves an orbit-capable
     * missile's (TrajectorySolver.Fan.order), so flights may differ in their last digits. The map
     * files were byte-identical with 256: at 1, 0.5 and 0.25 deg from Semnan, 0.25 deg from Tabriz,
     * 0.5 deg from Shahroud, 0.1 and 0.05 deg from Semnan. The size sets what is alive at each young
     * collection. With 256 (about 250 MB) every collection copied a batch in flight and promoted
     * much of it into old-generation pages touched for the first time: on this virtual machine the
     * kernel's page clearing alone took 4-6 s of the 0.1 deg map's CPU (async-profiler), and a full
     * collection followed. With 64: 0.9 s of system time instead of 4.4-6.1 s, no full collection,
     * peak RSS 1.0 GB instead of 2.2 GB, 21.5 s instead of 24.3 s (medians of three alternating runs).
     * 16 is too small (one run: 49.7 s of CPU against 38.4-40.9 s for 64: the solvers' work per call).
     */
    static final int BATCH_TARGETS = 64;

    private FootprintSurvey() {
    }

    /**
     * The assessment of a scenario whose one criterion is the defended-area fraction of a grid threat
     * set (as {@code plumbline footprint} builds it), with its map computed by refinement: the
     * criterion's value and corner values are those of the map; the metrics count the threats evaluated;
     * no threat outcome is kept.
     *
     * @param assessor     flies and evaluates (its settings, regions and cities); used for one scenario at
     *                     a time
     * @param scenario     the scenario: exactly one criterion, a {@code defended-area-fraction} of a grid
     *                     threat set without margin parameters
     * @param refineFactor a power of 2 from 1 (every cell evaluated) to {@link #MAX_REFINE_FACTOR}
     * @param progress     receives "trajectories" (flights solved) and "cells" (cells decided)
     */
    public static ScenarioAssessment assess(Assessor assessor, Scenario scenario, int refineFactor,
                                            Progress progress) {
        return assess(assessor, scenario, refineFactor, progress, false);
    }

    /**
     * As {@link #assess(Assessor, Scenario, int, Progress)}; with keepFlights, the flights, radar
     * timelines and engagement windows stay in the assessor instead of being forgotten batch by
     * batch, so that a later map of the same grid threat set (launch areas, missiles, shape, region,
     * spacing) with another defence takes every flight, and every window of a site and track it did
     * not change, from the assessor's caches. That map is the one computed afresh, byte for byte,
     * because the factor is then 1: every cell is flown in the same batches whatever the defence, so
     * the solver batches see the same targets in the same order (at a larger factor the cells
     * evaluated depend on the statuses, and so does the order in which the targets meet the solver,
     * hence IllegalArgumentException for keepFlights with a factor other than 1). The assessor's
     * memory grows with the map's flights, about 0.12 MB per reachable one once the map is done: for
     * small grids, such as the server's.
     */
    public static ScenarioAssessment assess(Assessor assessor, Scenario scenario, int refineFactor,
                                            Progress progress, boolean keepFlights) {
        return survey(assessor, scenario, refineFactor, progress, keepFlights).assessment();
    }

    /** A survey's maps at the nominal inputs and both corners, and the assessment built from them. */
    record Survey(Footprint nominal, Footprint low, Footprint high, ScenarioAssessment assessment) {
    }

    /** Evaluates a batch of threat cases (the seam between the refinement and the physics). */
    @FunctionalInterface
    interface Evaluator {
        List<Assessor.Surveyed> evaluate(List<ThreatCase> cases, Progress.Counter trajectories);
    }

    /** As {@link #assess}, with the corners' maps. */
    static Survey survey(Assessor assessor, Scenario scenario, int refineFactor, Progress progress) {
        return survey(assessor, scenario, refineFactor, progress, false);
    }

    /** As {@link #assess(Assessor, Scenario, int, Progress, boolean)}, with the corners' maps. */
    static Survey survey(Assessor assessor, Scenario scenario, int refineFactor, Progress progress,
                         boolean keepFlights) {
        if (keepFlights && refineFactor != 1) {
            throw new IllegalArgumentException("keepFlights needs refineFactor 1 (every cell flown whatever the "
                    + "defence), found " + refineFactor);
        }
        Set<String> counted = scenario.criteria().isEmpty() ? Set.of()
                : Set.copyOf(scenario.criteria().get(0).systemIds());
        // One solver batch per launch point, missile and shape for the whole map: each batch of
        // targets reuses the azimuth nodes and warm starts of the batches before it.
        Flights.Batches batches = new Flights.Batches();
        return survey(scenario, assessor.regions(), assessor.cities(), refineFactor, progress,
                (cases, trajectories) -> assessor.survey(scenario, cases, counted, trajectories, batches,
                        keepFlights));
    }

    /** As {@link #assess}, with the corners' maps and the threats evaluated by the given function. */
    static Survey survey(Scenario scenario, Map<String, org.plumbline.core.geography.Region> regions,
                         List<org.plumbline.core.geography.City> cities, int refineFactor, Progress progress,
                         Evaluator evaluator) {
        if (refineFactor < 1 || refineFactor > MAX_REFINE_FACTOR || Integer.bitCount(refineFactor) != 1) {
            throw new IllegalArgumentException("refineFactor = " + refineFactor + " is not a power of 2 in [1, "
                    + MAX_REFINE_FACTOR + "]");
        }
        if (scenario.criteria().size() != 1) {
            throw new IllegalArgumentException("a survey needs exactly one criterion, found "
                    + scenario.criteria().size());
        }
        Criterion c = scenario.criteria().get(0);
        ThreatSet set = scenario.threatSets().stream().filter(t -> t.id().equals(c.threatSetId())).findFirst()
                .orElse(null);
        if (c.metric() != Criterion.Metric.DEFENDED_AREA_FRACTION || set == null
                || !(set.targets() instanceof TargetSet.Grid grid) || !c.marginParameters().isEmpty()) {
            throw new IllegalArgumentException("criterion " + c.id() + " is not a defended-area-fraction of a grid "
                    + "threat set without margin parameters");
        }
        if (!c.regionId().isEmpty() && !c.regionId().equals(grid.regionId())) {
            throw new IllegalArgumentException("criterion " + c.id() + " counts region " + c.regionId()
                    + ", not the grid's region " + grid.regionId());
        }
        Run run = new Run(evaluator, regions, cities, scenario, c, set, grid.spacingRad(), refineFactor, progress);
        run.refine(refineFactor);
        return run.result(refineFactor);
    }

    /** One survey: the lattice, the statuses decided so far, the counts of the evaluated threats. */
    private static final class Run {
        private static final byte UNKNOWN = -1;

        final Evaluator evaluator;
        final Scenario scenario;
        final Criterion criterion;
        final ThreatSet set;
        final double spacingRad;
        final Progress.Counter trajectories;
        final Progress.Counter cellCounter;
        final Footprint probe;
        /**
         * The points: first the region's cells in expansion order, then the points outside the region
         * that the refinement needs as neighbours (see {@link #outside}); their first case, and all their
         * cases in expansion order.
         */
        final List<ThreatCase> target = new ArrayList<>();
        final List<List<ThreatCase>> casesOf = new ArrayList<>();
        /** Points {@code k < cells} are the region's cells; the others lie outside it and are not mapped. */
        final int cells;
        final long[] row;
        final long[] col;
        /** The longitude each point's neighbours are looked for around, rad. */
        final double[] lon;
        final Map<Long, Integer> at = new HashMap<>();
        /**
         * Per target: its statuses at the nominal inputs, the low and the high corner, as
         * 9 × nominal + 3 × low + high (ordinals of {@link Footprint.Status}); UNKNOWN until decided.
         */
        final byte[] code;
        final boolean[] evaluated;
        /** Reachable threats, engageable ones at the nominal inputs, at the low and the high corner. */
        final int[] threats;
        final int[][] engaged;
        final String[] siteIds;
        final long[] engageableBySite;
        long cases;
        /** Threats flown to points outside the region (not counted in the map's metrics). */
        long outsideCases;
        long reachable;
        long engageable;
        /** The first evaluated target undefended at the nominal inputs, its first unengaged case and why. */
        int worst = -1;
        String worstCase = "";
        String worstReason = "";

        Run(Evaluator evaluator, Map<String, org.plumbline.core.geography.Region> regions,
            List<org.plumbline.core.geography.City> cities, Scenario scenario, Criterion criterion, ThreatSet set,
            double spacingRad, int f, Progress progress) {
            this.evaluator = evaluator;
            this.scenario = scenario;
            this.criterion = criterion;
            this.set = set;
            this.spacingRad = spacingRad;
            this.trajectories = new Progress.Counter(progress, "trajectories");
            this.cellCounter = new Progress.Counter(progress, "cells");
            this.probe = new Footprint(set.id(), spacingRad, List.of());
            Map<String, Integer> index = new LinkedHashMap<>();
            for (ThreatCase tc : ThreatExpansion.expand(set, regions, cities)) {
                Integer k = index.get(tc.targetId());
                if (k == null) {
                    k = target.size();
                    index.put(tc.targetId(), k);
                    target.add(tc);
                    casesOf.add(new ArrayList<>());
                }
                casesOf.get(k).add(tc);
            }
            cells = target.size();
            List<long[]> points = new ArrayList<>(cells);
            for (int k = 0; k < cells; k++) {
                ThreatCase tc = target.get(k);
                long r = Math.round(tc.target().latitudeRad() / spacingRad);
                long c = Math.round(tc.target().longitudeRad() / probe.columnWidthRad(r));
                points.add(new long[] {r, c});
                at.put(key(r, c), k);
            }
            int edge = edgePoints(points, f);
            int outsideTop = outside(points, f);
            if (2 * outsideTop >= edge) {
                // Evaluating the region's edge points costs less here than the outside points would:
                // the side rule alone (the class comment).
                for (int k = cells; k < points.size(); k++) {
                    at.remove(key(points.get(k)[0], points.get(k)[1]));
                }
                points.subList(cells, points.size()).clear();
            }
            int n = points.size();
            row = new long[n];
            col = new long[n];
            lon = new double[n];
            for (int k = 0; k < n; k++) {
                row[k] = points.get(k)[0];
                col[k] = points.get(k)[1];
                lon[k] = lonOf(k, row[k], col[k]);
            }
            for (int k = cells; k < n; k++) {
                GeodeticPoint p = new GeodeticPoint(row[k] * spacingRad, lon[k], 0.0);
                String id = String.format(Locale.ROOT, "outside %.4f %.4f", p.latitudeDeg(), p.longitudeDeg());
                List<ThreatCase> cases = new ArrayList<>();
                for (ThreatCase tc : casesOf.get(0)) {
                    cases.add(new ThreatCase(tc.threatSetId(), tc.launchAreaId(), tc.launch(), tc.missile(), tc.shape(),
                            id, p, 0.0));
                }
                target.add(cases.get(0));
                casesOf.add(cases);
            }
            code = new byte[n];
            java.util.Arrays.fill(code, UNKNOWN);
            evaluated = new boolean[n];
            threats = new int[n];
            engaged = new int[3][n];
            List<String> ids = new ArrayList<>();
            for (DefenceSystem sys : scenario.systems()) {
                for (InterceptorSite s : sys.sites()) {
                    ids.add(s.id());
                }
            }
            siteIds = ids.toArray(new String[0]);
            engageableBySite = new long[siteIds.length];
            cellCounter.addTotal(cells);
        }

        /**
         * Adds to the points (row, column) those outside the region that the refinement will look at:
         * for h = 1, 2, ..., F/2, the level-2h neighbours of every level-h point that is not of level 2h,
         * the points added at one level included at the next. The refinement then decides them as it
         * decides the region's cells (evaluated at level F, inferred or evaluated below), so a point at
         * the region's edge has neighbours beyond the edge and a status change that runs along the edge
         * is found between them. Positions without a lattice point are left out (beyond a pole, or past
         * the antimeridian, whose columns the lattice does not join): a point left without a neighbour
         * on some side is evaluated (the side rule).
         */
        private int outside(List<long[]> points, int f) {
            int top = 0;
            for (int h = 1; h < f; h *= 2) {
                int big = 2 * h;
                int size = points.size();
                for (int k = 0; k < size; k++) {
                    long r = points.get(k)[0];
                    long c = points.get(k)[1];
                    if (level(r, c) != h) {
                        continue;
                    }
                    double x = lonOf(k, r, c);
                    for (long[] n : window(r, x, big)) {
                        long key = key(n[0], n[1]);
                        double lat = n[0] * spacingRad;
                        double nLon = n[1] * probe.columnWidthRad(n[0]);
                        if (at.containsKey(key) || Math.cos(lat) < 1e-6 || Math.abs(lat) > 0.5 * Math.PI
                                || Math.abs(nLon) > Math.PI) {
                            continue;
                        }
                        at.put(key, points.size());
                        points.add(n);
                        top += level(n[0], n[1]) >= f ? 1 : 0;
                    }
                }
            }
            return top;
        }

        /**
         * The region's cells of a level below F that have no level-2h cell of the region on some side
         * in their window (see {@link #commonNeighbour}): the points the side rule evaluates whatever the
         * statuses, when no point outside the region is decided.
         */
        private int edgePoints(List<long[]> points, int f) {
            int edge = 0;
            for (int k = 0; k < points.size(); k++) {
                long h = level(points.get(k)[0], points.get(k)[1]);
                long r = points.get(k)[0];
                double x = target.get(k).target().longitudeRad();
                if (h < f && !surrounded(r, x, window(r, x, (int) (2 * h)))) {
                    edge++;
                }
            }
            return edge;
        }

        /** A point's longitude, rad: a cell's target's, or its lattice position's for a point outside. */
        private double lonOf(int k, long r, long c) {
            return k < cells ? target.get(k).target().longitudeRad() : c * probe.columnWidthRad(r);
        }

        /** The largest power of 2 (up to 2^30) dividing both row and column. */
        private static long level(long r, long c) {
            long both = r | c;
            return both == 0 ? 1L << 30 : Math.min(1L << 30, Long.lowestOneBit(both));
        }

        /**
         * The level-{@code big} positions around a point at row r and longitude lonRad (the class
         * comment): the rows that are multiples of big within big rows, in each the columns that are
         * multiples of big within big columns of the longitude in that row's column width.
         */
        private List<long[]> window(long r, double lonRad, int big) {
            List<long[]> out = new ArrayList<>(9);
            for (long rr = Math.floorDiv(r + big, big) * big; rr >= r - big; rr -= big) {
                double x = lonRad / probe.columnWidthRad(rr);
                long lo = (long) Math.ceil((x - big) / big) * big;
                for (long cc = lo; cc <= x + big; cc += big) {
                    out.add(new long[] {rr, cc});
                }
            }
            return out;
        }

        private static long key(long r, long c) {
            return (r << 32) ^ (c & 0xffffffffL);
        }

        /** Evaluates the level-F points, then decides each finer level from the one above. */
        void refine(int f) {
            List<Integer> todo = new ArrayList<>();
            for (int k = 0; k < target.size(); k++) {
                if (Math.floorMod(row[k], f) == 0 && Math.floorMod(col[k], f) == 0) {
                    todo.add(k);
                }
            }
            evaluate(todo);
            for (int h = f / 2; h >= 1; h /= 2) {
                int big = 2 * h;
                todo = new ArrayList<>();
                List<int[]> inferred = new ArrayList<>();
                for (int k = 0; k < target.size(); k++) {
                    if (Math.floorMod(row[k], h) != 0 || Math.floorMod(col[k], h) != 0
                            || Math.floorMod(row[k], big) == 0 && Math.floorMod(col[k], big) == 0) {
                        continue;
                    }
                    int source = commonNeighbour(k, big);
                    if (source < 0) {
                        todo.add(k);
                    } else {
                        inferred.add(new int[] {k, source});
                    }
                }
                int inferredCells = 0;
                for (int[] x : inferred) {
                    int k = x[0];
                    int s = x[1];
                    code[k] = code[s];
                    threats[k] = threats[s];
                    for (int[] e : engaged) {
                        e[k] = e[s];
                    }
                    inferredCells += k < cells ? 1 : 0;
                }
                cellCounter.add(inferredCells);
                evaluate(todo);
            }
        }

        /**
         * The first of the level-{@code big} neighbours of target k when they all have one status
         * triple; -1 when they disagree or there is none (see the class comment).
         */
        private int commonNeighbour(int k, int big) {
            int first = -1;
            List<long[]> around = window(row[k], lon[k], big);
            for (long[] p : around) {
                Integer n = at.get(key(p[0], p[1]));
                if (n == null) {
                    continue;
                }
                if (code[n] == UNKNOWN) {
                    throw new IllegalStateException("level-" + big + " point undecided: row " + p[0] + " column " + p[1]);
                }
                if (first < 0) {
                    first = n;
                } else if (code[n] != code[first]) {
                    return -1;
                }
            }
            // A point without a neighbour on some side (at the region's edge with the side rule alone;
            // with the points outside the region decided too, only past a pole or the antimeridian) is
            // evaluated: a status change can run between it and the neighbours it has.
            return first >= 0 && surrounded(row[k], lon[k], around) ? first : -1;
        }

        /**
         * Whether the points of a window ({@link #window}) around row r and longitude lonRad that exist
         * include one on each side: north, south, east and west (its own row or column counting for both).
         */
        private boolean surrounded(long r, double lonRad, List<long[]> window) {
            boolean north = false;
            boolean south = false;
            boolean east = false;
            boolean west = false;
            for (long[] p : window) {
                if (at.containsKey(key(p[0], p[1]))) {
                    double x = lonRad / probe.columnWidthRad(p[0]);
                    north |= p[0] >= r;
                    south |= p[0] <= r;
                    east |= p[1] >= x;
                    west |= p[1] <= x;
                }
            }
            return north && south && east && west;
        }

        /** Flies and evaluates the points in batches (in lattice order), keeping their counts. */
        private void evaluate(List<Integer> todo) {
            // Lattice order, north to south and west to east, the region's cells and the points outside
            // it together: a batch's targets are neighbours, which the solver's warm starts rely on.
            todo.sort((a, b) -> row[a] != row[b] ? Long.compare(row[b], row[a]) : Long.compare(col[a], col[b]));
            for (int from = 0; from < todo.size(); from += BATCH_TARGETS) {
                List<Integer> batch = todo.subList(from, Math.min(todo.size(), from + BATCH_TARGETS));
                // In expansion order (missile by missile, targets in lattice order), as a full assessment flies them.
                List<ThreatCase> flown = new ArrayList<>();
                List<Integer> owner = new ArrayList<>();
                int perTarget = casesOf.get(batch.get(0)).size();
                for (int m = 0; m < perTarget; m++) {
                    for (int k : batch) {
                        flown.add(casesOf.get(k).get(m));
                        owner.add(k);
                    }
                }
                List<Assessor.Surveyed> out = evaluator.evaluate(flown, trajectories);
                for (int i = 0; i < out.size(); i++) {
                    Assessor.Surveyed s = out.get(i);
                    int k = owner.get(i);
                    if (k >= cells) {
                        outsideCases++;
                    } else {
                        cases++;
                    }
                    if (!s.reachable()) {
                        continue;
                    }
                    threats[k]++;
                    engaged[0][k] += s.nominal() ? 1 : 0;
                    engaged[1][k] += s.low() ? 1 : 0;
                    engaged[2][k] += s.high() ? 1 : 0;
                    if (k >= cells) {
                        continue; // a point outside the region: its status only, not the map's counts
                    }
                    reachable++;
                    boolean any = false;
                    for (int j = 0; j < s.feasible().length; j++) {
                        engageableBySite[j] += s.feasible()[j] ? 1 : 0;
                        any |= s.feasible()[j];
                    }
                    engageable += any ? 1 : 0;
                }
                int batchCells = 0;
                for (int k : batch) {
                    evaluated[k] = true;
                    code[k] = (byte) (9 * status(k, 0).ordinal() + 3 * status(k, 1).ordinal() + status(k, 2).ordinal());
                    batchCells += k < cells ? 1 : 0;
                }
                // The evidence, as a full assessment picks it (every cell weighs the same): the first
                // undefended cell in lattice order (the region's cells are numbered in it), with its first
                // unengaged threat in expansion order.
                for (int b = 0; b < batch.size(); b++) {
                    int k = batch.get(b);
                    if (k >= cells || worst >= 0 && k > worst) {
                        continue;
                    }
                    for (int m = 0; m < perTarget; m++) {
                        Assessor.Surveyed s = out.get(m * batch.size() + b);
                        if (s.reachable() && !s.nominal()) {
                            worst = batch.get(b);
                            worstCase = Assessor.label(casesOf.get(worst).get(m));
                            worstReason = s.reason();
                            break;
                        }
                    }
                }
                cellCounter.add(batchCells);
            }
        }

        /** Points outside the region that were evaluated. */
        private int outsideEvaluated() {
            int n = 0;
            for (int k = cells; k < target.size(); k++) {
                n += evaluated[k] ? 1 : 0;
            }
            return n;
        }

        private Footprint.Status status(int k, int corner) {
            return threats[k] == 0 ? Footprint.Status.NOT_THREATENED : engaged[corner][k] == threats[k]
                    ? Footprint.Status.DEFENDED : Footprint.Status.UNDEFENDED;
        }

        /** The footprint at the nominal inputs (0) or a corner (1 low, 2 high). */
        Footprint footprint(int corner, int f) {
            List<Footprint.Cell> out = new ArrayList<>(cells);
            for (int k = 0; k < cells; k++) {
                ThreatCase tc = target.get(k);
                out.add(new Footprint.Cell(tc.target().latitudeRad(), tc.target().longitudeRad(), tc.weight(),
                        status(k, corner), threats[k], engaged[corner][k], evaluated[k]));
            }
            return new Footprint(set.id(), spacingRad, out, f, outsideEvaluated());
        }

        Survey result(int f) {
            Footprint nominal = footprint(0, f);
            Footprint low = footprint(1, f);
            Footprint high = footprint(2, f);
            double v0 = nominal.defendedFraction();
            double vLow = low.defendedFraction();
            double vHigh = high.defendedFraction();
            boolean h0 = holds(v0);
            boolean same = h0 == holds(vLow) && h0 == holds(vHigh);
            Verdict verdict = !same ? Verdict.INDETERMINATE : h0 ? Verdict.PASS : Verdict.FAIL;
            String statement = statement(nominal, true);
            if (!same) {
                boolean lowDiffers = holds(vLow) != h0;
                statement += "; but at the corner " + (lowDiffers ? "least" : "most") + " favourable to the defence "
                        + "the criterion " + (h0 ? "fails" : "holds") + ": "
                        + statement(lowDiffers ? low : high, false);
            }
            int evaluatedCells = nominal.evaluatedCells();
            int outsideEvaluated = outsideEvaluated();
            statement += String.format(Locale.ROOT, " (%,d of %,d cells evaluated, %s%s)", evaluatedCells,
                    cells, f == 1 ? "every cell" : "the others inferred from evaluated neighbours; coarse "
                            + "lattice " + f + " times the spacing",
                    outsideEvaluated == 0 ? "" : String.format(Locale.ROOT, "; and %,d points outside the region, "
                            + "to follow boundaries along its edge", outsideEvaluated));
            CriterionResult r = new CriterionResult(criterion, verdict, h0, v0, vLow, vHigh, List.of(),
                    new Evidence(statement, -1, ""));
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("criterion." + criterion.id() + ".value", v0);
            String p = "threat-set." + set.id() + ".";
            metrics.put(p + "cases", (double) cases);
            metrics.put(p + "reachable", (double) reachable);
            metrics.put(p + "engageable", (double) engageable);
            if (outsideCases > 0) {
                // Flown to the points outside the region (not counted above).
                metrics.put(p + "outside-cases", (double) outsideCases);
            }
            for (int j = 0; j < siteIds.length; j++) {
                metrics.put(p + "engageable-by." + siteIds[j], (double) engageableBySite[j]);
            }
            return new Survey(nominal, low, high,
                    new ScenarioAssessment(scenario, List.of(r), List.of(), metrics, List.of(nominal)));
        }

        private boolean holds(double value) {
            return Assessor.holds(criterion, value);
        }

        /** As a full assessment words a defended-area fraction (the example only at the nominal inputs). */
        private String statement(Footprint f, boolean example) {
            double total = 0;
            double safe = 0;
            int nThreatened = 0;
            int nDefended = 0;
            for (Footprint.Cell cell : f.cells()) {
                if (cell.status() == Footprint.Status.NOT_THREATENED) {
                    continue;
                }
                total += cell.areaM2();
                nThreatened++;
                if (cell.status() == Footprint.Status.DEFENDED) {
                    safe += cell.areaM2();
                    nDefended++;
                }
            }
            double value = total == 0 ? 0.0 : safe / total;
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "defends %,.0f of %,.0f km2 (%.1f %%) in "
                    + "%d of %d threatened targets", safe * 1e-6, total * 1e-6, 100 * value, nDefended, nThreatened));
            if (example && worst >= 0) {
                b.append(String.format(Locale.ROOT, "; largest undefended: %s (%,.0f km2), e.g. %s: %s",
                        target.get(worst).targetId(), target.get(worst).weight() * 1e-6, worstCase, worstReason));
            }
            return b.toString();
        }
    }
}
