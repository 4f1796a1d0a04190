package io.keyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which class-data archive the second JVM maps or makes, and that a cache that cannot be used costs nothing. */
class ClassDataTest {
    private static final String JDK = "/usr/lib/jvm/jdk-17";
    private static final String VM = "17.0.15+6";

    @TempDir
    Path dir;

    private Path jar() throws IOException {
        return Files.write(dir.resolve("keyplan.jar"), new byte[] {1, 2, 3});
    }

    @Test
    void theArchiveBesideTheJarComesFirstAndIsNeverRemade() throws IOException {
        Path jar = jar();
        Path beside = Files.write(dir.resolve("keyplan.jsa"), new byte[] {9});
        ClassData c = ClassData.find("build", jar.toString(), JDK, VM, dir.resolve("cache"));
        assertEquals(new ClassData(beside, false), c);
        assertEquals(List.of("-XX:SharedArchiveFile=" + beside, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), c.options());
        assertFalse(Files.exists(dir.resolve("cache")), "no cache folder made");
    }

    @Test
    void anArchiveBesideTheJarIsUsedOnlyForTheJarAndJdkItsStampNames() throws IOException {
        Path jar = jar();
        Path beside = Files.write(dir.resolve("keyplan.jsa"), new byte[] {9});
        Path stamp = ClassData.stampOf(beside);
        assertEquals(dir.resolve("keyplan.jsa.key"), stamp);
        ClassData.stamp(stamp.toString(), jar.toString(), JDK, VM); // as the training run of mvn package does
        assertEquals(ClassData.identity(jar, JDK, VM) + "\n", Files.readString(stamp, StandardCharsets.UTF_8));
        assertEquals(new ClassData(beside, false), ClassData.find("build", jar.toString(), JDK, VM, null));

        // Another JDK: the JVM would ignore the archive without a word, so the cache makes one that fits.
        Path cache = dir.resolve("cache");
        ClassData other = ClassData.find("build", jar.toString(), "/usr/lib/jvm/jdk-25", "25.0.3+9", cache);
        assertTrue(other.making(), other.toString());
        assertEquals(cache.resolve("keyplan"), other.file().getParent());
        other.finish(false);
        // validate makes none, and maps none that does not fit.
        assertNull(ClassData.find("validate", jar.toString(), "/usr/lib/jvm/jdk-25", "25.0.3+9", cache));

        // The jar rebuilt (or copied, or moved): its time or place no longer fits the stamp.
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertFalse(ClassData.fits(beside, jar.toString(), JDK, VM));
        Path moved = Files.createDirectories(dir.resolve("moved"));
        Path movedJar = Files.copy(jar, moved.resolve("keyplan.jar"));
        Files.copy(beside, moved.resolve("keyplan.jsa"));
        Files.copy(stamp, moved.resolve("keyplan.jsa.key"));
        Files.setLastModifiedTime(movedJar, Files.getLastModifiedTime(jar));
        assertFalse(ClassData.fits(moved.resolve("keyplan.jsa"), movedJar.toString(), JDK, VM));

        // No stamp (an archive packaged before stamps, or made by hand): used as before.
        Files.delete(stamp);
        assertTrue(ClassData.fits(beside, jar.toString(), "/usr/lib/jvm/jdk-25", "25.0.3+9"));
        // No stamp asked for, or none that can be written: nothing happens.
        ClassData.stamp(null, jar.toString(), JDK, VM);
        ClassData.stamp(dir.resolve("no/such/folder/keyplan.jsa.key").toString(), jar.toString(), JDK, VM);
        assertFalse(Files.exists(stamp));
    }

