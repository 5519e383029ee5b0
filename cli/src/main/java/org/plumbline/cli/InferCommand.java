package org.plumbline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Reach;
import org.plumbline.core.trajectory.TestFlightInference;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.io.JsonWriter;
import org.plumbline.io.TrajectoryOutput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plumbline infer}: a missile's range from an observed lofted test. */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = {"Infer a missile's energy from an observed lofted test flight (apogee and ground range, "
                + "optionally flight time and burn time), then report its nominal range and its reach toward "
                + "points."},
        footer = {"%nExample (Hwasong-14, 4 July 2017):",
            "  plumbline infer --apogee 2800km --range 933km --flight-time 37min",
            "Exit codes: 0 answered, 1 internal error, 2 bad input or no rocket of the family flies that test."})
final class InferCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--apogee", required = true, paramLabel = "LEN", converter = Converters.Length.class,
            description = "Observed apogee altitude, e.g. 2800km.")
    double apogeeM;

    @Option(names = "--range", required = true, paramLabel = "LEN", converter = Converters.Length.class,
            description = "Observed ground range, e.g. 933km.")
    double rangeM;

    @Option(names = "--flight-time", paramLabel = "DUR", converter = Converters.Duration.class,
            description = "Observed flight time, e.g. 37min (fits the burn time when --burn-time is not given).")
    Double flightTimeS;

    @Option(names = "--burn-time", paramLabel = "DUR", converter = Converters.Duration.class,
            description = "Known total burn time, e.g. 250s.")
    Double burnTimeS;

    @Option(names = "--propellant", paramLabel = "KIND", defaultValue = "liquid",
            description = "Rocket family of the fit: liquid (two stages, default) or solid (three stages).")
    String propellant;

    @Option(names = "--from", paramLabel = "LAT,LON", converter = Converters.Place.class,
            description = "Launch point for reach directions.")
    GeodeticPoint from;

    @Option(names = "--toward", paramLabel = "LAT,LON", converter = Converters.Place.class,
            description = "A point to report reach toward (repeatable; needs --from).")
    List<GeodeticPoint> toward = List.of();

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!propellant.equals("liquid") && !propellant.equals("solid")) {
            err.println("plumbline infer: --propellant: expected liquid or solid, found \"" + propellant + "\"");
            return Main.BAD_INPUT;
        }
        if (!toward.isEmpty() && from == null) {
            err.println("plumbline infer: --toward: expected --from LAT,LON as well, found no --from");
            return Main.BAD_INPUT;
        }
        if (!(apogeeM >= 50_000 && apogeeM <= 20_000_000)) {
            err.println("plumbline infer: --apogee: expected 50 km to 20,000 km, found " + apogeeM / 1000 + " km");
            return Main.BAD_INPUT;
        }
        if (!(rangeM >= 10_000 && rangeM <= 15_000_000)) {
            err.println("plumbline infer: --range: expected 10 km to 15,000 km, found " + rangeM / 1000 + " km");
            return Main.BAD_INPUT;
        }
        Missile template = propellant.equals("solid") ? GenericRocket.solidIcbmTemplate()
                : GenericRocket.liquidIcbmTemplate();
        TestFlightInference.Fit fit;
        try {
            fit = TestFlightInference.fit(template, apogeeM, rangeM,
                    flightTimeS == null ? OptionalDouble.empty() : OptionalDouble.of(flightTimeS),
                    burnTimeS == null ? OptionalDouble.empty() : OptionalDouble.of(burnTimeS), common.settings());
        } catch (IllegalArgumentException e) {
            err.println("plumbline infer: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Missile m = fit.missile().withId("fitted-" + template.id());
        List<Reach> reaches = from == null ? List.of() : ReachCommand.directions(m, from, toward, common);
        Trajectory test = fit.testFlight();
        PrintWriter out = spec.commandLine().getOut();
        switch (common.format) {
            case json -> {
                JsonWriter w = new JsonWriter().beginObject();
                w.name("template").value(template.id());
                w.name("nominalRangeM").value(fit.nominalRangeM(), 1);
                w.name("burnoutSpeedMps").value(test.burnoutSpeedMps(), 1);
                w.name("fittedFlightTimeS").value(test.flightTimeS(), 2);
                w.name("fittedBurnTimeS").value(fit.burnTimeS(), 2);
                w.name("fittedApogeeAltitudeM").value(test.apogeeAltitudeM(), 1);
                w.name("fittedGroundRangeM").value(test.groundRangeM(), 1);
                if (from != null) {
                    w.name("earth").value(common.earth.label());
                    w.name("from");
                    TrajectoryOutput.point(w, from);
                }
                ReachCommand.writeDirections(w, toward, reaches);
                out.print(w.endObject());
            }
            case csv -> out.print(ReachCommand.csv(toward, reaches));
            default -> {
                out.printf(Locale.ROOT, "Test flight: apogee %,.0f km, range %,.0f km%s%n", apogeeM / 1000,
                        rangeM / 1000, flightTimeS == null ? "" : String.format(Locale.ROOT, ", flight time %.1f min",
                                flightTimeS / 60));
                out.printf(Locale.ROOT, "Fitted %s: burn time %.0f s, burnout speed %.3f km/s on the test%n",
                        template.id(), fit.burnTimeS(), test.burnoutSpeedMps() / 1000);
                out.printf(Locale.ROOT, "  fitted test flight: apogee %,.1f km, range %,.1f km, flight time %.1f min%n",
                        test.apogeeAltitudeM() / 1000, test.groundRangeM() / 1000, test.flightTimeS() / 60);
                out.printf(Locale.ROOT, "  nominal range %,.0f km (minimum-energy, spherical non-rotating Earth)%n",
                        fit.nominalRangeM() / 1000);
                if (from != null) {
                    out.printf(Locale.ROOT, "%nReach from %s, %s Earth%n", TrajectoryOutput.latLon(from),
                            common.earth.label());
                    out.print(ReachCommand.table(toward, reaches));
                }
            }
        }
        out.flush();
        return 0;
    }
}
