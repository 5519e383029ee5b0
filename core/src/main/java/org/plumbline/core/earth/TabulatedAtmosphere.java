package org.plumbline.core.earth;

import java.util.Objects;

/**
 * An atmosphere read from a table of another one below {@link #TOP_M}: density and speed of sound
 * at nodes {@link #STEP_M} apart, interpolated by the parabola through the nearest three nodes.
 * Above the table, and below the ellipsoid, the model itself answers.
 *
 * <p>Why: the threat engine asks for the air at every evaluation of a powered flight's and a
 * re-entry's equations of motion (60 million times in the default assessment), and the 1976
 * standard's layer formulas cost a layer search and a power or an exponential per call; a table
 * lookup costs a few multiplications.
 *
 * <p>Error, the interpolation's own (the parabola through three nodes h apart): about
 * (h / H)^3 / 15 of the density where d ln(rho) / dh is smooth, 4e-10 with the standard's smallest
 * density scale height below 120 km, H = 5.5 km; within a node or two of a layer boundary, where
 * d ln(rho) / dh has a kink, about h / 4 times the jump of d ln(rho) / dh, 8e-5 at the tropopause
 * for h = 10 m, over a band of a few tens of metres. The speed of sound (the square root of a
 * temperature piecewise linear in height) has kinks at the same boundaries and is interpolated the
 * same way. {@code TabulatedAtmosphereTest} measures both against the model.
 *
 * <p>Immutable and thread-safe.
 */
public final class TabulatedAtmosphere implements Atmosphere {
    /** Spacing of the nodes, m. */
    public static final double STEP_M = 10.0;
    /** Top of the table, m (the threat engine's atmospheric interface). */
    public static final double TOP_M = 120_000.0;

    private static final TabulatedAtmosphere US76 = new TabulatedAtmosphere(UsStandardAtmosphere1976.INSTANCE);

    private final Atmosphere model;
    /** Density and speed of sound at node i, interleaved: [2i] density, [2i + 1] speed of sound. */
    private final double[] nodes;

    private TabulatedAtmosphere(Atmosphere model) {
        this.model = model;
        int n = (int) Math.round(TOP_M / STEP_M) + 2;
        nodes = new double[2 * n];
        double[] air = new double[2];
        for (int i = 0; i < n; i++) {
            model.densityAndSpeedOfSound(i * STEP_M, air);
            nodes[2 * i] = air[0];
            nodes[2 * i + 1] = air[1];
        }
    }

    /**
     * The table of a model; the same instance for the 1976 standard (built once), the model itself
     * when it is already a table or the vacuum, and a new table for any other model (12,000 of its
     * evaluations, about a millisecond: the test atmospheres).
     */
    public static Atmosphere of(Atmosphere model) {
        Objects.requireNonNull(model, "model");
        if (model == UsStandardAtmosphere1976.INSTANCE) {
            return US76;
        }
        if (model instanceof TabulatedAtmosphere || model == Atmosphere.VACUUM) {
            return model;
        }
        return new TabulatedAtmosphere(model);
    }

    @Override
    public double densityKgPerM3(double altitudeM) {
        if (altitudeM >= 0.0 && altitudeM < TOP_M) {
            return interpolate(altitudeM, 0);
        }
        return model.densityKgPerM3(altitudeM);
    }

    @Override
    public double speedOfSoundMps(double altitudeM) {
        if (altitudeM >= 0.0 && altitudeM < TOP_M) {
            return interpolate(altitudeM, 1);
        }
        return model.speedOfSoundMps(altitudeM);
    }

    @Override
    public void densityAndSpeedOfSound(double altitudeM, double[] out) {
        if (altitudeM >= 0.0 && altitudeM < TOP_M) {
            double x = altitudeM / STEP_M;
            int i = nearestNode(x);
            double u = x - i;
            out[0] = parabola(u, nodes[2 * i - 2], nodes[2 * i], nodes[2 * i + 2]);
            out[1] = parabola(u, nodes[2 * i - 1], nodes[2 * i + 1], nodes[2 * i + 3]);
            return;
        }
        model.densityAndSpeedOfSound(altitudeM, out);
    }

    @Override
    public double topAltitudeM() {
        return model.topAltitudeM();
    }

    /** Component k (0 density, 1 speed of sound) at an altitude inside the table. */
    private double interpolate(double altitudeM, int k) {
        double x = altitudeM / STEP_M;
        int i = nearestNode(x);
        return parabola(x - i, nodes[2 * i - 2 + k], nodes[2 * i + k], nodes[2 * i + 2 + k]);
    }

    /** The node nearest to x (in node spacings), at least 1 so that it has a node below. */
    private static int nearestNode(double x) {
        return Math.max(1, (int) (x + 0.5));
    }

    /** The parabola through (-1, below), (0, at), (1, above) at u. */
    private static double parabola(double u, double below, double at, double above) {
        return at + u * (0.5 * (above - below) + 0.5 * u * (above - 2.0 * at + below));
    }

    @Override
    public String toString() {
        return "table of " + model;
    }
}
