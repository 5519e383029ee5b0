package org.plumbline.core.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.core.geography.CellUnion;
import org.plumbline.core.geography.City;
import org.plumbline.core.geography.Region;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatCase;

import static org.plumbline.core.math.Checks.checkInRange;

/**
 * The defended area of a grid threat set at the nominal inputs: every grid cell with its status, in
 * expansion order (rows north to south, west to east within a row). A cell is <em>threatened</em>
 * when some threat of the set reaches it and <em>defended</em> when every threat that reaches it is
 * engageable by a counted site (the rule of the defended fractions, docs/assessment.md).
 *
 * <p>The lattice is the one {@code ThreatExpansion} samples: row {@code i} at latitude
 * {@code i × spacing}, column {@code j} of that row at longitude {@code j × spacing / cos(latitude)};
 * a cell is the latitude-longitude rectangle centred there, spacing high and spacing / cos(latitude)
 * wide, so that cells of neighbouring rows do not line up. Its weight is its area on the
 * 6,371 km sphere, spacing² R² (the rectangle's exact area is smaller by a factor
 * 2 sin(spacing / 2) / spacing, 1 - 8 × 10<sup>-7</sup> at 0.25°).
 *
 * <p>A footprint derived from a full assessment ({@link #of}) has every cell evaluated; one from a
 * {@link FootprintSurvey} with a refinement factor above 1 has some cells <em>inferred</em> from the
 * evaluated points around them, cells or points just outside the region (their status is the
 * neighbours' common status, their threat counts those of one neighbour); see there for the
 * resolution this gives.
 *
 * @param threatSetId    the grid threat set
 * @param spacingRad     the lattice spacing along meridians, rad (cells are spacing high and
 *                       spacing / cos(latitude) wide), {@link TargetSet.Grid#MIN_SPACING_RAD} to
 *                       {@link TargetSet.Grid#MAX_SPACING_RAD}
 * @param cells          the cells
 * @param refineFactor   the coarse lattice's spacing over this one's (a power of 2, 1 to
 *                       {@link FootprintSurvey#MAX_REFINE_FACTOR}); 1 when every cell was evaluated
 * @param outsidePoints  lattice points outside the region evaluated to follow status changes along
 *                       its edge (not cells of the map; see {@link FootprintSurvey}); 0 when the
 *                       refinement used the side rule alone (or inferred every point outside)
 */