    @Test
    void theFirstBuildMakesOneInTheCacheAndLaterRunsMapIt() throws IOException {
        Path jar = jar();
        Path cache = dir.resolve("cache");
        ClassData first = ClassData.find("build", jar.toString(), JDK, VM, cache);
        assertTrue(first.making());
        assertEquals(cache.resolve("keyplan"), first.file().getParent());
        assertTrue(Files.exists(first.partial()), "the launcher tried the folder before the JVM writes to it");
        assertEquals(
                List.of("-XX:ArchiveClassesAtExit=" + first.partial(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                first.options());
        assertFalse(Files.exists(first.file()), "nothing to map before the build has ended");

        Files.write(first.partial(), new byte[] {4, 2}); // what the JVM writes at its end
        first.finish(true);
        assertTrue(Files.exists(first.file()));
        assertFalse(Files.exists(first.partial()));

        for (String command : List.of("build", "validate", "serve")) {
            ClassData later = ClassData.find(command, jar.toString(), JDK, VM, cache);
            assertEquals(new ClassData(first.file(), false), later, command);
            assertEquals(
                    "-XX:SharedArchiveFile=" + first.file(), later.options().get(0));
        }
    }

    @Test
    void onlyABuildMakesOne() throws IOException {
        Path jar = jar();
        assertNull(ClassData.find("validate", jar.toString(), JDK, VM, dir.resolve("cache")));
        assertNull(ClassData.find("serve", jar.toString(), JDK, VM, dir.resolve("cache")));
        assertFalse(Files.exists(dir.resolve("cache")));
    }

    @Test
    void anotherJdkOrAnotherJarGetsAnArchiveOfItsOwn() throws IOException {
        Path jar = jar();
        String key = ClassData.key(jar, JDK, VM);
        assertEquals(key, ClassData.key(jar, JDK, VM));
        assertNotEquals(key, ClassData.key(jar, "/usr/lib/jvm/temurin-25-jdk-amd64", VM), "another JDK");
        assertNotEquals(key, ClassData.key(jar, JDK, "17.0.16+8"), "the same JDK updated in place");
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertNotEquals(key, ClassData.key(jar, JDK, VM), "the jar replaced by another release");
        String older = ClassData.key(jar, JDK, VM);
        FileTime time = Files.getLastModifiedTime(jar);
        Files.write(jar, new byte[] {1, 2, 3, 4});
        Files.setLastModifiedTime(jar, time);
        assertNotEquals(older, ClassData.key(jar, JDK, VM), "another size");

        // The archive of the old jar is left alone, and the new one is made beside it.
        Path cache = dir.resolve("cache");
        Path stale = Files.createDirectories(cache.resolve("keyplan")).resolve("classes-" + older + ".jsa");
        Files.write(stale, new byte[] {7});
        ClassData now = ClassData.find("build", jar.toString(), JDK, VM, cache);
        assertTrue(now.making());
        assertNotEquals(stale, now.file());
    }

    @Test
    void aCacheFolderThatCannotBeWrittenMeansNoArchive() throws IOException {
        Path jar = jar();
        // A file where the folder should be: fails for every user, root included (a mode would not stop root).
        Path blocked = Files.writeString(dir.resolve("cache"), "not a folder");
        assertNull(ClassData.find("build", jar.toString(), JDK, VM, blocked));
        assertNull(ClassData.find("build", jar.toString(), JDK, VM, null), "no cache folder at all");
        assertEquals("not a folder", Files.readString(blocked));
    }

    @Test
    void aRunThatDidNotEndWellOrWroteNothingLeavesNoArchive() throws IOException {
        Path jar = jar();
        Path cache = dir.resolve("cache");
        ClassData stopped = ClassData.find("build", jar.toString(), JDK, VM, cache);
        Files.write(stopped.partial(), new byte[] {1}); // half an archive
        stopped.finish(false);
        assertFalse(Files.exists(stopped.file()));
        assertFalse(Files.exists(stopped.partial()));

        ClassData nothing = ClassData.find("build", jar.toString(), JDK, VM, cache);
        assertTrue(nothing.making(), "tried again by the next build");
        nothing.finish(true); // the JVM could not make one (no base archive in this runtime, say)
        assertFalse(Files.exists(nothing.file()));
        assertFalse(Files.exists(nothing.partial()));
        assertTrue(ClassData.find("build", jar.toString(), JDK, VM, cache).making(), "an empty file is no archive");
    }

    @Test
    void somethingThatIsNoJarGetsNoArchive() throws IOException {
        assertNull(ClassData.find("build", dir.resolve("classes").toString(), JDK, VM, dir.resolve("cache")));
        assertNull(ClassData.find("build", dir.resolve("gone.jar").toString(), JDK, VM, dir.resolve("cache")));
        assertNull(ClassData.find("build", null, JDK, VM, dir.resolve("cache")));
    }

    @Test
    void theCacheFolderFollowsThePlatformsCustom() {
        assertEquals(Path.of("/home/ann/.cache"), ClassData.cacheHome(Map.of(), "Linux", "/home/ann"));
        assertEquals(
                Path.of("/var/cache/ann"),
                ClassData.cacheHome(Map.of("XDG_CACHE_HOME", "/var/cache/ann"), "Linux", "/home/ann"));
        assertEquals(
                Path.of("/home/ann/.cache"),
                ClassData.cacheHome(Map.of("XDG_CACHE_HOME", "relative"), "Linux", "/home/ann"),
                "a relative XDG_CACHE_HOME is ignored");
        assertEquals(Path.of("/Users/ann/Library/Caches"), ClassData.cacheHome(Map.of(), "Mac OS X", "/Users/ann"));
        assertNull(ClassData.cacheHome(Map.of(), "Linux", "?"), "no home folder");
        assertNull(ClassData.cacheHome(Map.of(), "Windows 11", "C:\\Users\\ann"), "no LOCALAPPDATA");
    }

    @Test
    void theLauncherPassesTheArchiveToMakeOrToMap() throws IOException {
        Path jar = jar();
        List<String> jvm = List.of("-jar", jar.toString(), "build");
        ClassData making = ClassData.find("build", jar.toString(), JDK, VM, dir.resolve("cache"));
        List<String> c = Launcher.launchCommand(
                        Main.class, new String[] {"build"}, jvm, jar.toString(), JDK, Map.of(), false, making)
                .orElseThrow();
        assertTrue(c.containsAll(making.options()), c.toString());
        assertTrue(c.containsAll(Launcher.DEFAULT_OPTIONS), c.toString());
        List<String> own = Launcher.launchCommand(
                        Main.class,
                        new String[] {"build"},
                        jvm,
                        jar.toString(),
                        JDK,
                        Map.of("KEYPLAN_JAVA_OPTIONS", "-Xmx1g"),
                        false,
                        making)
                .orElseThrow();
        assertTrue(own.stream().noneMatch(o -> o.contains("Archive")), "own options: only those " + own);
    }

    @Test
    void anArchiveInTheCacheThatCrashesTheJvmIsRemovedAndTheRunRepeatedWithoutIt() throws IOException {
        Path jar = jar();
        Path cache = dir.resolve("cache");
        ClassData made = ClassData.find("build", jar.toString(), JDK, VM, cache);
        Files.write(made.partial(), new byte[] {1});
        made.finish(true);
        ClassData mapped = ClassData.find("build", jar.toString(), JDK, VM, cache);
        assertTrue(mapped.cached());
        for (int crash : new int[] {134, 135, 139}) {
            assertTrue(Launcher.crashedOnArchive(mapped, crash), "signal " + (crash - 128));
        }
        assertFalse(Launcher.crashedOnArchive(mapped, 130), "Ctrl-C is the user's");
        assertFalse(Launcher.crashedOnArchive(mapped, 143), "SIGTERM is the user's");
        assertFalse(Launcher.crashedOnArchive(mapped, 101), "content errors");
        assertFalse(Launcher.crashedOnArchive(made, 134), "an archive being made was not mapped");
        assertFalse(Launcher.crashedOnArchive(null, 134));
        mapped.discard();
        assertFalse(Files.exists(mapped.file()));
        assertTrue(ClassData.find("build", jar.toString(), JDK, VM, cache).making(), "made again by the next build");

        Path beside = Files.write(dir.resolve("keyplan.jsa"), new byte[] {9});
        ClassData packaged = ClassData.find("build", jar.toString(), JDK, VM, cache);
        assertFalse(packaged.cached());
        assertFalse(Launcher.crashedOnArchive(packaged, 134), "the packager's archive is left alone");
        packaged.discard();
        assertTrue(Files.exists(beside));
    }

    /**
     * A real {@code java -jar}: the first build makes an archive in the cache (or, when this JVM
     * cannot make one from the test's class folders, none) without a word about it, and a damaged
     * archive in its place changes neither the output nor the exit code.
     */
    @Test
    void endToEndTheCacheNeverShowsInTheOutput() throws Exception {
        Path jar = TestJar.make(dir);
        Path content = Path.of("src/test/resources/load/mistakes").toAbsolutePath();
        Path cache = dir.resolve("cache").resolve(ClassData.FOLDER);
        String[] run = {
            "build",
            "--content",
            content.toString(),
            "--output",
            dir.resolve("site").toString()
        };

        Process first = TestJar.javaJar(jar, run).redirectErrorStream(true).start();
        String firstOut = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, first.exitValue(), "content errors, through the second JVM:\n" + firstOut);
        assertFalse(firstOut.toLowerCase(Locale.ROOT).contains("cds"), firstOut);
        assertFalse(firstOut.toLowerCase(Locale.ROOT).contains("archive"), firstOut);
        try (var left = Files.list(cache)) {
            assertEquals(
                    List.of(), left.filter(f -> f.toString().endsWith(".part")).toList(), "no part left");
        }

        String key = ClassData.key(jar, System.getProperty("java.home"), System.getProperty("java.vm.version"));
        Files.write(
                cache.resolve("classes-" + key + ".jsa"),
                "not an archive".repeat(500).getBytes());
        Process second = TestJar.javaJar(jar, run).redirectErrorStream(true).start();
        String secondOut = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(second.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, second.exitValue(), secondOut);
        assertEquals(
                firstOut.lines().filter(l -> l.contains("error")).toList(),
                secondOut.lines().filter(l -> l.contains("error")).toList(),
                "the same findings");
        assertFalse(secondOut.toLowerCase(Locale.ROOT).contains("cds"), secondOut);
        assertFalse(secondOut.toLowerCase(Locale.ROOT).contains("archive"), secondOut);
    }
}
