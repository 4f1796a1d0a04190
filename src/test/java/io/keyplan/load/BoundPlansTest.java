package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader hands the history exactly the plans it bound, each with the bytes it was bound from. */
class BoundPlansTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 23);

    @Test
    void everyPlanBoundFromAFileComesWithItsVeryBytes(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        write(content.resolve("portal.yaml"), "title: Test portal\n");
        write(content.resolve("accounts/a/account.yaml"), "name: A\nowner: Anna\n");
        write(content.resolve("accounts/b/account.yaml"), "\uFEFFname: B\r\nowner: Ben\r\n");
        // A plan that does not load is handed over as nothing.
        write(content.resolve("accounts/c/account.yaml"), "name: [unclosed\n");
        BoundPlans bound = new BoundPlans();
        Content loaded = new ContentLoader(null, null, bound).load(content, DATE, new Diagnostics());
        bound.finish();
        List<BoundPlans.Bound> all = bound.await().stream()
                .sorted(Comparator.comparing(b -> b.plan().name()))
                .toList();
        assertEquals(2, all.size());
        List<Account> accounts = loaded.accounts();
        assertEquals(2, accounts.size());
        for (int i = 0; i < 2; i++) {
            Account account = accounts.get(i);
            assertSame(account.plan(), all.get(i).plan(), "the loader's own plan, not a copy");
            assertArrayEquals(
                    Files.readAllBytes(content.resolve("accounts/" + account.slug() + "/account.yaml")),
                    all.get(i).bytes());
        }
    }

    @Test
    void theHistoryWaitsUntilTheLoadIsOverAndNothingCountsAfterIt() throws Exception {
        BoundPlans bound = new BoundPlans();
        CompletableFuture<List<BoundPlans.Bound>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return bound.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        AccountPlan plan = io.keyplan.load.Snapshots.plan("name: A\n", "account.yaml");
        bound.put("name: A\n".getBytes(StandardCharsets.UTF_8), plan);
        Thread.sleep(50);
        assertTrue(!waiting.isDone(), "not before the load is over");
        bound.finish();
        assertEquals(1, waiting.get(5, TimeUnit.SECONDS).size());
        bound.put("name: B\n".getBytes(StandardCharsets.UTF_8), plan);
        bound.finish();
        assertEquals(1, bound.await().size(), "the first finish counts");
        assertEquals(List.of(), BoundPlans.none().await(), "none: nothing to wait for");
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
