package org.plumbline.reference;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.propagation.SpacecraftState;
import org.orekit.time.AbsoluteDate;
import org.plumbline.core.earth.Atmosphere;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.trajectory.Missile;

/**
 * Thrust and body drag of the powered flight, with the core's pitch program.
 *
 * <p>Thrust F = mdot Isp g0 of the burning stage over the analytic mass, along u: the ellipsoid
 * normal (x/a^2, y/a^2, z/b^2) normalised during the vertical rise; that normal tilted by the
 * pitch-over angle toward the launch azimuth (measured from the local north, north = up x east,
 * east = z x r normalised) during the pitch-over; the air-relative velocity w = v - omega x r
 * afterwards. Drag -(rho |w| Cd(Mach) A / 2m) w with rho and the speed of sound of the core's
 * atmosphere at the height above the ellipsoid (from Orekit's geodetic conversion). This is the
 * model of {@code NativeFlightEngine}, written again from its documentation so that the two can
 * be compared.
 *
 * <p>Mutable: the segment in force is switched by the propagator's date events; one instance
 * serves one propagation.
 */
final class BoostForce implements RealForceModel {
    private final ThrustProgram program;
    private final AbsoluteDate epoch;
    private final Frame inertial;
    private final OneAxisEllipsoid body;
    private final Atmosphere atmosphere;
    private final Missile missile;
    private final double referenceAreaM2;
    private final Vector3D rotation;
    private final double inverseA2;
    private final double inverseB2;
    private final double sinAzimuth;
    private final double cosAzimuth;
    private final double sinPitch;
    private final double cosPitch;
    private int segment;

    BoostForce(ThrustProgram program, EarthModel earth, Missile missile, Atmosphere atmosphere, AbsoluteDate epoch,
               Frame inertial, OneAxisEllipsoid body, double azimuthRad, double pitchOverRad) {
        this.program = program;
        this.epoch = epoch;
        this.inertial = inertial;
        this.body = body;
        this.atmosphere = atmosphere;
        this.missile = missile;
        this.referenceAreaM2 = missile.referenceAreaM2();
        this.rotation = new Vector3D(0.0, 0.0, earth.rotationRateRadPerS());
        this.inverseA2 = 1.0 / (earth.equatorialRadiusM() * earth.equatorialRadiusM());
        this.inverseB2 = 1.0 / (earth.polarRadiusM() * earth.polarRadiusM());
        this.sinAzimuth = Math.sin(azimuthRad);
        this.cosAzimuth = Math.cos(azimuthRad);
        this.sinPitch = Math.sin(pitchOverRad);
        this.cosPitch = Math.cos(pitchOverRad);
    }

    /** Switches to segment k of the thrust program (called at the segment's start date). */
    void startSegment(int k) {
        segment = k;
    }

    @Override
    public Vector3D acceleration(SpacecraftState s, double[] parameters) {
        AbsoluteDate date = s.getDate();
        double tS = date.durationFrom(epoch);
        Vector3D r = s.getPosition();
        Vector3D w = s.getVelocity().subtract(Vector3D.crossProduct(rotation, r));
        double speed = w.getNorm();
        double mass = program.massKg(segment, tS);
        Vector3D thrust = steering(r, w, speed).scalarMultiply(program.thrustN(segment) / mass);
        if (speed == 0.0) {
            return thrust;
        }
        double altitude = body.transform(r, inertial, date).getAltitude();
        double density = atmosphere.densityKgPerM3(altitude);
        if (density <= 0.0) {
            return thrust;
        }
        double mach = speed / atmosphere.speedOfSoundMps(altitude);
        double drag = 0.5 * density * speed * missile.dragCurve().cd(mach) * referenceAreaM2 / mass;
        return thrust.subtract(drag, w);
    }

    /** Unit thrust direction. */
    private Vector3D steering(Vector3D r, Vector3D w, double speed) {
        ThrustProgram.Phase phase = program.phase(segment);
        if (phase == ThrustProgram.Phase.GRAVITY_TURN && speed > 0.0) {
            return w.scalarMultiply(1.0 / speed);
        }
        Vector3D up = new Vector3D(r.getX() * inverseA2, r.getY() * inverseA2, r.getZ() * inverseB2).normalize();
        if (phase == ThrustProgram.Phase.VERTICAL) {
            return up;
        }
        double rho = Math.hypot(r.getX(), r.getY());
        Vector3D east = rho > 1.0 ? new Vector3D(-r.getY() / rho, r.getX() / rho, 0.0) : Vector3D.PLUS_J;
        Vector3D north = Vector3D.crossProduct(up, east);
        Vector3D horizontal = new Vector3D(sinAzimuth, east, cosAzimuth, north);
        return new Vector3D(cosPitch, up, sinPitch, horizontal);
    }
}
