package org.plumbline.core.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.core.scenario.ThreatCase;

/**
 * The defended area of a grid threat set at the nominal inputs: every grid cell with its status, in
 * expansion order (rows north to south, west to east within a row). A cell is <em>threatened</em>
 * when some threat of the set reaches it and <em>defended</em> when every threat that reaches it is
 * engageable (the rule of the defended fractions, docs/assessment.md).
 *
 * @param threatSetId    the grid threat set
 * @param spacingRad     the lattice spacing along meridians, rad (cells are spacing high and
 *                       spacing / cos(latitude) wide)
 * @param cells          the cells
 */
public record Footprint(String threatSetId, double spacingRad, List<Cell> cells) {
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
     */
    public record Cell(double latitudeRad, double longitudeRad, double areaM2, Status status, int threats,
                       int engageable) {
    }

    public Footprint {
        cells = List.copyOf(cells);
    }

    /** The footprint of a grid threat set of an assessed scenario (the threats of other sets are ignored). */
    public static Footprint of(ScenarioAssessment a, String threatSetId, double spacingRad) {
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
                c[1] += t.engageable() ? 1 : 0;
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

    /** Defended area over threatened area (0 when nothing is threatened). */
    public double defendedFraction() {
        double d = areaM2(Status.DEFENDED);
        double t = d + areaM2(Status.UNDEFENDED);
        return t == 0 ? 0.0 : d / t;
    }
}
