package org.plumbline.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.plumbline.core.assessment.CriterionResult;
import org.plumbline.core.assessment.Footprint;
import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.geography.CellUnion;
import org.plumbline.core.geography.Region;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.TargetSet;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.io.Geography;

/**
 * The defended-area map of one grid threat set of an assessed scenario, as the report files show it:
 * the cells with their status, their contours (the exact union of the cells of each status,
 * {@link CellUnion}, at the GeoJSON precision of 10<sup>-5</sup>°) and the population of the grid's
 * region by the status of each city's cell.
 *
 * <p>A scenario has one map per distinct (grid threat set, counted systems) of its
 * {@code defended-area-fraction} criteria whose threat set targets a grid; scenarios without such a
 * criterion have none (and their report files do not change).
 *
 * @param threatSetId the grid threat set
 * @param regionId    the grid's region
 * @param systemIds   the counted systems, sorted (empty: every system)
 * @param footprint   the cells
 * @param population  the region's cities of at least {@link #MIN_POPULATION} by the status of their cell
 * @param surveyed    whether the map was computed by a {@link org.plumbline.core.assessment.FootprintSurvey}
 *                    (evaluated and inferred cells, no threats kept) rather than derived from a full
 *                    assessment's threats
 */
public record DefendedAreaMap(String threatSetId, String regionId, List<String> systemIds, Footprint footprint,
                              Footprint.Population population, boolean surveyed) {
    /**
     * Cities counted in the population share: at least 100,000 inhabitants, as in the built-in
     * declared-purpose criterion.
     */
    public static final long MIN_POPULATION = 100_000;
    /** Units of a full turn of the contours' integer coordinates: 10^-5 degree, the GeoJSON precision. */
    public static final long UNITS_PER_TURN = 36_000_000L;

    public DefendedAreaMap {
        systemIds = List.copyOf(systemIds);
    }

    /** A map derived from a full assessment's threats. */
    public DefendedAreaMap(String threatSetId, String regionId, List<String> systemIds, Footprint footprint,
                           Footprint.Population population) {
        this(threatSetId, regionId, systemIds, footprint, population, false);
    }

    /** The maps of a scenario, in criterion order (none when no criterion asks for a defended area of a grid). */
    public static List<DefendedAreaMap> of(ScenarioAssessment a, Geography geography) {
        return of(a, () -> geography);
    }

    /** The same, asking for the geography only when the scenario has a map. */
    public static List<DefendedAreaMap> of(ScenarioAssessment a, java.util.function.Supplier<Geography> geo) {
        List<DefendedAreaMap> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (CriterionResult c : a.criteria()) {
            Criterion cr = c.criterion();
            if (cr.metric() != Criterion.Metric.DEFENDED_AREA_FRACTION) {
                continue;
            }
            ThreatSet set = a.scenario().threatSets().stream().filter(t -> t.id().equals(cr.threatSetId()))
                    .findFirst().orElse(null);
            if (set == null || !(set.targets() instanceof TargetSet.Grid grid)) {
                continue;
            }
            List<String> systems = new ArrayList<>(new TreeSet<>(cr.systemIds()));
            if (!seen.add(set.id() + "|" + systems)) {
                continue;
            }
            Footprint surveyed = a.footprint(set.id()).orElse(null);
            Footprint f = surveyed != null ? surveyed : Footprint.of(a, set.id(), grid.spacingRad(), Set.copyOf(systems));
            Geography geography = geo.get();
            Region region = geography.region(grid.regionId()).orElse(null);
            Footprint.Population p = region == null ? new Footprint.Population(0, 0, 0, 0, 0)
                    : f.population(geography.cities(), region, MIN_POPULATION);
            out.add(new DefendedAreaMap(set.id(), grid.regionId(), systems, f, p, surveyed != null));
        }
        return out;
    }

    /** The contours of the cells of one status. */
    public List<CellUnion.Polygon> contours(Footprint.Status status) {
        return footprint.contours(EnumSet.of(status), UNITS_PER_TURN);
    }

    /** Radians per unit of the contours' coordinates. */
    static double radiansPerUnit() {
        return 2 * Math.PI / UNITS_PER_TURN;
    }

    /** A contour coordinate in degrees, as written: units / 10^5 to 5 decimals. */
    static String degrees(long units) {
        return org.plumbline.io.JsonWriter.format(units / 1e5, GeoJson.DECIMALS);
    }

    /**
     * The cells as run-length rows, north to south (the raster of {@code report.json}): each row is
     * {row, first column, runs}, where the runs are counts and codes, {@code d} defended,
     * {@code u} undefended, {@code n} not threatened, {@code .} a lattice point of the row outside the
     * region (between two cells of the footprint).
     */
    public List<RasterRow> raster() {
        List<RasterRow> rows = new ArrayList<>();
        long row = Long.MIN_VALUE;
        long first = 0;
        long next = 0;
        StringBuilder runs = null;
        char code = 0;
        int count = 0;
        for (Footprint.Cell c : footprint.cells()) {
            long r = footprint.row(c);
            long col = footprint.column(c);
            if (r != row) {
                if (runs != null) {
                    runs.append(count).append(code);
                    rows.add(new RasterRow(row, first, runs.toString()));
                }
                row = r;
                first = col;
                next = col;
                runs = new StringBuilder();
                code = 0;
                count = 0;
            }
            if (col > next) {
                if (count > 0) {
                    runs.append(count).append(code);
                }
                code = '.';
                count = (int) (col - next);
            }
            char k = code(c.status());
            if (k == code) {
                count++;
            } else {
                if (count > 0) {
                    runs.append(count).append(code);
                }
                code = k;
                count = 1;
            }
            next = col + 1;
        }
        if (runs != null) {
            runs.append(count).append(code);
            rows.add(new RasterRow(row, first, runs.toString()));
        }
        return rows;
    }

    private static char code(Footprint.Status s) {
        return switch (s) {
            case DEFENDED -> 'd';
            case UNDEFENDED -> 'u';
            case NOT_THREATENED -> 'n';
        };
    }

    /**
     * One raster row.
     *
     * @param row         lattice row: latitude = row × spacing
     * @param firstColumn first column: longitude = column × spacing / cos(latitude)
     * @param runs        run-length codes, e.g. {@code "12d3u2.5n"}
     */
    public record RasterRow(long row, long firstColumn, String runs) {
    }
}
