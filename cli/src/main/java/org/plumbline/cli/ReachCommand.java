package org.plumbline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.Reach;
import org.plumbline.core.trajectory.TrajectorySolver;
import org.plumbline.io.InputException;
import org.plumbline.io.JsonWriter;
import org.plumbline.io.MissileSpecs;
import org.plumbline.io.TrajectoryOutput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plumbline reach}: the maximum range toward given points. */
@Command(name = "reach", mixinStandardHelpOptions = true,
        description = {"The farthest a missile flies toward each point, over the chosen Earth, and its nominal range "
                + "(maximum range on a spherical, non-rotating Earth)."},
        footer = {"%nExample:%n  plumbline reach --missile range=5500km --from 35.235,53.921 --toward 51.507,-0.128",
            "Exit codes: 0 answered, 1 internal error, 2 bad input."})
final class ReachCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--missile", required = true, paramLabel = "SPEC", description = "Missile: catalog id or inline spec.")
    String missile;

    @Option(names = "--from", required = true, paramLabel = "LAT,LON", converter = Converters.Place.class,
            description = "Launch point, decimal degrees.")
    GeodeticPoint from;

    @Option(names = "--toward", required = true, paramLabel = "LAT,LON", converter = Converters.Place.class,
            description = "A point to fly toward (repeatable).")
    List<GeodeticPoint> toward;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Missile m;
        try {
            m = MissileSpecs.resolve(missile, common.settings());
        } catch (InputException e) {
            spec.commandLine().getErr().println("plumbline reach: --missile: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        double nominal = GenericRocket.nominalRangeM(m, common.settings());
        List<Reach> reaches = directions(m, from, toward, common);
        PrintWriter out = spec.commandLine().getOut();
        switch (common.format) {
            case json -> {
                JsonWriter w = new JsonWriter().beginObject();
                w.name("missile").value(m.id());
                w.name("earth").value(common.earth.label());
                w.name("nominalRangeM").value(nominal, 1);
                w.name("from");
                TrajectoryOutput.point(w, from);
                writeDirections(w, toward, reaches);
                out.print(w.endObject());
            }
            case csv -> out.print(csv(toward, reaches));
            default -> {
                out.printf(Locale.ROOT, "Reach of %s from %s, %s Earth%n", m.id(), TrajectoryOutput.latLon(from),
                        common.earth.label());
                out.printf(Locale.ROOT, "  nominal range %,.1f km (spherical, non-rotating Earth)%n%n", nominal / 1000);
                out.print(table(toward, reaches));
            }
        }
        out.flush();
        return 0;
    }

    static List<Reach> directions(Missile m, GeodeticPoint from, List<GeodeticPoint> toward, CommonOptions common) {
        TrajectorySolver solver = new TrajectorySolver(new NativeFlightEngine(common.earth.model, m, common.settings()));
        List<Reach> out = new ArrayList<>();
        for (GeodeticPoint p : toward) {
            out.add(solver.reach(from, p));
        }
        return out;
    }

    static void writeDirections(JsonWriter w, List<GeodeticPoint> toward, List<Reach> reaches) {
        w.name("directions").beginArray();
        for (int i = 0; i < toward.size(); i++) {
            Reach r = reaches.get(i);
            w.beginObject().name("toward");
            TrajectoryOutput.point(w, toward.get(i));
            w.name("distanceM").value(r.distanceM(), 1);
            w.name("maxRangeM").value(r.maxRangeM(), 1);
            w.name("inRange").value(r.inRange());
            w.endObject();
        }
        w.endArray();
    }

    static String csv(List<GeodeticPoint> toward, List<Reach> reaches) {
        StringBuilder b = new StringBuilder("towardLatDeg,towardLonDeg,distanceM,maxRangeM,inRange\n");
        for (int i = 0; i < toward.size(); i++) {
            Reach r = reaches.get(i);
            b.append(JsonWriter.format(toward.get(i).latitudeDeg(), 6)).append(',')
                    .append(JsonWriter.format(toward.get(i).longitudeDeg(), 6)).append(',')
                    .append(JsonWriter.format(r.distanceM(), 1)).append(',')
                    .append(JsonWriter.format(r.maxRangeM(), 1)).append(',')
                    .append(r.inRange()).append('\n');
        }
        return b.toString();
    }

    static String table(List<GeodeticPoint> toward, List<Reach> reaches) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-24s %14s %16s  %s%n", "toward",
                "distance (km)", "max range (km)", "in range"));
        for (int i = 0; i < toward.size(); i++) {
            Reach r = reaches.get(i);
            b.append(String.format(Locale.ROOT, "  %-24s %,14.1f %,16.1f  %s%n",
                    TrajectoryOutput.latLon(toward.get(i)), r.distanceM() / 1000, r.maxRangeM() / 1000,
                    r.inRange() ? "yes" : "no"));
        }
        return b.toString();
    }
}
