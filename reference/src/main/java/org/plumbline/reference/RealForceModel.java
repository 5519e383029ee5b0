package org.plumbline.reference;

import java.util.List;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.geometry.euclidean.threed.FieldVector3D;
import org.orekit.forces.ForceModel;
import org.orekit.propagation.FieldSpacecraftState;
import org.orekit.utils.ParameterDriver;

/**
 * A force model with no estimated parameters and no field (automatic differentiation) version: the
 * reference engine propagates plain doubles only.
 */
interface RealForceModel extends ForceModel {
    @Override
    default boolean dependsOnPositionOnly() {
        return false;
    }

    @Override
    default <T extends CalculusFieldElement<T>> FieldVector3D<T> acceleration(FieldSpacecraftState<T> s,
                                                                              T[] parameters) {
        throw new UnsupportedOperationException(getClass().getSimpleName()
                + " has no field version: the reference engine does not propagate derivatives");
    }

    @Override
    default List<ParameterDriver> getParametersDrivers() {
        return List.of();
    }
}
