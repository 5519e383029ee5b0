package org.plumbline.report;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.plumbline.core.sensor.Radar;

/**
 * The coverage footprints ({@link RadarFootprint#faces(Radar)}) of the radars of one rendered file,
 * each radar's computed once: the scenarios of a report share most of their radars (the default
 * assessment's four phases have 13 radar entries, 4 of them different), and a footprint is a few
 * thousand geodesic problems. Equal radars have equal footprints (a pure function of the record).
 *
 * <p>Thread-safe (the HTML page's sections render side by side); the lists returned are shared and
 * must not be changed.
 */
final class RadarFootprints {
    private final Map<Radar, List<List<double[]>>> faces = new ConcurrentHashMap<>();

    /** The radar's rings, one per face ({@link RadarFootprint#faces(Radar)}). */
    List<List<double[]>> of(Radar radar) {
        return faces.computeIfAbsent(radar, RadarFootprint::faces);
    }
}
