package nl.policybake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/policybake} sizes the heap to the site and the command, sets the JIT compiler for a short run and the
 * collector for the command: run with a {@code java} on the PATH that only prints its arguments, so no JVM starts.
 */
class LauncherTest {

    private static final String JIT = "-XX:MaxInlineLevel=4 -XX:InlineSmallCode=500 -XX:FreqInlineSize=50";

    @TempDir
    Path dir;
    Path site;
    Path bin;

    @BeforeEach
    void makeSiteAndFakeJava() throws IOException {
        site = dir.resolve("site");
        Files.createDirectories(site.resolve("content"));
        // 3 MB of content: the heap is 256 + 4 x 3 MB for a build, 512 + 16 x 3 MB (at least 1 GB) for serve and check
        Files.write(site.resolve("content/groot.md"), new byte[3 * 1024 * 1024]);
        bin = dir.resolve("bin");
        Files.createDirectories(bin);
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("policybake.jar"), "not a jar; the fake java does not read it");
    }

    private String launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", Path.of("bin/policybake").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("POLICYBAKE_JAR", dir.resolve("policybake.jar").toString());
        pb.environment().remove("POLICYBAKE_HEAP");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void aBuildGetsAHeapOf256MbPlusFourTimesTheContentAndTheParallelCollector() throws Exception {
        assertEquals("-Xmx268m " + JIT + " -XX:+UseParallelGC -Xmn89m -jar " + dir.resolve("policybake.jar")
                        + " build --site " + site + " --output x",
                launch(Map.of(), "build", "--site", site.toString(), "--output", "x"));
    }

    @Test
    void aBuildsYoungGenerationIsAThirdOfTheHeapAtMost256Mb() throws Exception {
        assertTrue(launch(Map.of("POLICYBAKE_HEAP", "600m"), "build").contains(" -XX:+UseParallelGC -Xmn200m "));
        assertTrue(launch(Map.of("POLICYBAKE_HEAP", "3g"), "build").contains(" -XX:+UseParallelGC -Xmn256m "));
        assertTrue(launch(Map.of("POLICYBAKE_HEAP", "3145728k"), "build").contains(" -Xmn256m "));
        String odd = launch(Map.of("POLICYBAKE_HEAP", "1.5g"), "build");
        assertTrue(odd.startsWith("-Xmx1.5g " + JIT + " -XX:+UseParallelGC -jar "),
                "java reports the bad size: " + odd);
    }

    @Test
    void aCollectorInJavaOptsReplacesTheLaunchersAndServeKeepsG1() throws Exception {
        assertEquals("-Xmx268m " + JIT + " -XX:+UseG1GC -jar " + dir.resolve("policybake.jar") + " build --site "
                + site, launch(Map.of("JAVA_OPTS", "-XX:+UseG1GC"), "build", "--site", site.toString()));
        assertTrue(launch(Map.of("JAVA_OPTS", "-XX:+UseGCOverheadLimit"), "build").contains(" -XX:+UseParallelGC "),
                "an option that is no collector leaves the launcher's");
        assertFalse(launch(Map.of(), "serve", "--site", site.toString()).contains("GC"));
        assertFalse(launch(Map.of(), "check", "--site", site.toString()).contains("-Xmn"));
    }

    @Test
    void serveAndCheckKeepEveryPageAndGetAtLeastOneGigabyte() throws Exception {
        assertEquals("-Xmx1024m", launch(Map.of(), "--site=" + site, "serve", "--port", "8080").split(" ")[0]);
        assertEquals("-Xmx1024m", launch(Map.of(), "check", "--site", site.toString()).split(" ")[0]);
        Files.write(site.resolve("content/groter.md"), new byte[40 * 1024 * 1024]);
        assertEquals("-Xmx1200m", launch(Map.of(), "serve", "--site", site.toString()).split(" ")[0]);
    }

    @Test
    void anOptionValueIsNotTakenForTheCommandAndTheEnvironmentOverrides() throws Exception {
        assertEquals("-Xmx268m", launch(Map.of(), "--output", "serve", "build", "--site", site.toString())
                .split(" ")[0]);
        assertEquals("-Xmx3g " + JIT + " -XX:MaxInlineLevel=15 -XX:+UseSerialGC -jar "
                        + dir.resolve("policybake.jar") + " check",
                launch(Map.of("POLICYBAKE_HEAP", "3g", "JAVA_OPTS", "-XX:MaxInlineLevel=15 -XX:+UseSerialGC"),
                        "check"));
    }
}
