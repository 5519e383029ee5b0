package org.plumbline.core.sensor;

/**
 * Where a target lies as seen from a radar, in the radar's local east-north-up frame.
 *
 * @param slantRangeM  straight-line distance, m, &gt;= 0
 * @param azimuthRad   azimuth, rad, clockwise from north, in [0, 2 pi); 0 straight overhead
 * @param elevationRad geometric elevation above the local geodetic horizontal, rad, in [-pi/2, pi/2]
 */
public record LookAngles(double slantRangeM, double azimuthRad, double elevationRad) {
}
