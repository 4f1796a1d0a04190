package io.keyplan.history;

import io.keyplan.load.Snapshots;
import io.keyplan.model.AccountPlan;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * What each version of a plan file says, read once per blob however many commits hold it: the
 * section fingerprints of an {@code account.yaml}, the fingerprint of a narrative. Fingerprints are
 * small and kept for the whole walk; parsed plans (needed again for the completeness after a commit
 * that only touched a narrative) are kept only for the most recent few hundred blobs, so that
 * memory stays flat however long the history is. Safe for the walk's threads.
 */
final class Blobs {
    /** A version of {@code account.yaml} that does not parse. */
    static final long[] UNREADABLE = new long[0];

    /** A narrative version's fingerprint; {@code blank} also for an absent file. */
    record Text(boolean readable, boolean blank, long print) {
        static final Text ABSENT = new Text(true, true, SectionPrints.narrative(""));
        static final Text UNREADABLE = new Text(false, true, 0);
    }

    private static final int PLANS_KEPT = 512;
    /** Larger files are not read (the loader refuses them too). */
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private final Repository repo;
    private final Map<ObjectId, long[]> yaml = new ConcurrentHashMap<>();
    private final Map<ObjectId, Text> texts = new ConcurrentHashMap<>();
    private final Map<ObjectId, AccountPlan> plans = new LinkedHashMap<>(PLANS_KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ObjectId, AccountPlan> eldest) {
            return size() > PLANS_KEPT;
        }
    };

    Blobs(Repository repo) {
        this.repo = repo;
    }

    /** The section fingerprints of an {@code account.yaml} version; {@link #UNREADABLE} when it does not parse. */
    long[] prints(ObjectId blob, ObjectReader reader) throws IOException {
        long[] p = yaml.get(blob);
        if (p == null) {
            AccountPlan plan = parse(blob, reader);
            p = plan == null ? UNREADABLE : SectionPrints.of(plan);
            yaml.put(blob.copy(), p);
        }
        return p;
    }

    /** The parsed plan of an {@code account.yaml} version; null when it does not parse. */
    AccountPlan plan(ObjectId blob, ObjectReader reader) throws IOException {
        synchronized (plans) {
            AccountPlan p = plans.get(blob);
            if (p != null) {
                return p;
            }
        }
        if (yaml.get(blob) == UNREADABLE) {
            return null;
        }
        return parse(blob, reader);
    }

    private AccountPlan parse(ObjectId blob, ObjectReader reader) throws IOException {
        byte[] bytes = bytes(blob, reader);
        AccountPlan plan = bytes == null ? null : Snapshots.plan(bytes, "account.yaml");
        if (plan != null) {
            synchronized (plans) {
                plans.put(blob.copy(), plan);
            }
        }
        return plan;
    }

    /** A narrative version's fingerprint. */
    Text text(ObjectId blob, ObjectReader reader) throws IOException {
        Text t = texts.get(blob);
        if (t == null) {
            byte[] bytes = bytes(blob, reader);
            t = bytes == null ? Text.UNREADABLE : text(bytes);
            texts.put(blob.copy(), t);
        }
        return t;
    }

    /** The fingerprint of narrative bytes (also those of a file in the working tree). */
    static Text text(byte[] bytes) {
        String body = Snapshots.narrative(bytes, "narrative.md");
        if (body == null) {
            return Text.UNREADABLE;
        }
        return new Text(true, body.isBlank(), SectionPrints.narrative(body));
    }

    /** The section fingerprints of {@code account.yaml} bytes (also those of a file in the working tree). */
    static long[] prints(byte[] bytes) {
        AccountPlan plan = Snapshots.plan(bytes, "account.yaml");
        return plan == null ? UNREADABLE : SectionPrints.of(plan);
    }

    private static byte[] bytes(ObjectId blob, ObjectReader reader) throws IOException {
        ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
        if (loader.getSize() > MAX_BYTES) {
            return null;
        }
        return loader.getCachedBytes((int) MAX_BYTES);
    }

    Repository repository() {
        return repo;
    }
}
