/**
 * The Earth: reference ellipsoid, gravity (point mass + J2), rotation, the U.S. Standard
 * Atmosphere 1976 and geodesics.
 *
 * <p>Units: metres, seconds, radians, kilograms. Latitudes are geodetic, longitudes east-positive,
 * heights above the ellipsoid, azimuths clockwise from north. Cartesian positions are
 * Earth-centred with z along the rotation axis; the package does not care whether the x axis turns
 * (gravity and altitude are axially symmetric). No method returns null or NaN for valid input.
 */
package org.plumbline.core.earth;
