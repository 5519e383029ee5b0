package org.plumbline.reference;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.geometry.euclidean.threed.FieldRotation;
import org.hipparchus.geometry.euclidean.threed.FieldVector3D;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.FieldTransform;
import org.orekit.frames.Transform;
import org.orekit.frames.TransformProvider;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.FieldAbsoluteDate;

/**
 * The core's Earth-fixed frame as seen from its inertial parent: a rotation at a constant rate
 * about the common z axis, the identity at the epoch. This stands in for Orekit's ITRF, which needs
 * Earth-orientation data and turns at a variable rate; the core's Earth model turns uniformly.
 *
 * <p>Orekit transforms map parent coordinates to child coordinates, so the child's axes are the
 * parent's turned by +omega t (frame-transform convention), as in Orekit's own TIRF provider.
 */
final class EarthRotation implements TransformProvider {
    private final AbsoluteDate epoch;
    private final double rateRadPerS;
    private final Vector3D rate;

    EarthRotation(AbsoluteDate epoch, double rateRadPerS) {
        this.epoch = epoch;
        this.rateRadPerS = rateRadPerS;
        this.rate = new Vector3D(0.0, 0.0, rateRadPerS);
    }

    @Override
    public Transform getTransform(AbsoluteDate date) {
        double angle = rateRadPerS * date.durationFrom(epoch);
        return new Transform(date, new Rotation(Vector3D.PLUS_K, angle, RotationConvention.FRAME_TRANSFORM), rate);
    }

    @Override
    public <T extends CalculusFieldElement<T>> FieldTransform<T> getTransform(FieldAbsoluteDate<T> date) {
        T angle = date.durationFrom(epoch).multiply(rateRadPerS);
        return new FieldTransform<>(date,
                new FieldRotation<>(FieldVector3D.getPlusK(date.getField()), angle, RotationConvention.FRAME_TRANSFORM),
                new FieldVector3D<>(date.getField(), rate));
    }
}
