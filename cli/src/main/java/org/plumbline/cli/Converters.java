package org.plumbline.cli;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.io.InputException;
import org.plumbline.io.Places;
import org.plumbline.io.Quantities;
import org.plumbline.io.Shapes;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters that turn the io parsers' errors into one-line messages. */
final class Converters {
    private Converters() {
    }

    static final class Place implements ITypeConverter<GeodeticPoint> {
        @Override
        public GeodeticPoint convert(String value) {
            try {
                return Places.parse(value);
            } catch (InputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class ShapeConverter implements ITypeConverter<Shape> {
        @Override
        public Shape convert(String value) {
            try {
                return Shapes.parse(value);
            } catch (InputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Length implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                return Quantities.lengthM(value);
            } catch (InputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Duration implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                return Quantities.durationS(value);
            } catch (InputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
