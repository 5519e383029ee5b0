package org.plumbline.core.earth;

/**
 * Point-mass plus J2 gravitational acceleration in an Earth-centred frame whose z axis is the
 * polar axis (any such frame: inertial or Earth-fixed, since J2 is axially symmetric).
 *
 * <p>a = -mu r / |r|^3 [1 + (3/2) J2 (R/|r|)^2 (1 - 5 z^2/|r|^2)] for x and y, with 3 in place of 1
 * for z (Vallado, <i>Fundamentals of Astrodynamics and Applications</i>, 4th ed., 2013, eq. 8-30).
 * Units: m, m/s^2.
 */
public final class Gravity {
    private final double mu;
    private final double j2Term;

    public Gravity(EarthModel earth) {
        this.mu = earth.muM3PerS2();
        this.j2Term = 1.5 * earth.j2() * earth.equatorialRadiusM() * earth.equatorialRadiusM();
    }

    /** Writes the acceleration (m/s^2) at position (x, y, z) in metres into out[offset..offset+2]. */
    public void acceleration(double x, double y, double z, double[] out, int offset) {
        double r2 = x * x + y * y + z * z;
        double r = Math.sqrt(r2);
        double muOverR3 = mu / (r2 * r);
        double k = j2Term / r2;
        double zz = 5.0 * z * z / r2;
        double fxy = muOverR3 * (1.0 + k * (1.0 - zz));
        double fz = muOverR3 * (1.0 + k * (3.0 - zz));
        out[offset] = -fxy * x;
        out[offset + 1] = -fxy * y;
        out[offset + 2] = -fz * z;
    }

    /** Specific potential energy (J/kg, negative) at the position, consistent with the acceleration. */
    public double potential(double x, double y, double z) {
        double r2 = x * x + y * y + z * z;
        double r = Math.sqrt(r2);
        // U = -mu/r [1 - J2 (R/r)^2 P2(sin phi)], P2 = (3 sin^2 - 1)/2; j2Term = 1.5 J2 R^2.
        double sin2 = z * z / r2;
        return -mu / r * (1.0 - j2Term / r2 * (sin2 - 1.0 / 3.0));
    }
}
