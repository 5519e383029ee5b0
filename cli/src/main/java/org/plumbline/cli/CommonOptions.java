package org.plumbline.cli;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.trajectory.FlightSettings;

import picocli.CommandLine.Option;

/** Options shared by the physics commands. */
final class CommonOptions {
    enum Format {
        text, json, csv
    }

    enum Earth {
        rotating(EarthModel.WGS84),
        non_rotating(EarthModel.WGS84.withoutRotation()),
        spherical(EarthModel.SPHERICAL),
        spherical_non_rotating(EarthModel.SPHERICAL.withoutRotation());

        final EarthModel model;

        Earth(EarthModel model) {
            this.model = model;
        }

        String label() {
            return name().replace('_', '-');
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--earth", paramLabel = "EARTH", defaultValue = "rotating", converter = EarthConverter.class,
            description = "rotating (WGS84, J2, default), non-rotating, spherical (R = 6371 km, point mass) "
                    + "or spherical-non-rotating.")
    Earth earth;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    FlightSettings settings() {
        return FlightSettings.DEFAULT;
    }

    static final class EarthConverter implements picocli.CommandLine.ITypeConverter<Earth> {
        @Override
        public Earth convert(String value) {
            for (Earth e : Earth.values()) {
                if (e.label().equals(value)) {
                    return e;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "expected rotating, non-rotating, spherical or spherical-non-rotating, found \"" + value + "\"");
        }
    }
}
