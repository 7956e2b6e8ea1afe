package nl.policybake.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time per stage of a build, in the order the stages ran, in milliseconds. */
final class StageClock {

    private final Map<String, Long> laps = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the stage {@code stage}: the time since the last lap is its time. */
    void lap(String stage) {
        long now = System.nanoTime();
        laps.put(stage, (now - last) / 1_000_000);
        last = now;
    }

    Map<String, Long> laps() {
        return Collections.unmodifiableMap(laps);
    }

    /** Milliseconds since {@code start}, a {@link System#nanoTime()}. */
    static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
