package org.plumbline.core.trajectory;

import java.util.Arrays;

import static org.plumbline.core.math.Checks.checkInRange;

/**
 * Drag coefficient as a piecewise-linear function of Mach number, constant beyond the end nodes.
 * Referred to the body's cross-section area.
 */
public final class DragCurve {
    /**
     * A generic slender-missile power-off body drag curve: about 0.25 subsonic, a transonic peak of
     * 0.5 near Mach 1.2, falling to about 0.22 at high Mach. Shape after the typical curves in
     * E. L. Fleeman, <i>Tactical Missile Design</i>, 2nd ed., AIAA, 2006, ch. 2; an assumption, not a
     * measured curve for any missile (uncertainty about +-30 %).
     */
    public static final DragCurve GENERIC_MISSILE = new DragCurve(
            new double[] {0.0, 0.8, 1.0, 1.2, 2.0, 3.0, 5.0, 10.0},
            new double[] {0.25, 0.25, 0.45, 0.50, 0.40, 0.32, 0.25, 0.22});

    private final double[] mach;
    private final double[] cd;

    public DragCurve(double[] mach, double[] cd) {
        if (mach.length == 0 || mach.length != cd.length) {
            throw new IllegalArgumentException("mach and cd need the same, non-zero length: "
                    + mach.length + " and " + cd.length);
        }
        for (int i = 0; i < mach.length; i++) {
            checkInRange("mach[" + i + "]", mach[i], "", 0.0, 100.0);
            checkInRange("cd[" + i + "]", cd[i], "", 0.0, 10.0);
            if (i > 0 && !(mach[i] > mach[i - 1])) {
                throw new IllegalArgumentException("mach nodes must increase: mach[" + i + "] = " + mach[i]);
            }
        }
        this.mach = mach.clone();
        this.cd = cd.clone();
    }

    /** A constant drag coefficient. */
    public static DragCurve constant(double cd) {
        return new DragCurve(new double[] {0.0}, new double[] {cd});
    }

    /** Drag coefficient at the given Mach number. */
    public double cd(double machNumber) {
        if (machNumber <= mach[0]) {
            return cd[0];
        }
        int n = mach.length;
        if (machNumber >= mach[n - 1]) {
            return cd[n - 1];
        }
        int i = 1;
        while (mach[i] < machNumber) {
            i++;
        }
        double u = (machNumber - mach[i - 1]) / (mach[i] - mach[i - 1]);
        return cd[i - 1] + u * (cd[i] - cd[i - 1]);
    }

    public double[] machNodes() {
        return mach.clone();
    }

    public double[] cdNodes() {
        return cd.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DragCurve other && Arrays.equals(mach, other.mach) && Arrays.equals(cd, other.cd);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mach) + Arrays.hashCode(cd);
    }

    @Override
    public String toString() {
        return "DragCurve" + Arrays.toString(mach) + "->" + Arrays.toString(cd);
    }
}
