package org.plumbline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySolver;
import org.plumbline.io.InputException;
import org.plumbline.io.MissileSpecs;
import org.plumbline.io.TrajectoryOutput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plumbline trajectory}: one targeted ballistic flight. */
@Command(name = "trajectory", mixinStandardHelpOptions = true,
        description = {"Fly a missile from a launch point to a target over the Earth and print the flight.",
            "An unreachable target is an answer: reachable=false with the maximum range in that direction."},
        footer = {"%nExample:%n  plumbline trajectory --missile generic-solid-icbm --from 54.03,35.77 --to 38.90,-77.04",
            "%nSPEC: a catalog missile id (plumbline catalog missiles) or range=LEN[,burn-time=DUR]"
                    + "[,propellant=liquid|solid] or burnout-speed=SPEED[,...].",
            "Exit codes: 0 answered (reachable or not), 1 internal error, 2 bad input."})
final class TrajectoryCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--missile", required = true, paramLabel = "SPEC", description = "Missile: catalog id or inline spec.")
    String missile;

    @Option(names = "--from", required = true, paramLabel = "LAT,LON", converter = Converters.Place.class,
            description = "Launch point, decimal degrees, north and east positive.")
    GeodeticPoint from;

    @Option(names = "--to", required = true, paramLabel = "LAT,LON", converter = Converters.Place.class,
            description = "Target point, decimal degrees.")
    GeodeticPoint to;

    @Option(names = "--shape", paramLabel = "SHAPE", defaultValue = "minimum-energy",
            converter = Converters.ShapeConverter.class,
            description = "minimum-energy (default), lofted:APOGEE, depressed:APOGEE or burnout-angle:DEG.")
    Shape shape;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Missile m;
        try {
            m = MissileSpecs.resolve(missile, common.settings());
        } catch (InputException e) {
            spec.commandLine().getErr().println("plumbline trajectory: --missile: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        TrajectorySolver solver = new TrajectorySolver(new NativeFlightEngine(common.earth.model, m, common.settings()));
        TargetingResult result = solver.solve(from, to, shape);
        switch (common.format) {
            case json -> out.print(json(m, result));
            case csv -> {
                if (result instanceof TargetingResult.Reached r) {
                    out.print(TrajectoryOutput.csv(r.trajectory().samples()));
                } else {
                    out.print(TrajectoryOutput.csv(java.util.List.of()));
                }
            }
            default -> out.print(text(m, result));
        }
        out.flush();
        return 0;
    }

    private String json(Missile m, TargetingResult result) {
        return TrajectoryOutput.json(m.id(), shape.label(), common.earth.label(), from, to, result);
    }

    private String text(Missile m, TargetingResult result) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Trajectory of %s, %s, %s Earth%n", m.id(), shape.label(),
                common.earth.label()));
        b.append(String.format(Locale.ROOT, "  launch   %s%n", TrajectoryOutput.latLon(from)));
        b.append(String.format(Locale.ROOT, "  target   %s%n", TrajectoryOutput.latLon(to)));
        if (result instanceof TargetingResult.Unreachable u) {
            b.append(String.format(Locale.ROOT, "  UNREACHABLE: %s%n", u.reason()));
            b.append(String.format(Locale.ROOT, "  distance %,.1f km; maximum range toward the target %,.1f km%n",
                    u.distanceM() / 1000, u.maxRangeM() / 1000));
            return b.toString();
        }
        TargetingResult.Reached r = (TargetingResult.Reached) result;
        Trajectory t = r.trajectory();
        b.append(String.format(Locale.ROOT, "  impact   %s   miss %.1f m%n", TrajectoryOutput.latLon(t.impact()),
                r.missM()));
        b.append(String.format(Locale.ROOT, "  ground range  %,.1f km   flight time %,.1f s (%.1f min)%n",
                t.groundRangeM() / 1000, t.flightTimeS(), t.flightTimeS() / 60));
        b.append(String.format(Locale.ROOT,
                "  burnout       %.1f s%s, %.3f km/s, altitude %.1f km, flight-path angle %.2f deg%n",
                t.burnoutTimeS(), r.thrustTerminated() ? " (thrust terminated)" : "", t.burnoutSpeedMps() / 1000,
                t.burnoutAltitudeM() / 1000, Math.toDegrees(t.burnoutFlightPathAngleRad())));
        b.append(String.format(Locale.ROOT, "  apogee        %,.1f km at %.1f s%n", t.apogeeAltitudeM() / 1000,
                t.apogeeTimeS()));
        b.append(String.format(Locale.ROOT, "  steering      azimuth %.3f deg, pitch-over %.4f deg%n",
                Math.toDegrees(t.launchAzimuthRad()), Math.toDegrees(t.pitchOverRad())));
        b.append('\n').append(TrajectoryOutput.eventTable(t));
        return b.toString();
    }
}
