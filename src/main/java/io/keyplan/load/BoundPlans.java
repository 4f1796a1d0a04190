package io.keyplan.load;

import io.keyplan.model.AccountPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The plans one load bound, each with the very bytes of {@code account.yaml} it was bound from, handed
 * to the history read beside the load: the newest version git holds of a plan is nearly always the
 * file in the working tree, and the history then takes the loader's plan instead of parsing those
 * bytes again (docs/performance.md, "History from git", sixth round). A plan is only ever used for
 * bytes equal to the ones recorded here, so a file edited while the build runs is parsed as usual.
 *
 * <p>Filled by the loader's threads; {@link #finish} says the load is over (also when it failed), and
 * {@link #await} waits for that. Safe for several threads.
 */
public final class BoundPlans {
    /** One {@code account.yaml}: the bytes the loader read and the plan it bound from them. */
    public record Bound(byte[] bytes, AccountPlan plan) {}

    private static final BoundPlans NONE = finished();

    private final List<Bound> bound = new ArrayList<>();
    private final CompletableFuture<List<Bound>> done = new CompletableFuture<>();

    /** Empty, to be filled by a load and then finished. */
    public BoundPlans() {}

    /** None, and nothing to wait for: a history read without a load beside it. */
    public static BoundPlans none() {
        return NONE;
    }

    private static BoundPlans finished() {
        BoundPlans none = new BoundPlans();
        none.finish();
        return none;
    }

    /** Records that {@code plan} was bound from {@code bytes}; ignored once the load is over. */
    void put(byte[] bytes, AccountPlan plan) {
        synchronized (bound) {
            if (!done.isDone()) {
                bound.add(new Bound(bytes, plan));
            }
        }
    }

    /** The load is over: what was recorded is all there will be. Called once or more; only the first counts. */
    public void finish() {
        synchronized (bound) {
            done.complete(List.copyOf(bound));
            bound.clear();
        }
    }

    /** What the load bound, once it is over (waits until {@link #finish}); in no particular order. */
    public List<Bound> await() throws InterruptedException {
        try {
            return done.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e); // never completed exceptionally
        }
    }
}
