package org.plumbline.reference;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.propagation.SpacecraftState;
import org.plumbline.core.earth.Atmosphere;

/**
 * Drag of the re-entry vehicle after thrust termination: -(rho |w| / 2 beta) w with w = v - omega x r
 * and beta its ballistic coefficient m / (Cd A), felt only below the atmospheric interface (the
 * core's convention, {@code FlightSettings.atmosphereInterfaceM()}).
 *
 * <p>Mutable: whether the vehicle is below the interface is switched by the propagator's altitude
 * event at the interface, so that the integrator never steps across the switch.
 */
final class ReentryDrag implements RealForceModel {
    private final Frame inertial;
    private final OneAxisEllipsoid body;
    private final Atmosphere atmosphere;
    private final Vector3D rotation;
    private final double inverseBallisticCoefficient;
    private boolean belowInterface;

    ReentryDrag(Frame inertial, OneAxisEllipsoid body, Atmosphere atmosphere, double rotationRateRadPerS,
                double ballisticCoefficientKgPerM2, boolean belowInterface) {
        this.inertial = inertial;
        this.body = body;
        this.atmosphere = atmosphere;
        this.rotation = new Vector3D(0.0, 0.0, rotationRateRadPerS);
        this.inverseBallisticCoefficient = 1.0 / ballisticCoefficientKgPerM2;
        this.belowInterface = belowInterface;
    }

    void setBelowInterface(boolean below) {
        belowInterface = below;
    }

    @Override
    public Vector3D acceleration(SpacecraftState s, double[] parameters) {
        if (!belowInterface) {
            return Vector3D.ZERO;
        }
        Vector3D r = s.getPosition();
        double density = atmosphere.densityKgPerM3(body.transform(r, inertial, s.getDate()).getAltitude());
        if (density <= 0.0) {
            return Vector3D.ZERO;
        }
        Vector3D w = s.getVelocity().subtract(Vector3D.crossProduct(rotation, r));
        return w.scalarMultiply(-0.5 * density * w.getNorm() * inverseBallisticCoefficient);
    }
}
