/**
 * Sensors: radars with faces and early-warning satellites. SI units, azimuths clockwise from north,
 * elevations above the local horizontal; no null.
 */
package org.plumbline.core.sensor;