public record Footprint(String threatSetId, double spacingRad, List<Cell> cells, int refineFactor,
                        int outsidePoints) {
    /** What a cell is. */
    public enum Status {
        DEFENDED("defended"), UNDEFENDED("undefended"), NOT_THREATENED("not-threatened");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One cell.
     *
     * @param latitudeRad  centre latitude
     * @param longitudeRad centre longitude
     * @param areaM2       area on the R = 6,371 km sphere
     * @param status       its status
     * @param threats      reachable threats aimed at it
     * @param engageable   of those, the engageable ones
     * @param evaluated    whether its threats were flown and evaluated (false: inferred from its
     *                     neighbours, with one neighbour's counts)
     */
    public record Cell(double latitudeRad, double longitudeRad, double areaM2, Status status, int threats,
                       int engageable, boolean evaluated) {
        /** An evaluated cell. */
        public Cell(double latitudeRad, double longitudeRad, double areaM2, Status status, int threats,
                    int engageable) {
            this(latitudeRad, longitudeRad, areaM2, status, threats, engageable, true);
        }

        /** This cell, evaluated or inferred. */
        public Cell withEvaluated(boolean e) {
            return new Cell(latitudeRad, longitudeRad, areaM2, status, threats, engageable, e);
        }
    }

    public Footprint {
        checkInRange("spacingRad", spacingRad, "rad", TargetSet.Grid.MIN_SPACING_RAD,
                TargetSet.Grid.MAX_SPACING_RAD);
        if (refineFactor < 1 || refineFactor > FootprintSurvey.MAX_REFINE_FACTOR
                || Integer.bitCount(refineFactor) != 1) {
            throw new IllegalArgumentException("refineFactor = " + refineFactor + " is not a power of 2 in [1, "
                    + FootprintSurvey.MAX_REFINE_FACTOR + "]");
        }
        if (outsidePoints < 0 || refineFactor == 1 && outsidePoints != 0) {
            throw new IllegalArgumentException("outsidePoints = " + outsidePoints + " with refineFactor = "
                    + refineFactor);
        }
        cells = List.copyOf(cells);
    }

    /** A footprint whose refinement evaluated no point outside the region. */
    public Footprint(String threatSetId, double spacingRad, List<Cell> cells, int refineFactor) {
        this(threatSetId, spacingRad, cells, refineFactor, 0);
    }

    /** A footprint with every cell evaluated. */
    public Footprint(String threatSetId, double spacingRad, List<Cell> cells) {
        this(threatSetId, spacingRad, cells, 1);
    }

    /** Number of evaluated cells (the others were inferred). */
    public int evaluatedCells() {
        int n = 0;
        for (Cell c : cells) {
            n += c.evaluated() ? 1 : 0;
        }
        return n;
    }

    /**
     * The footprint of a grid threat set of an assessed scenario, every site counted (the threats of
     * other sets are ignored).
     */
    public static Footprint of(ScenarioAssessment a, String threatSetId, double spacingRad) {
        return of(a, threatSetId, spacingRad, Set.of());
    }

    /**
     * The footprint of a grid threat set of an assessed scenario, counting the sites of the given
     * systems (all sites when empty), as a criterion with those systems counts them.
     */
    public static Footprint of(ScenarioAssessment a, String threatSetId, double spacingRad, Set<String> systemIds) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, ThreatCase> where = new LinkedHashMap<>();
        for (ThreatOutcome t : a.threats()) {
            if (!t.threat().threatSetId().equals(threatSetId)) {
                continue;
            }
            int[] c = counts.computeIfAbsent(t.threat().targetId(), k -> new int[2]);
            where.putIfAbsent(t.threat().targetId(), t.threat());
            if (t.reachable()) {
                c[0]++;
                c[1] += engaged(t, systemIds) ? 1 : 0;
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            ThreatCase tc = where.get(e.getKey());
            int[] c = e.getValue();
            Status s = c[0] == 0 ? Status.NOT_THREATENED : c[1] == c[0] ? Status.DEFENDED : Status.UNDEFENDED;
            cells.add(new Cell(tc.target().latitudeRad(), tc.target().longitudeRad(), tc.weight(), s, c[0], c[1]));
        }
        return new Footprint(threatSetId, spacingRad, cells);
    }

    /** Whether a counted site (of the systems; every site when empty) has a feasible intercept. */
    static boolean engaged(ThreatOutcome t, Set<String> systemIds) {
        for (SiteOutcome s : t.sites()) {
            if (s.feasible() && CountedSystems.counts(systemIds, s.systemId())) {
                return true;
            }
        }
        return false;
    }

    /** Total area of the cells with a status, m^2. */
    public double areaM2(Status status) {
        double a = 0;
        for (Cell c : cells) {
            if (c.status() == status) {
                a += c.areaM2();
            }
        }
        return a;
    }

    /** Number of cells with a status. */
    public int count(Status status) {
        int n = 0;
        for (Cell c : cells) {
            n += c.status() == status ? 1 : 0;
        }
        return n;
    }

    /** Defended area over threatened area (0 when nothing is threatened). */
    public double defendedFraction() {
        double d = areaM2(Status.DEFENDED);
        double t = d + areaM2(Status.UNDEFENDED);
        return t == 0 ? 0.0 : d / t;
    }

    // ------------------------------------------------------------------ lattice

    /** The lattice row of a cell: its latitude over the spacing, rounded. */
    public long row(Cell c) {
        return Math.round(c.latitudeRad() / spacingRad);
    }

    /** The width of the cells of a lattice row, rad of longitude. */
    public double columnWidthRad(long row) {
        // StrictMath: the contour coordinates written from it must not depend on the JVM's intrinsics.
        return spacingRad / StrictMath.cos(row * spacingRad);
    }

    /** The lattice column of a cell within its row: its longitude over the row's cell width, rounded. */
    public long column(Cell c) {
        return Math.round(c.longitudeRad() / columnWidthRad(row(c)));
    }

    // ------------------------------------------------------------------ contours

    /**
     * The cells of some statuses as rows of integer intervals for {@link CellUnion}: coordinates in
     * units of one turn / unitsPerTurn, every cell edge rounded to the nearest unit (computed from
     * its lattice index, so that neighbouring cells share the rounded edge exactly). A cell that
     * crosses the antimeridian (±unitsPerTurn / 2) is cut there and its far part wrapped to the other
     * side; where the wrapped part overlaps a cell on that side, the union counts the overlap once.
     *
     * @param statuses      the statuses whose cells to join
     * @param unitsPerTurn  units in 360°, even, at least 4 (the report uses 36,000,000: 10<sup>-5</sup>°)
     */
    public List<CellUnion.Row> rows(Set<Status> statuses, long unitsPerTurn) {
        if (unitsPerTurn < 4 || unitsPerTurn % 2 != 0) {
            throw new IllegalArgumentException("unitsPerTurn = " + unitsPerTurn + " is not an even number >= 4");
        }
        double unitRad = 2 * Math.PI / unitsPerTurn;
        long half = unitsPerTurn / 2;
        Map<Long, List<long[]>> byRow = new LinkedHashMap<>();
        for (Cell c : cells) {
            if (!statuses.contains(c.status())) {
                continue;
            }
            long r = row(c);
            long col = column(c);
            double w = columnWidthRad(r);
            long west = Math.round((col - 0.5) * w / unitRad);
            long east = Math.round((col + 0.5) * w / unitRad);
            List<long[]> iv = byRow.computeIfAbsent(r, k -> new ArrayList<>());
            if (west < -half) {
                iv.add(new long[] {west + 2 * half, half});
                iv.add(new long[] {-half, east});
            } else if (east > half) {
                iv.add(new long[] {west, half});
                iv.add(new long[] {-half, east - 2 * half});
            } else {
                iv.add(new long[] {west, east});
            }
        }
        List<CellUnion.Row> rows = new ArrayList<>(byRow.size());
        for (Map.Entry<Long, List<long[]>> e : byRow.entrySet()) {
            long r = e.getKey();
            long south = Math.round((r - 0.5) * spacingRad / unitRad);
            long north = Math.round((r + 0.5) * spacingRad / unitRad);
            rows.add(new CellUnion.Row(south, north, e.getValue()));
        }
        return rows;
    }

    /** The cells of some statuses as polygons with holes; see {@link #rows} and {@link CellUnion}. */
    public List<CellUnion.Polygon> contours(Set<Status> statuses, long unitsPerTurn) {
        return CellUnion.of(rows(statuses, unitsPerTurn));
    }

    // ------------------------------------------------------------------ population

    /**
     * The population of a region's cities by the status of the footprint cell each lies in.
     *
     * @param defended      population in defended cells
     * @param undefended    population in undefended cells
     * @param notThreatened population in cells no missile reaches
     * @param unassigned    population of cities of the region with no cell of the footprint within
     *                      one cell (not counted in the fractions)
     * @param cities        number of cities of the region counted (assigned or not)
     */
    public record Population(double defended, double undefended, double notThreatened, double unassigned,
                             int cities) {
        /** Defended population over threatened population (0 when none is threatened). */
        public double defendedFraction() {
            double t = defended + undefended;
            return t == 0 ? 0.0 : defended / t;
        }
    }

    /**
     * The population of the cities inside the region (at least minPopulation) by the status of their
     * cell: a city takes the status of the lattice cell whose rectangle contains it; when that
     * cell is not in the footprint (its centre lies outside the region, as on many coasts), of the
     * nearest footprint cell among the 3 × 3 lattice neighbours (distance between centres on the
     * sphere, by the equirectangular approximation; ties to the first in lattice order); otherwise it
     * is unassigned (so is a city within a cell of the antimeridian whose cell lies across it:
     * longitudes are not wrapped here). This is the rule of the defended-population fraction (a city is defended when
     * every missile that reaches it is engageable) with each city standing for the trajectories
     * to its cell.
     */
    public Population population(List<City> cities, Region region, long minPopulation) {
        Map<List<Long>, Cell> at = new HashMap<>();
        for (Cell c : cells) {
            at.put(List.of(row(c), column(c)), c);
        }
        double[] sum = new double[Status.values().length];
        double unassigned = 0;
        int n = 0;
        for (City city : cities) {
            double lat = city.position().latitudeRad();
            double lon = city.position().longitudeRad();
            if (city.population() < minPopulation || !region.contains(lat, lon)) {
                continue;
            }
            n++;
            Cell c = cellOf(at, lat, lon);
            if (c == null) {
                unassigned += city.population();
            } else {
                sum[c.status().ordinal()] += city.population();
            }
        }
        return new Population(sum[Status.DEFENDED.ordinal()], sum[Status.UNDEFENDED.ordinal()],
                sum[Status.NOT_THREATENED.ordinal()], unassigned, n);
    }

    private Cell cellOf(Map<List<Long>, Cell> at, double lat, double lon) {
        long r = Math.round(lat / spacingRad);
        Cell own = at.get(List.of(r, Math.round(lon / columnWidthRad(r))));
        if (own != null) {
            return own;
        }
        Cell best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (long dr = 1; dr >= -1; dr--) {
            long rr = r + dr;
            long centre = Math.round(lon / columnWidthRad(rr));
            for (long col = centre - 1; col <= centre + 1; col++) {
                Cell c = at.get(List.of(rr, col));
                if (c == null) {
                    continue;
                }
                double dLat = c.latitudeRad() - lat;
                double dLon = (c.longitudeRad() - lon) * Math.cos(0.5 * (c.latitudeRad() + lat));
                double d = dLat * dLat + dLon * dLon;
                if (d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
        }
        return best;
    }
}
