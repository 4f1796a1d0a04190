package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The build's rendering threads: every task once, the booklet after the accounts, all cores busy, failures as thrown. */
class RenderTasksTest {

    @Test
    void runsEveryTaskOnceAndTheLastOnesAfterAllTheFirst() {
        List<Integer> done = new CopyOnWriteArrayList<>();
        List<Runnable> first = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            first.add(() -> done.add(n));
        }
        List<Integer> seenByLast = new ArrayList<>();
        RenderTasks.run(first, List.of(() -> seenByLast.addAll(done)));

        assertEquals(200, done.size());
        assertEquals(200, new HashSet<>(done).size());
        assertEquals(200, seenByLast.size(), "the last task saw every first one done");
    }

    @Test
    void usesOneThreadPerProcessorWhenThereIsEnoughWork() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Runnable> tasks = new ArrayList<>();
        // About a second of work: long enough for every thread to start even on a busy machine.
        for (int i = 0; i < 200; i++) {
            tasks.add(() -> {
                threads.add(Thread.currentThread().getName());
                sleep(5);
            });
        }
        RenderTasks.run(tasks, List.of());

        assertEquals(RenderTasks.threads(), threads.size(), threads.toString());
        assertTrue(threads.contains(Thread.currentThread().getName()), "the calling thread works too");
    }

    @Test
    void handsOutTheTasksInTheirOrder() {
        // The caller puts the longest tasks first: each starts no later than the number of threads allows.
        List<Integer> startOrder = new CopyOnWriteArrayList<>();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            tasks.add(() -> {
                startOrder.add(n);
                sleep(1);
            });
        }
        RenderTasks.run(tasks, List.of());

        assertEquals(100, startOrder.size());
        for (int at = 0; at < startOrder.size(); at++) {
            assertTrue(
                    Math.abs(startOrder.get(at) - at) < RenderTasks.threads(),
                    "task " + startOrder.get(at) + " started as number " + at);
        }
    }

    @Test
    void aThemeProblemStopsTheRestAndIsThrownAsItWas() {
        ThemeException broken = new ThemeException("site-theme/templates/account.peb", 3, "broken", "fix it");
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger lastRan = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> {
            throw broken;
        });
        for (int i = 0; i < 10_000; i++) {
            tasks.add(() -> {
                ran.incrementAndGet();
                sleep(1);
            });
        }

        ThemeException thrown =
                assertThrows(ThemeException.class, () -> RenderTasks.run(tasks, List.of(lastRan::incrementAndGet)));
        assertSame(broken, thrown);
        assertTrue(ran.get() < 100, "tasks after the failure were still handed out: " + ran.get());
        assertEquals(0, lastRan.get(), "the last tasks need the first ones done");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
