package org.plumbline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.plumbline.io.Suggest;
import org.plumbline.io.scenario.Catalog;
import org.plumbline.io.scenario.CatalogJson;
import org.plumbline.io.scenario.CatalogText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plumbline catalog}: the built-in public data with sources. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"List the built-in catalog of public data: every value with its uncertainty, confidence "
                + "label and source.", "Kinds: interceptors, missiles, radars, places."},
        footer = {"%nExamples:%n  plumbline catalog%n  plumbline catalog interceptors%n  plumbline catalog sm3-iia",
            "Exit codes: 0 listed, 1 internal error, 2 unknown kind or id."})
final class CatalogCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND|ID", description = "A kind or an entry id.")
    String first;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "An entry id of that kind.")
    String second;

    @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (every field as written in the catalog, as the web API).")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Catalog c = Catalog.builtin();
        if (!format.equals("text") && !format.equals("json")) {
            spec.commandLine().getErr().println("plumbline catalog: --format: expected text or json, found \"" + format
                    + "\"");
            return Main.BAD_INPUT;
        }
        boolean json = format.equals("json");
        if (first == null) {
            if (json) {
                out.print(CatalogJson.write(c));
                return 0;
            }
            for (Catalog.Kind k : Catalog.Kind.values()) {
                out.print(CatalogText.list(c, k));
            }
            return 0;
        }
        Optional<Catalog.Kind> kind = Catalog.Kind.of(first);
        if (kind.isPresent() && second == null) {
            out.print(json ? CatalogJson.write(c, kind.get()) : CatalogText.list(c, kind.get()));
            return 0;
        }
        String id = kind.isPresent() ? second : first;
        Optional<Catalog.Entry> e = kind.isPresent() ? c.find(kind.get(), id) : c.find(id);
        if (e.isEmpty()) {
            List<String> all = new java.util.ArrayList<>();
            for (Catalog.Kind k : Catalog.Kind.values()) {
                all.add(k.section());
                for (Map.Entry<String, Catalog.Entry> x : c.entries(k).entrySet()) {
                    all.add(x.getKey());
                }
            }
            String near = Suggest.nearest(id, all);
            spec.commandLine().getErr().println("plumbline catalog: expected a kind (interceptors, missiles, radars, "
                    + "places) or a catalog id, found \"" + id + "\"" + (near == null ? "" : " (did you mean \""
                    + near + "\"?)"));
            return Main.BAD_INPUT;
        }
        out.print(json ? CatalogJson.write(e.get()) : CatalogText.describe(e.get()));
        return 0;
    }
}
