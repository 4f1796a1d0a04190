package io.keyplan.load;

import io.keyplan.model.AccountPlan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * For each {@link AccountPlan} a load made, a SHA-256 digest of what it was made from: KeyPlan's code
 * (as the caller names it), the display path of {@code account.yaml} and the very bytes the loader
 * read and bound. {@code build --cache} keys the plan by this digest instead of walking the record
 * (docs/decisions.md, "Keys from an account's files"): the plan is a function of exactly these
 * three (the binder reads nothing else: no date, no {@code portal.yaml}, no environment), so two
 * plans with one digest are the same plan. Plans are found by identity: a plan made elsewhere (the
 * public profile's released copy, a test's record) has no digest and is walked. Safe to fill from
 * several threads.
 */
public final class PlanDigests {
    /** Sets these digests apart from every other SHA-256 KeyPlan makes. */
    private static final byte[] DOMAIN =
            "KeyPlan: an account.yaml as the loader read it\n".getBytes(StandardCharsets.UTF_8);

    private final byte[] code;
    private final Map<AccountPlan, byte[]> byPlan = Collections.synchronizedMap(new IdentityHashMap<>());

    /** @param code KeyPlan's code identity (its version and the jar's digest): the binder is code too */
    public PlanDigests(String code) {
        this.code = code.getBytes(StandardCharsets.UTF_8);
    }

    /** Records that {@code plan} was bound from {@code bytes}, read from the file shown as {@code display}. */
    void put(AccountPlan plan, String display, byte[] bytes) {
        byPlan.put(plan, digest(display, bytes));
    }

    /** Records {@code digest}, made by {@link #digest} for the bytes {@code plan} was bound from. */
    void put(AccountPlan plan, byte[] digest) {
        byPlan.put(plan, digest.clone());
    }

    /** The digest {@link #put(AccountPlan, String, byte[])} records for these bytes of the file shown as {@code display}. */
    byte[] digest(String display, byte[] bytes) {
        MessageDigest d = Digests.sha256(DOMAIN);
        Digests.part(d, code);
        Digests.part(d, display.getBytes(StandardCharsets.UTF_8));
        Digests.part(d, bytes);
        return d.digest();
    }

    /** The digest of {@code plan} if this load made exactly that object, else null. */
    public byte[] of(Object plan) {
        byte[] d = plan instanceof AccountPlan p ? byPlan.get(p) : null;
        return d == null ? null : d.clone();
    }

    /** How many plans have a digest. */
    public int size() {
        return byPlan.size();
    }
}
