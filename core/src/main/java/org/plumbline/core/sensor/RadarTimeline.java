package org.plumbline.core.sensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one radar sees of one trajectory: its detection intervals in time order and the tracks
 * formed in them. "Never detected" is an empty list.
 *
 * @param radarId    the radar's id
 * @param detections disjoint detection intervals, in time order
 * @param tracks     the tracks, one for each detection interval at least the track-formation time
 *                   long, in time order
 */
public record RadarTimeline(String radarId, List<DetectionInterval> detections, List<TrackInterval> tracks) {
    public RadarTimeline {
        Objects.requireNonNull(radarId, "radarId");
        detections = List.copyOf(detections);
        tracks = List.copyOf(tracks);
    }

    /**
     * The timeline of a radar from its detection intervals: a track forms trackFormationS after the
     * start of each interval that lasts at least that long (a new interval starts a new track) and is
     * reported reportingLatencyS later.
     */
    public static RadarTimeline of(Radar radar, List<DetectionInterval> detections) {
        List<TrackInterval> tracks = new ArrayList<>(detections.size());
        for (DetectionInterval d : detections) {
            double formed = d.startS() + radar.trackFormationS();
            if (formed <= d.endS()) {
                tracks.add(new TrackInterval(formed, formed + radar.reportingLatencyS(), d.endS()));
            }
        }
        return new RadarTimeline(radar.id(), detections, tracks);
    }

    /** Whether the radar detects the target at some time. */
    public boolean isDetected() {
        return !detections.isEmpty();
    }

    /** Whether the radar forms a track at some time. */
    public boolean isTracked() {
        return !tracks.isEmpty();
    }

    /** Total time in detection, s. */
    public double detectedDurationS() {
        double s = 0.0;
        for (DetectionInterval d : detections) {
            s += d.durationS();
        }
        return s;
    }
}
