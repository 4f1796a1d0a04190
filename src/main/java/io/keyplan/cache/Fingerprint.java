package io.keyplan.cache;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The key of "everything a value is made of": SHA-256 over a canonical, type-tagged walk of the
 * actual objects (records component by component, KeyPlan's own classes field by field, lists,
 * maps, sets, arrays, strings, numbers, dates, enums). A value that holds a type the walk does not
 * know gets no key ({@link Unknown}), so a field added later can never be silently left out of a
 * key: what is not hashed is not reused.
 *
 * <p>Rules the walk relies on, each safe by construction:
 *
 * <ul>
 *   <li>A {@code transient} field of a KeyPlan class is a memo of its other fields (worked out on
 *       first use) and is skipped; every other field, private or not, is walked.
 *   <li>Collections are walked in their iteration order, except the JDK's immutable {@code Map.of}
 *       and {@code Set.of} collections, whose order is random per JVM, and {@code HashMap},
 *       {@code HashSet} and {@code ConcurrentHashMap}, whose order among keys in one bucket is the
 *       order they were put in (which may come from a {@code Map.of}): no reproducible page can
 *       depend on it, so they are hashed whatever their order.
 *   <li>The types the caller names as immutable (the model's records, views made once per account)
 *       and long strings are hashed once per object and key-maker: pages share them.
 *   <li>A "stand-in" replaces a value the caller knows better than the walk (a theme by the digest of
 *       its files, a formatter by its locale); the stand-in is walked instead.
 *   <li>A "known digest" replaces the walk of one object of a memoised type: the caller made the
 *       digest from everything the object was made of (an account's plan from the bytes of its
 *       file, see load.PlanDigests), so that two objects with one digest are the same value. It is
 *       tagged apart from a walked value's digest. Instead of a digest the caller may name the
 *       values the object is a pure function of (a view made from a few others): those are walked
 *       in its place, tagged with its type.
 * </ul>
 *
 * A key-maker is meant for one build: safe to use from several threads.
 */
public final class Fingerprint {
    /** A value holds a type the walk does not know: it gets no key and is never reused. */
    public static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unknown(String what) {
            super(what, null, false, false);
        }
    }

    /** A string at least this long is hashed once per object and key-maker (narratives, charts). */
    static final int LONG_STRING = 256;

    private static final Class<?> IMMUTABLE_SET = Set.of(1, 2, 3).getClass();
    private static final Class<?> IMMUTABLE_SET12 = Set.of(1).getClass();
    private static final Class<?> IMMUTABLE_MAP = Map.of(1, 1, 2, 2).getClass();
    private static final Class<?> IMMUTABLE_MAP1 = Map.of(1, 1).getClass();

    /** The first 8 bytes of SHA-256 of a class's name: under the quick compiler every hashed byte costs. */
    private static final ClassValue<byte[]> TYPE_IDS = new ClassValue<>() {
        @Override
        protected byte[] computeValue(Class<?> type) {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256")
                        .digest(type.getName().getBytes(StandardCharsets.UTF_8));
                return Arrays.copyOf(d, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    };

    /**
     * Every walk starts from a copy of this digest: {@link MessageDigest#getInstance} looks the
     * algorithm up among the providers each time, and a page's variables take a walk per entry.
     */
    private static final MessageDigest SHA256;

    static {
        try {
            SHA256 = MessageDigest.getInstance("SHA-256");
            SHA256.clone();
        } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime, and the JDK's can be copied", e);
        }
    }

    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            Method[] out = new Method[rc.length];
            for (int i = 0; i < rc.length; i++) {
                out[i] = rc[i].getAccessor();
            }
            AccessibleObject.setAccessible(out, true);
            return out;
        }
    };

    private static final ClassValue<Field[]> FIELDS = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
            List<Field> out = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (!c.getName().startsWith("io.keyplan.")) {
                    throw new Unknown(type.getName() + " extends " + c.getName());
                }
                List<Field> own = new ArrayList<>();
                for (Field f : c.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (!Modifier.isStatic(m) && !Modifier.isTransient(m)) {
                        own.add(f);
                    }
                }
                own.sort(Comparator.comparing(Field::getName));
                out.addAll(own);
            }
            Field[] fields = out.toArray(Field[]::new);
            AccessibleObject.setAccessible(fields, true);
            return fields;
        }
    };

    private final Map<Class<?>, Function<Object, Object>> standIns;
    private final Set<Class<?>> memoisedTypes;
    private final Function<Object, ?> known;
    private final Map<Object, byte[]> memo = new ConcurrentHashMap<>();

    /**
     * @param standIns for each type (exactly that class), what is hashed in its place
     * @param memoised further types whose objects do not change while this key-maker is used
     * @param known for an object of a memoised type: the digest ({@code byte[]}) of everything it was
     *     made from, or the values it was made from (walked in its place, with its type; they must not
     *     hold the object), or null to walk it; asked once per object
     */
    public Fingerprint(
            Map<Class<?>, Function<Object, Object>> standIns, Set<Class<?>> memoised, Function<Object, ?> known) {
        this.standIns = Map.copyOf(standIns);
        this.memoisedTypes = Set.copyOf(memoised);
        this.known = known;
    }

    /** A key-maker without known digests. */
    public Fingerprint(Map<Class<?>, Function<Object, Object>> standIns, Set<Class<?>> memoised) {
        this(standIns, memoised, v -> null);
    }

    /** A key-maker that knows no stand-in. */
    public Fingerprint() {
        this(Map.of(), Set.of());
    }

    /** The 32-byte key of {@code parts}, in order; throws {@link Unknown} when one holds a type the walk does not know. */
    public byte[] of(Object... parts) {
        Walk w = new Walk();
        w.value(Arrays.asList(parts));
        return w.digest();
    }

    /** {@link #of} as 64 hex digits, or null when a part holds a type the walk does not know. */
    public String keyOrNull(Object... parts) {
        try {
            return java.util.HexFormat.of().formatHex(of(parts));
        } catch (Unknown e) {
            return null;
        }
    }

    /** Identity of an object for the memo: equal only to itself. */
    private record Same(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same s && s.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    /** One walk: type tags and values into a digest; a buffer in front of it, since most values are a few bytes. */
    private final class Walk {
        private final MessageDigest digest;
        private final byte[] buf = new byte[1024];
        private int n;
        /** The containers being walked, outermost first: a value met again on this path is a back-reference. */
        private final IdentityHashMap<Object, Integer> path = new IdentityHashMap<>();

        Walk() {
            try {
                digest = (MessageDigest) SHA256.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("checked when the class was loaded", e);
            }
        }

        byte[] digest() {
            flush();
            return digest.digest();
        }

        private void flush() {
            digest.update(buf, 0, n);
            n = 0;
        }

        private void tag(char t) {
            if (n == buf.length) {
                flush();
            }
            buf[n++] = (byte) t;
        }

        private void int32(int v) {
            if (n + 4 > buf.length) {
                flush();
            }
            buf[n++] = (byte) (v >>> 24);
            buf[n++] = (byte) (v >>> 16);
            buf[n++] = (byte) (v >>> 8);
            buf[n++] = (byte) v;
        }

        private void int64(long v) {
            int32((int) (v >>> 32));
            int32((int) v);
        }

        private void bytes(byte[] b) {
            int32(b.length);
            if (n + b.length <= buf.length) {
                System.arraycopy(b, 0, buf, n, b.length);
                n += b.length;
            } else {
                flush();
                digest.update(b);
            }
        }

        private void text(String s) {
            int len = s.length();
            int32(len);
            for (int i = 0; i < len; i++) {
                if (n + 2 > buf.length) {
                    flush();
                }
                char c = s.charAt(i);
                buf[n++] = (byte) (c >>> 8);
                buf[n++] = (byte) c;
            }
        }

        /** UTF-8 when that is lossless (no lone surrogate), else UTF-16; a long string once per object. */
        private void string(String s) {
            if (s.length() >= LONG_STRING) {
                byte[] d = memo.get(new Same(s));
                if (d == null) {
                    Walk own = new Walk();
                    own.plain(s);
                    d = own.digest();
                    memo.put(new Same(s), d);
                }
                tag('H');
                flush();
                digest.update(d);
                return;
            }
            plain(s);
        }

        private void plain(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            // The encoder writes '?' for a lone surrogate: only then can two strings share their bytes.
            boolean lossless = b.length == s.length() && noQuestionMark(b) || !hasLoneSurrogate(s);
            if (lossless) {
                tag('S');
                bytes(b);
            } else {
                tag('u');
                text(s);
            }
        }

        private static boolean noQuestionMark(byte[] b) {
            for (byte x : b) {
                if (x == '?') {
                    return false;
                }
            }
            return true;
        }

        private static boolean hasLoneSurrogate(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }

        /** A type by its name's id, so values of two types that print alike never share a key. */
        private void type(Class<?> c) {
            byte[] id = TYPE_IDS.get(c);
            if (n + id.length > buf.length) {
                flush();
            }
            System.arraycopy(id, 0, buf, n, id.length);
            n += id.length;
        }

        void value(Object v) {
            if (v == null) {
                tag('N');
            } else if (v instanceof String s) {
                string(s);
            } else if (v instanceof Boolean b) {
                tag(b ? 'T' : 'F');
            } else if (v instanceof Integer i) {
                tag('I');
                int32(i);
            } else if (v instanceof Long l) {
                tag('J');
                int64(l);
            } else if (v instanceof Double d) {
                tag('D');
                int64(Double.doubleToLongBits(d));
            } else if (v instanceof Float f) {
                tag('f');
                int32(Float.floatToIntBits(f));
            } else if (v instanceof Short s) {
                tag('s');
                int32(s);
            } else if (v instanceof Byte b) {
                tag('b');
                int32(b);
            } else if (v instanceof Character c) {
                tag('C');
                int32(c);
            } else if (v instanceof Enum<?> e) {
                tag('E');
                type(e.getDeclaringClass());
                text(e.name());
            } else if (isValueText(v)) {
                // Immutable JDK values whose string form is complete and canonical.
                tag('V');
                type(v.getClass());
                text(v.toString());
            } else if (v instanceof Locale l) {
                tag('L');
                text(l.toLanguageTag());
            } else if (v instanceof Currency c) {
                tag('$');
                text(c.getCurrencyCode());
            } else if (v instanceof Path p) {
                tag('P');
                text(p.toString());
            } else {
                container(v);
            }
        }

        private boolean isValueText(Object v) {
            return v instanceof BigDecimal
                    || v instanceof BigInteger
                    || v instanceof LocalDate
                    || v instanceof LocalDateTime
                    || v instanceof LocalTime
                    || v instanceof Instant
                    || v instanceof OffsetDateTime
                    || v instanceof ZonedDateTime
                    || v instanceof Year
                    || v instanceof YearMonth
                    || v instanceof MonthDay
                    || v instanceof Duration
                    || v instanceof Period
                    || v instanceof ZoneId
                    || v instanceof URI
                    || v instanceof UUID;
        }

        /** Values that hold others: checked for cycles, then walked by kind. */
        private void container(Object v) {
            Integer at = path.get(v);
            if (at != null) {
                tag('^'); // a cycle: which enclosing value it returns to
                int32(at);
                return;
            }
            Class<?> c = v.getClass();
            Function<Object, Object> standIn = standIns.get(c);
            if (standIn == null && memoisedTypes.contains(c)) {
                byte[] d = memo.get(new Same(v));
                if (d == null) {
                    Object given = known.apply(v);
                    if (given instanceof byte[] b) {
                        // Tagged apart from a walk: one stream is never both a walk and a digest given.
                        d = new byte[b.length + 1];
                        d[0] = 'B';
                        System.arraycopy(b, 0, d, 1, b.length);
                    } else if (given != null) {
                        // What it was made from, on a walk of its own, with its type: the same inputs
                        // made into another type never share the key.
                        Walk own = new Walk();
                        own.tag('F');
                        own.type(c);
                        own.value(given);
                        byte[] inputs = own.digest();
                        d = new byte[inputs.length + 1];
                        d[0] = 'F';
                        System.arraycopy(inputs, 0, d, 1, inputs.length);
                    } else {
                        // On a walk of its own: its key must not depend on where it was first met.
                        Walk own = new Walk();
                        own.path.put(v, 0);
                        own.walk(v, null);
                        byte[] walked = own.digest();
                        d = new byte[walked.length + 1];
                        d[0] = 'H';
                        System.arraycopy(walked, 0, d, 1, walked.length);
                    }
                    memo.put(new Same(v), d);
                }
                flush();
                digest.update(d);
                return;
            }
            path.put(v, path.size());
            try {
                walk(v, standIn);
            } finally {
                path.remove(v);
            }
        }

        private void walk(Object v, Function<Object, Object> standIn) {
            Class<?> c = v.getClass();
            if (standIn != null) {
                tag('=');
                type(c);
                value(standIn.apply(v));
            } else if (v instanceof Optional<?> o) {
                tag('O');
                value(o.orElse(null));
            } else if (c == IMMUTABLE_SET || c == IMMUTABLE_SET12 || c == HashSet.class) {
                tag('U');
                unordered((Collection<?>) v, null);
            } else if (c == IMMUTABLE_MAP
                    || c == IMMUTABLE_MAP1
                    || c == HashMap.class
                    || c == ConcurrentHashMap.class) {
                Map<?, ?> m = (Map<?, ?>) v;
                String[] names = textKeys(m);
                if (names != null) {
                    // Keys that are all texts have one order of their own (a page's variables are such a
                    // map): its entries in that order on this walk, not a walk and a digest per entry.
                    Arrays.sort(names);
                    tag('w');
                    int32(names.length);
                    for (String name : names) {
                        value(name);
                        value(m.get(name));
                    }
                } else {
                    tag('W');
                    unordered(m.entrySet(), e -> Arrays.asList(e.getKey(), e.getValue()));
                }
            } else if (v instanceof Collection<?> col && isJdk(c)) {
                tag(v instanceof Set ? 'Q' : 'A');
                int32(col.size());
                int count = 0;
                for (Object e : col) {
                    value(e);
                    count++;
                }
                int32(count);
            } else if (v instanceof Map<?, ?> m && isJdk(c)) {
                tag('M');
                int32(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    value(e.getKey());
                    value(e.getValue());
                }
            } else if (c.isArray()) {
                array(v);
            } else if (c.isRecord() && ownClass(c)) {
                tag('R');
                type(c);
                for (Method m : COMPONENTS.get(c)) {
                    value(invoke(m, v));
                }
            } else if (ownClass(c)) {
                tag('K');
                type(c);
                for (Field f : FIELDS.get(c)) {
                    try {
                        value(f.get(v));
                    } catch (IllegalAccessException e) {
                        throw new Unknown(c.getName() + "." + f.getName() + " cannot be read");
                    }
                }
            } else {
                throw new Unknown(c.getName());
            }
        }

        /** The keys of {@code m} when every one is a {@code String}, else null. */
        private static String[] textKeys(Map<?, ?> m) {
            String[] names = new String[m.size()];
            int i = 0;
            for (Object k : m.keySet()) {
                if (!(k instanceof String name) || i == names.length) {
                    return null;
                }
                names[i++] = name;
            }
            return i == names.length ? names : null;
        }

        /** The JDK's collections (java.util, its immutable ones included); another library's may hide state. */
        private boolean isJdk(Class<?> c) {
            return c.getName().startsWith("java.util.");
        }

        /** KeyPlan's own named classes: not a lambda, proxy or anonymous class (whose state the walk cannot name). */
        private boolean ownClass(Class<?> c) {
            return c.getName().startsWith("io.keyplan.")
                    && !c.isSynthetic()
                    && !c.isHidden()
                    && !c.isAnonymousClass()
                    && !c.isLocalClass();
        }

        private Object invoke(Method m, Object v) {
            try {
                return m.invoke(v);
            } catch (IllegalAccessException e) {
                throw new Unknown(m.getDeclaringClass().getName() + "." + m.getName() + " cannot be read");
            } catch (InvocationTargetException e) {
                throw new Unknown(m.getDeclaringClass().getName() + "." + m.getName() + " failed: " + e.getCause());
            }
        }

        /** Elements each on a walk of their own, their keys sorted: the same whatever the order. */
        private <T> void unordered(Collection<T> items, Function<T, Object> as) {
            List<byte[]> keys = new ArrayList<>(items.size());
            for (T item : items) {
                Walk own = new Walk();
                own.path.putAll(path);
                own.value(as == null ? item : as.apply(item));
                keys.add(own.digest());
            }
            keys.sort(Arrays::compare);
            int32(keys.size());
            flush();
            keys.forEach(digest::update);
        }

        private void array(Object v) {
            if (v instanceof byte[] b) {
                tag('[');
                tag('b');
                bytes(b);
            } else if (v instanceof int[] a) {
                tag('[');
                tag('i');
                int32(a.length);
                for (int x : a) {
                    int32(x);
                }
            } else if (v instanceof long[] a) {
                tag('[');
                tag('j');
                int32(a.length);
                for (long x : a) {
                    int64(x);
                }
            } else if (v instanceof double[] a) {
                tag('[');
                tag('d');
                int32(a.length);
                for (double x : a) {
                    int64(Double.doubleToLongBits(x));
                }
            } else if (v instanceof boolean[] a) {
                tag('[');
                tag('z');
                int32(a.length);
                for (boolean x : a) {
                    tag(x ? 'T' : 'F');
                }
            } else if (v instanceof char[] a) {
                tag('[');
                tag('c');
                text(new String(a));
            } else if (v instanceof short[] a) {
                tag('[');
                tag('s');
                int32(a.length);
                for (short x : a) {
                    int32(x);
                }
            } else if (v instanceof float[] a) {
                tag('[');
                tag('f');
                int32(a.length);
                for (float x : a) {
                    int32(Float.floatToIntBits(x));
                }
            } else if (v instanceof Object[] a) {
                tag('[');
                tag('o');
                type(v.getClass().getComponentType());
                int32(a.length);
                for (Object x : a) {
                    value(x);
                }
            } else {
                throw new Unknown(v.getClass().getName());
            }
        }
    }
}
