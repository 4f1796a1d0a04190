package io.keyplan.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A jar for real {@code java -jar} runs in tests: only a manifest whose class path is the test
 * class path, so it runs the classes just compiled without packaging them.
 */
final class TestJar {
    private TestJar() {}

    static Path make(Path dir) throws IOException {
        Path jar = dir.resolve("keyplan-test.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toString());
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        try (OutputStream o = Files.newOutputStream(jar);
                JarOutputStream j = new JarOutputStream(o, manifest)) {
            j.flush();
        }
        return jar;
    }

    /** {@code java -jar <jar> args...} with the JVM options of the environment out of the way. */
    static ProcessBuilder javaJar(Path jar, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove(Launcher.OPTIONS_VARIABLE);
        pb.environment().remove(Launcher.LAUNCHER_PID);
        pb.environment().put("SOURCE_DATE_EPOCH", "1795392000");
        // Class-data archives the launcher makes go beside the test's jar, never into the user's own cache.
        pb.environment()
                .put(
                        "XDG_CACHE_HOME",
                        jar.toAbsolutePath().resolveSibling("cache").toString());
        return pb;
    }
}
