package org.plumbline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Writing result files into an {@code --out} folder so that nothing is ever half-written. */
final class OutputFolder {
    private OutputFolder() {
    }

    /** The problem with an {@code --out} argument, or null when it is (or can become) a folder. */
    static String problem(Path out) {
        return Files.exists(out) && !Files.isDirectory(out)
                ? "--out: expected a folder, found \"" + out + "\" (a file)" : null;
    }

    /**
     * Writes the files (name to text) into a fresh temporary folder inside the target, then moves each
     * into place: an interrupted run leaves either the old file or the new one.
     */
    static void write(Path out, Map<String, String> files) throws IOException {
        Path dir = out.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        Path tmp = Files.createTempDirectory(dir, ".plumbline-");
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(tmp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            for (String name : files.keySet()) {
                try {
                    Files.move(tmp.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            try (var left = Files.list(tmp)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(tmp);
        }
    }
}
