package org.plumbline.bench;

import java.util.List;
import java.util.Locale;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Ellipsoid;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.Geodesy;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySample;
import org.plumbline.core.trajectory.TrajectorySolver;
import org.plumbline.io.InputException;
import org.plumbline.io.MissileSpecs;

/**
 * How far a trajectory interpolated from a table of solved ones lies from the trajectory solved
 * directly: the measurement behind docs/performance.md, "Interpolated trajectories, a first
 * measurement" (the defended-area maps' possible fast path; nothing in Plumbline interpolates yet).
 *
 * <p>From Semnan, minimum-energy solves at the four corners of a table cell (bearing b, b + db;
 * range r, r + dr) and at its centre, samples every second. The centre's track is compared every
 * second with the corners' positions (Earth-fixed Cartesian) averaged at the same fraction of each
 * corner's flight time, each track read between its samples by straight lines. Printed per cell
 * size: the largest distance above 100 km and over the whole flight, and the error of the averaged
 * flight time.
 *
 * <pre>
 * mvn -o -q package -pl bench -am -DskipTests
 * java -cp bench/target/benchmarks.jar org.plumbline.bench.InterpolationError iran-icbm-liquid -55 3000
 * </pre>
 * Arguments: a catalog missile, the cell's first bearing (deg) and range (km).
 */
public final class InterpolationError {
    private static final GeodeticPoint SEMNAN = GeodeticPoint.ofDegrees(35.235, 53.921);
    /** Cell sizes: bearing (deg) and range (km). */
    private static final double[][] CELLS = {{0.25, 25}, {0.5, 50}, {1, 100}, {2, 200}};

    private InterpolationError() {
    }

    public static void main(String[] args) {
        FlightSettings d = FlightSettings.DEFAULT;
        FlightSettings everySecond = new FlightSettings(d.atmosphere(), d.coast(), d.boostStepS(), d.reentryStepS(),
                d.coastStepS(), d.atmosphereInterfaceM(), 1.0);
        Missile missile;
        double bearingRad;
        double rangeM;
        try {
            if (args.length != 3) {
                throw new IllegalArgumentException("expected 3 arguments, found " + args.length);
            }
            missile = MissileSpecs.resolve(args[0], everySecond);
            bearingRad = Math.toRadians(Double.parseDouble(args[1]));
            rangeM = Double.parseDouble(args[2]) * 1000.0;
        } catch (InputException | IllegalArgumentException e) {
            System.err.println("InterpolationError: " + e.getMessage()
                    + "\nusage: InterpolationError MISSILE BEARING_DEG RANGE_KM (a catalog missile id, numbers)");
            System.exit(2);
            return;
        }
        try {
            measure(args[0], new TrajectorySolver(new NativeFlightEngine(EarthModel.WGS84, missile, everySecond)),
                    bearingRad, rangeM);
        } catch (IllegalArgumentException e) {
            System.err.println("InterpolationError: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Prints the errors for each cell size; IllegalArgumentException when a target is not reached. */
    private static void measure(String name, TrajectorySolver solver, double bearingRad, double rangeM) {
        Geodesy geodesy = new Geodesy(EarthModel.WGS84);
        Ellipsoid ellipsoid = new Ellipsoid(EarthModel.WGS84);
        for (double[] cell : CELLS) {
            double db = Math.toRadians(cell[0]);
            double dr = cell[1] * 1000.0;
            Trajectory[] corners = new Trajectory[4];
            for (int k = 0; k < 4; k++) {
                corners[k] = solve(solver, geodesy.destination(SEMNAN, bearingRad + (k / 2) * db, rangeM + (k % 2) * dr));
            }
            Trajectory centre = solve(solver, geodesy.destination(SEMNAN, bearingRad + db / 2, rangeM + dr / 2));
            double flightS = 0;
            for (Trajectory c : corners) {
                flightS += 0.25 * c.flightTimeS();
            }
            double worst = 0;
            double worstAbove100Km = 0;
            for (double t = 0; t <= centre.flightTimeS(); t += 1.0) {
                double fraction = t / centre.flightTimeS();
                double[] mean = new double[3];
                for (Trajectory c : corners) {
                    double[] p = position(c, fraction * c.flightTimeS(), ellipsoid);
                    for (int i = 0; i < 3; i++) {
                        mean[i] += 0.25 * p[i];
                    }
                }
                double[] truth = position(centre, t, ellipsoid);
                double e = Math.sqrt(square(mean[0] - truth[0]) + square(mean[1] - truth[1]) + square(mean[2] - truth[2]));
                worst = Math.max(worst, e);
                if (ellipsoid.altitudeM(truth[0], truth[1], truth[2]) > 100_000.0) {
                    worstAbove100Km = Math.max(worstAbove100Km, e);
                }
            }
            System.out.printf(Locale.ROOT, "%s, cell %.2f deg x %.0f km: above 100 km %.0f m, whole flight %.0f m, "
                    + "flight time %.2f s off (%.1f s)%n", name, cell[0], cell[1], worstAbove100Km, worst,
                    flightS - centre.flightTimeS(), centre.flightTimeS());
        }
    }

    private static Trajectory solve(TrajectorySolver solver, GeodeticPoint target) {
        TargetingResult r = solver.solve(SEMNAN, target, Shape.MINIMUM_ENERGY);
        if (!(r instanceof TargetingResult.Reached reached)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "not reached: %.4f N %.4f E (%s)",
                    target.latitudeDeg(), target.longitudeDeg(), r));
        }
        return reached.trajectory();
    }

    /** Earth-fixed position (m) at time tS, by straight lines between the samples. */
    private static double[] position(Trajectory trajectory, double tS, Ellipsoid ellipsoid) {
        List<TrajectorySample> s = trajectory.samples();
        int lo = 0;
        int hi = s.size() - 1;
        tS = Math.max(s.get(lo).tS(), Math.min(s.get(hi).tS(), tS));
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (s.get(mid).tS() <= tS) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double[] a = cartesian(s.get(lo), ellipsoid);
        double[] b = cartesian(s.get(hi), ellipsoid);
        double w = hi == lo ? 0.0 : (tS - s.get(lo).tS()) / (s.get(hi).tS() - s.get(lo).tS());
        return new double[] {a[0] + w * (b[0] - a[0]), a[1] + w * (b[1] - a[1]), a[2] + w * (b[2] - a[2])};
    }

    private static double[] cartesian(TrajectorySample sample, Ellipsoid ellipsoid) {
        double[] out = new double[3];
        ellipsoid.toCartesian(sample.latitudeRad(), sample.longitudeRad(), sample.altitudeM(), out);
        return out;
    }

    private static double square(double x) {
        return x * x;
    }
}
