package org.plumbline.core.earth;

import static org.plumbline.core.math.Checks.checkInRange;

/**
 * The Earth a trajectory flies over: a reference ellipsoid, a gravity field (point mass plus J2)
 * and a constant rotation rate about the polar axis.
 *
 * <p>Units: metres, seconds, radians. The inertial frame used by the trajectory engine coincides
 * with the Earth-fixed frame at the threat's launch (t = 0) and the Earth-fixed frame turns about
 * their common z axis at {@link #rotationRateRadPerS()}.
 *
 * <p>Presets: {@link #WGS84} (the default), and the spherical, point-mass Earth of R = 6371 km that
 * much of the published arms-control literature uses ({@link #SPHERICAL}). Either can be made
 * non-rotating with {@link #withoutRotation()}.
 *
 * @param id                  short identifier, e.g. {@code "wgs84"}
 * @param equatorialRadiusM   semi-major axis a, m
 * @param flattening          f = (a - b) / a, dimensionless, in [0, 0.01)
 * @param muM3PerS2           gravitational parameter GM, m^3/s^2
 * @param j2                  unnormalised second zonal harmonic J2 (0 for a point mass)
 * @param rotationRateRadPerS rotation rate about +z, rad/s (0 for a non-rotating Earth)
 */
public record EarthModel(String id, double equatorialRadiusM, double flattening, double muM3PerS2,
                         double j2, double rotationRateRadPerS) {

    /**
     * WGS84: a = 6378137 m and 1/f = 298.257223563 (NIMA TR8350.2, 3rd ed., 2000, table 3.1);
     * GM = 3.986004418e14 m^3/s^2 and omega = 7.292115e-5 rad/s (same, table 3.1);
     * J2 = -sqrt(5) C20 with C20 = -4.84166774985e-4 from EGM96 (same, table 3.2 / section 5).
     */
    public static final EarthModel WGS84 = new EarthModel("wgs84", 6_378_137.0, 1.0 / 298.257223563,
            3.986004418e14, 1.08262982131e-3, 7.292115e-5);

    /**
     * A sphere of R = 6371 km with point-mass gravity (GM as WGS84), rotating at the WGS84 rate:
     * the convention of the arms-control literature (e.g. Wright, Postol) and of the researcher's
     * reference tables in {@code shared/reference/public-data.md}.
     */
    public static final EarthModel SPHERICAL = new EarthModel("spherical", 6_371_000.0, 0.0,
            3.986004418e14, 0.0, 7.292115e-5);

    public EarthModel {
        checkInRange("equatorialRadiusM", equatorialRadiusM, "m", 1.0e6, 1.0e8);
        checkInRange("flattening", flattening, "", 0.0, 0.01);
        checkInRange("muM3PerS2", muM3PerS2, "m^3/s^2", 1.0e10, 1.0e18);
        checkInRange("j2", j2, "", 0.0, 0.01);
        checkInRange("rotationRateRadPerS", rotationRateRadPerS, "rad/s", 0.0, 1.0e-3);
    }

    /** The same Earth without rotation. */
    public EarthModel withoutRotation() {
        return rotationRateRadPerS == 0.0 ? this
                : new EarthModel(id + "-non-rotating", equatorialRadiusM, flattening, muM3PerS2, j2, 0.0);
    }

    /** Whether the Earth-fixed frame turns relative to the inertial one. */
    public boolean isRotating() {
        return rotationRateRadPerS != 0.0;
    }

    /** Polar semi-axis b = a (1 - f), m. */
    public double polarRadiusM() {
        return equatorialRadiusM * (1.0 - flattening);
    }

    /** First eccentricity squared, e^2 = f (2 - f). */
    public double eccentricitySquared() {
        return flattening * (2.0 - flattening);
    }
}
