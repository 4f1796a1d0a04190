package io.keyplan.history;

import io.keyplan.load.Snapshots;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Coded;
import io.keyplan.model.Origin;
import io.keyplan.model.PlanParts;
import io.keyplan.model.SectionId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fingerprint of each section's values: two versions of a plan whose section has the same
 * fingerprint hold the same values in it, however the YAML was laid out. Built from a canonical
 * text of the section's part of the plan ({@link PlanParts}) that leaves out every {@link Origin}
 * (positions move when a file is reformatted) and sorts the keys of maps the user writes (key order
 * means nothing there).
 */
final class SectionPrints {
    private static final ClassValue<Part[]> PARTS = new ClassValue<>() {
        @Override
        protected Part[] computeValue(Class<?> type) {
            List<Part> parts = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() != Origin.class) {
                    Method m = c.getAccessor();
                    m.setAccessible(true);
                    parts.add(new Part(c.getName(), m));
                }
            }
            return parts.toArray(new Part[0]);
        }
    };

    private record Part(String name, Method accessor) {}

    /** The fingerprints of a plan without any section. */
    private static final long[] ABSENT = of(emptyPlan());

    private SectionPrints() {}

    /** The fingerprints of a plan without any section: what a missing or deleted {@code account.yaml} has. */
    static long[] absent() {
        return ABSENT;
    }

    /** A plan without any section, as the loader makes it (absent lists empty, absent sections null). */
    static AccountPlan emptyPlan() {
        return Snapshots.plan("name: x\n", "account.yaml");
    }

    /** One fingerprint per section, in {@link SectionId} order; a section that is absent has that of "nothing". */
    static long[] of(AccountPlan plan) {
        long[] out = new long[SectionId.values().length];
        for (SectionId id : SectionId.values()) {
            out[id.ordinal()] = print(id, plan);
        }
        return out;
    }

    /** The fingerprint of one section of {@code plan}. */
    static long print(SectionId id, AccountPlan plan) {
        return hash(canonical(id, plan));
    }

    /** The canonical text of one section's values (for tests and for reading a difference). */
    static String canonical(SectionId id, AccountPlan plan) {
        StringBuilder sb = new StringBuilder();
        for (Object part : PlanParts.of(id, plan)) {
            write(part, sb);
            sb.append('|');
        }
        return sb.toString();
    }

    /** The fingerprint of a narrative's text: line breaks and outer blank space do not count. */
    static long narrative(String body) {
        return hash(body.replace("\r\n", "\n").replace('\r', '\n').strip());
    }

    private static void write(Object v, StringBuilder sb) {
        if (isEmpty(v)) {
            sb.append('~');
        } else if (v instanceof Record r && r.getClass().getPackageName().equals(Origin.class.getPackageName())) {
            int start = sb.length();
            sb.append('{');
            for (Part p : PARTS.get(r.getClass())) {
                Object value = get(p, r);
                if (!isEmpty(value)) {
                    sb.append(p.name()).append('=');
                    write(value, sb);
                    sb.append(';');
                }
            }
            if (sb.length() == start + 1) {
                // A record with nothing in it ("swot:" with no keys) reads as the section being absent.
                sb.setCharAt(start, '~');
            } else {
                sb.append('}');
            }
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (Object item : list) {
                write(item, sb);
                sb.append(',');
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                StringBuilder entry = new StringBuilder();
                write(e.getKey(), entry);
                entry.append('=');
                write(e.getValue(), entry);
                entries.add(entry.toString());
            }
            entries.sort(null);
            sb.append('<');
            entries.forEach(e -> sb.append(e).append(','));
            sb.append('>');
        } else if (v instanceof Coded c) {
            sb.append('#').append(c.code());
        } else if (v instanceof String s) {
            // Length first, so that no text can pass for structure.
            sb.append('"').append(s.length()).append(':').append(s);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            sb.append(d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d) : Double.toString(d));
        } else {
            sb.append(v);
        }
    }

    /** Absent and empty are the same to a reader (spec: absent lists and maps are empty). */
    private static boolean isEmpty(Object value) {
        return value == null
                || value instanceof List<?> l && l.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }

    private static Object get(Part p, Record r) {
        try {
            return p.accessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + p.name() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    /** 64-bit FNV-1a over the UTF-16 units: collisions between two versions of one section are negligible. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h ^= c & 0xff;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
