package org.plumbline.reference;

import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.events.AbstractDetector;
import org.orekit.propagation.events.EventDetectionSettings;
import org.orekit.propagation.events.handlers.EventHandler;
import org.orekit.utils.PVCoordinates;

/**
 * Zeros of the rate of change of the height above the ellipsoid: g = zenith . v, with the zenith at
 * the point's geodetic foot and v the velocity relative to the ellipsoid's body frame. A decreasing
 * zero is a highest point (apogee).
 */
final class AltitudeRateDetector extends AbstractDetector<AltitudeRateDetector> {
    private final OneAxisEllipsoid body;

    AltitudeRateDetector(EventDetectionSettings settings, EventHandler handler, OneAxisEllipsoid body) {
        super(settings, handler);
        this.body = body;
    }

    @Override
    public double g(SpacecraftState s) {
        PVCoordinates pv = s.getPVCoordinates(body.getBodyFrame());
        return body.transform(pv.getPosition(), body.getBodyFrame(), s.getDate()).getZenith()
                .dotProduct(pv.getVelocity());
    }

    @Override
    protected AltitudeRateDetector create(EventDetectionSettings settings, EventHandler handler) {
        return new AltitudeRateDetector(settings, handler, body);
    }
}
