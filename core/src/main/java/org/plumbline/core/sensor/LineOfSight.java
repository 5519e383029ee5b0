package org.plumbline.core.sensor;

import static org.plumbline.core.math.Checks.checkInRange;

/**
 * How a radar's line of sight is judged: an elevation mask and the effective-Earth-radius factor
 * of the refraction model.
 *
 * <p>A target is in line of sight when its elevation is at least the mask and the ray does not pass
 * below the Earth's surface. Without refraction (k = 1) the elevation is geometric and the surface
 * is the reference ellipsoid. With refraction the ray is bent by a standard atmosphere whose
 * refractivity falls linearly with height, which is the same as straight rays over an Earth of
 * radius k R; k = 4/3 is the standard value (M. I. Skolnik, <i>Introduction to Radar Systems</i>,
 * 3rd ed., McGraw-Hill, 2001, ch. 8, standard atmospheric refraction; A. W. Doerry, "Earth
 * Curvature and Atmospheric Refraction Effects on Radar Signal Propagation", Sandia report
 * SAND2012-10690, 2013). The elevation is then the apparent one (see {@link RadarGeometry}).
 *
 * @param elevationMaskRad           lowest usable elevation, rad, in [-0.2, pi/2]; negative values
 *                                   let a radar on a height look below its horizontal, down to the
 *                                   Earth's limb
 * @param effectiveEarthRadiusFactor k, dimensionless, in [0.5, 10]; 1 means no refraction
 */
public record LineOfSight(double elevationMaskRad, double effectiveEarthRadiusFactor) {
    /** Geometric line of sight down to the local horizontal: mask 0, no refraction. */
    public static final LineOfSight GEOMETRIC = new LineOfSight(0.0, 1.0);
    /** Mask 0 with the standard 4/3-Earth refraction model. */
    public static final LineOfSight FOUR_THIRDS_EARTH = new LineOfSight(0.0, 4.0 / 3.0);

    public LineOfSight {
        checkInRange("elevationMaskRad", elevationMaskRad, "rad", -0.2, Math.PI / 2);
        checkInRange("effectiveEarthRadiusFactor", effectiveEarthRadiusFactor, "", 0.5, 10.0);
    }

    public LineOfSight withElevationMaskRad(double maskRad) {
        return new LineOfSight(maskRad, effectiveEarthRadiusFactor);
    }

    public LineOfSight withEffectiveEarthRadiusFactor(double k) {
        return new LineOfSight(elevationMaskRad, k);
    }

    /** Whether the refraction model bends the rays (k != 1). */
    public boolean isRefracting() {
        return effectiveEarthRadiusFactor != 1.0;
    }
}
