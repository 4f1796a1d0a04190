package io.keyplan.load;

import io.keyplan.model.Origin;
import io.keyplan.model.SourceSpan;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Model records to bytes and back, for the loader's cache (docs/decisions.md, "The loader's cache").
 * The bytes name no class: what is read is decided by the declared types of the records' components,
 * starting from the type the caller names, so a file can only ever make the model's own records,
 * lists, maps, texts, numbers, dates and enum constants. A type this codec does not know, or a
 * collection of a kind the loader does not make, cannot be written ({@link Unsupported}): the caller
 * then keeps nothing, and the next build reads the files again.
 *
 * <p>What is read back equals what was written, down to what equality does not see but a page
 * might: the order of maps and lists, whether a map is an immutable one ({@code Map.copyOf}) or the
 * binder's ordered one, a double's exact bits, {@link Origin#NONE} as that very object.
 *
 * <p>The codec of each type is made once ({@link #of}); texts met again within one {@link Out} are
 * written as their number (a plan's file name is in every one of its mappings), whole numbers as
 * variable-length integers.
 */
final class RecordCodec {
    private RecordCodec() {}

    /** A value this codec cannot write: the caller stores nothing for it. */
    static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** Bytes that are not what {@link Out} wrote for the type asked for. */
    static final class Bad extends RuntimeException {
        Bad(String what) {
            super(what, null, false, false);
        }
    }

    /** Bytes being written, and the texts written so far. */
    static final class Out {
        private byte[] b = new byte[8192];
        private int n;
        private final Map<String, Integer> texts = new HashMap<>();

        private void room(int k) {
            if (n + k > b.length) {
                b = Arrays.copyOf(b, Math.max(b.length * 2, n + k));
            }
        }

        void put(int v) {
            room(1);
            b[n++] = (byte) v;
        }

        /** An unsigned variable-length integer (counts, numbers of texts). */
        void varint(long v) {
            room(10);
            while ((v & ~0x7FL) != 0) {
                b[n++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            b[n++] = (byte) v;
        }

        /** A signed whole number, small ones in few bytes. */
        void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void fixed(long v) {
            room(8);
            for (int i = 56; i >= 0; i -= 8) {
                b[n++] = (byte) (v >>> i);
            }
        }

        void bytes(byte[] x) {
            room(x.length);
            System.arraycopy(x, 0, b, n, x.length);
            n += x.length;
        }

        void bytes(byte[] x, int from, int length) {
            room(length);
            System.arraycopy(x, from, b, n, length);
            n += length;
        }

        /**
         * A text (or null): as the number of the same text written before, else as UTF-8, or as UTF-16
         * when it holds surrogates (UTF-8 cannot carry a lone one, which a YAML escape can make).
         */
        void text(String s) {
            if (s == null) {
                put(0);
                return;
            }
            Integer seen = texts.get(s);
            if (seen != null) {
                put(3);
                varint(seen);
                return;
            }
            texts.put(s, texts.size());
            boolean surrogates = false;
            for (int i = 0; i < s.length() && !surrogates; i++) {
                surrogates = Character.isSurrogate(s.charAt(i));
            }
            if (surrogates) {
                put(2);
                varint(s.length());
                room(2 * s.length());
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    b[n++] = (byte) (c >>> 8);
                    b[n++] = (byte) c;
                }
            } else {
                byte[] u = s.getBytes(StandardCharsets.UTF_8);
                put(1);
                varint(u.length);
                bytes(u);
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(b, n);
        }
    }

    /** Bytes being read, and the texts read so far. Every read past the end or of a wrong mark throws {@link Bad}. */
    static final class In {
        private final byte[] b;
        private int pos;
        private final int end;
        private final List<String> texts = new ArrayList<>();

        In(byte[] b) {
            this(b, 0, b.length);
        }

        In(byte[] b, int from, int to) {
            this.b = b;
            this.pos = from;
            this.end = to;
        }

        int left() {
            return end - pos;
        }

        int position() {
            return pos;
        }

        void skip(int k) {
            if (k < 0 || k > left()) {
                throw new Bad("past the end");
            }
            pos += k;
        }

        int get() {
            if (pos >= end) {
                throw new Bad("past the end");
            }
            return b[pos++] & 0xFF;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int x = get();
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
            throw new Bad("a number too long");
        }

        long zigzag() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        int zigzagInt() {
            long v = zigzag();
            if (v != (int) v) {
                throw new Bad("not an int");
            }
            return (int) v;
        }

        /** A count of items that follow: never more than the bytes left could hold. */
        int count() {
            long v = varint();
            if (v > left()) {
                throw new Bad("a count beyond the end");
            }
            return (int) v;
        }

        long fixed() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | get();
            }
            return v;
        }

        byte[] bytes(int k) {
            if (k < 0 || k > left()) {
                throw new Bad("past the end");
            }
            byte[] x = Arrays.copyOfRange(b, pos, pos + k);
            pos += k;
            return x;
        }

        /** True (and past them) when a length and then exactly the bytes {@code x} follow. */
        boolean matches(byte[] x) {
            long k = varint();
            if (k != x.length || k > left()) {
                return false;
            }
            boolean same = Arrays.equals(b, pos, pos + x.length, x, 0, x.length);
            pos += x.length;
            return same;
        }

        String text() {
            int kind = get();
            String s;
            switch (kind) {
                case 0:
                    return null;
                case 1: {
                    int k = count();
                    s = new String(b, pos, k, StandardCharsets.UTF_8);
                    pos += k;
                    break;
                }
                case 2: {
                    long k = varint();
                    if (k > left() / 2) {
                        throw new Bad("past the end");
                    }
                    char[] c = new char[(int) k];
                    for (int i = 0; i < c.length; i++) {
                        c[i] = (char) (get() << 8 | get());
                    }
                    s = new String(c);
                    break;
                }
                case 3: {
                    long i = varint();
                    if (i >= texts.size()) {
                        throw new Bad("a text not yet read");
                    }
                    return texts.get((int) i);
                }
                default:
                    throw new Bad("not a text");
            }
            texts.add(s);
            return s;
        }
    }

    /** How one declared type is written and read. */
    private interface Codec {
        void write(Out out, Object value) throws Unsupported;

        Object read(In in);
    }

    private static final Map<Type, Codec> CODECS = new HashMap<>();

    private static final Class<?> UNMODIFIABLE_MAP =
            Collections.unmodifiableMap(new LinkedHashMap<>()).getClass();

    /** {@code value}, of the declared type {@code type}, into {@code out}. */
    static void write(Out out, Object value, Type type) throws Unsupported {
        of(type).write(out, value);
    }

    /** {@code value}, of the declared type {@code type}, as bytes of its own. */
    static byte[] write(Object value, Type type) throws Unsupported {
        Out out = new Out();
        write(out, value, type);
        return out.toByteArray();
    }

    /**
     * The value {@link #write} wrote for {@code type}. Throws (anything: the caller treats every
     * failure as "not in the cache") when the bytes are not such a value.
     */
    static Object read(In in, Type type) {
        return of(type).read(in);
    }

    /** The codec of {@code type}, made once; one of a record is known before its components' are made. */
    private static synchronized Codec of(Type type) {
        Codec c = CODECS.get(type);
        if (c == null) {
            c = make(type);
        }
        return c;
    }

    private static Codec make(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        Codec c;
        if (raw == String.class) {
            c = new Codec() {
                public void write(Out out, Object v) {
                    out.text((String) v);
                }

                public Object read(In in) {
                    return in.text();
                }
            };
            CODECS.put(type, c);
            return c;
        }
        if (raw == Origin.class) {
            c = new OriginCodec();
        } else if (raw == int.class) {
            // A primitive is never null: no mark.
            c = exactly((out, v) -> out.zigzag((Integer) v), In::zigzagInt);
        } else if (raw == long.class) {
            c = exactly((out, v) -> out.zigzag((Long) v), In::zigzag);
        } else if (raw == double.class) {
            c = exactly(
                    (out, v) -> out.fixed(Double.doubleToRawLongBits((Double) v)),
                    in -> Double.longBitsToDouble(in.fixed()));
        } else if (raw == boolean.class) {
            c = exactly((out, v) -> out.put((Boolean) v ? 1 : 0), RecordCodec::bool);
        } else if (raw == Integer.class) {
            c = present((out, v) -> out.zigzag((Integer) v), In::zigzagInt);
        } else if (raw == Long.class) {
            c = present((out, v) -> out.zigzag((Long) v), In::zigzag);
        } else if (raw == Double.class) {
            c = present(
                    (out, v) -> out.fixed(Double.doubleToRawLongBits((Double) v)),
                    in -> Double.longBitsToDouble(in.fixed()));
        } else if (raw == Boolean.class) {
            c = present((out, v) -> out.put((Boolean) v ? 1 : 0), RecordCodec::bool);
        } else if (raw == BigDecimal.class) {
            c = present((out, v) -> out.text(v.toString()), in -> new BigDecimal(in.text()));
        } else if (raw == LocalDate.class) {
            c = present((out, v) -> out.zigzag(((LocalDate) v).toEpochDay()), in -> LocalDate.ofEpochDay(in.zigzag()));
        } else if (raw == Path.class) {
            c = present((out, v) -> out.text(v.toString()), in -> Path.of(in.text()));
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            c = present(
                    (out, v) -> {
                        if (v.getClass() != raw) {
                            throw new Unsupported("an enum constant with a body of its own");
                        }
                        out.varint(((Enum<?>) v).ordinal());
                    },
                    in -> {
                        long i = in.varint();
                        if (i >= constants.length) {
                            throw new Bad("not a constant");
                        }
                        return constants[(int) i];
                    });
        } else if (raw == List.class && type instanceof ParameterizedType p) {
            c = new ListCodec(p);
        } else if (raw == Map.class && type instanceof ParameterizedType p) {
            c = new MapCodec(p);
        } else if (raw.isRecord() && raw.getPackage() == Origin.class.getPackage()) {
            RecordShape r = new RecordShape(raw);
            CODECS.put(type, r); // before its components: a record may hold itself
            r.components();
            return r;
        } else {
            c = new Codec() {
                public void write(Out out, Object v) throws Unsupported {
                    if (v == null) {
                        out.put(0);
                        return;
                    }
                    throw new Unsupported("a value of type " + type);
                }

                public Object read(In in) {
                    if (in.get() == 0) {
                        return null;
                    }
                    throw new Bad("a value of type " + type);
                }
            };
        }
        CODECS.put(type, c);
        return c;
    }

    private interface Writer {
        void write(Out out, Object v) throws Unsupported;
    }

    private interface Reader {
        Object read(In in);
    }

    private static Boolean bool(In in) {
        return switch (in.get()) {
            case 0 -> Boolean.FALSE;
            case 1 -> Boolean.TRUE;
            default -> throw new Bad("not a boolean");
        };
    }

    /** A codec of a primitive: the value alone. */
    private static Codec exactly(Writer w, Reader r) {
        return new Codec() {
            public void write(Out out, Object v) throws Unsupported {
                w.write(out, v);
            }

            public Object read(In in) {
                return r.read(in);
            }
        };
    }

    /** A codec of a value that may be null: a mark (0 null, 1 present), then the value. */
    private static Codec present(Writer w, Reader r) {
        return new Codec() {
            public void write(Out out, Object v) throws Unsupported {
                if (v == null) {
                    out.put(0);
                } else {
                    out.put(1);
                    w.write(out, v);
                }
            }

            public Object read(In in) {
                return switch (in.get()) {
                    case 0 -> null;
                    case 1 -> r.read(in);
                    default -> throw new Bad("not a value");
                };
            }
        };
    }

    private static final class ListCodec implements Codec {
        private final Type itemType;
        private volatile Codec item;

        ListCodec(ParameterizedType type) {
            this.itemType = type.getActualTypeArguments()[0];
        }

        private Codec item() {
            if (item == null) {
                item = of(itemType);
            }
            return item;
        }

        public void write(Out out, Object v) throws Unsupported {
            if (v == null) {
                out.put(0);
                return;
            }
            List<?> list = (List<?>) v;
            // Only the immutable lists the binder and the records make (List.copyOf gives the very list back).
            if (List.copyOf(list) != list) {
                throw new Unsupported("a list of another kind: " + list.getClass());
            }
            out.put(1);
            out.varint(list.size());
            Codec c = item();
            for (Object o : list) {
                c.write(out, o);
            }
        }

        public Object read(In in) {
            int mark = in.get();
            if (mark == 0) {
                return null;
            } else if (mark != 1) {
                throw new Bad("not a list");
            }
            int n = in.count();
            Codec c = item();
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = c.read(in);
            }
            return List.of(items);
        }
    }

    private static final class MapCodec implements Codec {
        private final Type keyType;
        private final Type valueType;
        private volatile Codec key;
        private volatile Codec value;

        MapCodec(ParameterizedType type) {
            this.keyType = type.getActualTypeArguments()[0];
            this.valueType = type.getActualTypeArguments()[1];
        }

        private void resolve() {
            if (value == null) {
                key = of(keyType);
                value = of(valueType);
            }
        }

        public void write(Out out, Object v) throws Unsupported {
            if (v == null) {
                out.put(0);
                return;
            }
            Map<?, ?> map = (Map<?, ?>) v;
            Iterable<? extends Map.Entry<?, ?>> entries = map.entrySet();
            if (map.getClass() == UNMODIFIABLE_MAP) {
                out.put(2); // the binder's: in the order of the file
            } else if (Map.copyOf(map) == map) {
                // An immutable one (Map.of, Map.copyOf): its order follows from the order its entries
                // were put in, which only enum keys tell (Map.copyOf of an EnumMap puts them in
                // their order); read back in that order, it is the same map in the same order.
                if (map.size() > 1) {
                    if (!(keyType instanceof Class<?> k && k.isEnum())) {
                        throw new Unsupported("an immutable map whose order cannot be made again");
                    }
                    List<Map.Entry<?, ?>> sorted = new ArrayList<>(map.entrySet());
                    sorted.sort((a, b) ->
                            Integer.compare(((Enum<?>) a.getKey()).ordinal(), ((Enum<?>) b.getKey()).ordinal()));
                    entries = sorted;
                }
                out.put(1);
            } else {
                throw new Unsupported("a map of another kind: " + map.getClass());
            }
            resolve();
            out.varint(map.size());
            for (Map.Entry<?, ?> e : entries) {
                key.write(out, e.getKey());
                value.write(out, e.getValue());
            }
        }

        public Object read(In in) {
            int kind = in.get();
            if (kind == 0) {
                return null;
            } else if (kind != 1 && kind != 2) {
                throw new Bad("not a map");
            }
            int n = in.count();
            resolve();
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Object k = key.read(in);
                if (map.containsKey(k)) {
                    throw new Bad("a key twice");
                }
                map.put(k, value.read(in));
            }
            return kind == 1 ? Map.copyOf(map) : Collections.unmodifiableMap(map);
        }
    }

    /** A model record: its components in order, made again through its canonical constructor. */
    private static final class RecordShape implements Codec {
        private final Class<?> type;
        private Method[] accessors;
        private Codec[] codecs;
        private Constructor<?> constructor;

        RecordShape(Class<?> type) {
            this.type = type;
        }

        void components() {
            RecordComponent[] cs = type.getRecordComponents();
            Method[] a = new Method[cs.length];
            Codec[] c = new Codec[cs.length];
            Class<?>[] raw = new Class<?>[cs.length];
            for (int i = 0; i < cs.length; i++) {
                a[i] = cs[i].getAccessor();
                raw[i] = cs[i].getType();
                c[i] = of(cs[i].getGenericType());
            }
            try {
                constructor = type.getDeclaredConstructor(raw);
                // Public records of this module: this only spares each call the look-up of its caller.
                constructor.setAccessible(true);
                for (Method m : a) {
                    m.setAccessible(true);
                }
            } catch (NoSuchMethodException | RuntimeException e) {
                throw new IllegalStateException("a model record has a usable canonical constructor", e);
            }
            accessors = a;
            codecs = c;
        }

        public void write(Out out, Object v) throws Unsupported {
            if (v == null) {
                out.put(0);
                return;
            }
            if (v.getClass() != type) {
                throw new Unsupported("a " + v.getClass() + " where a " + type + " is declared");
            }
            out.put(1);
            for (int i = 0; i < accessors.length; i++) {
                Object component;
                try {
                    component = accessors[i].invoke(v);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new Unsupported("a component that cannot be read: " + e);
                }
                codecs[i].write(out, component);
            }
        }

        public Object read(In in) {
            int mark = in.get();
            if (mark == 0) {
                return null;
            } else if (mark != 1) {
                throw new Bad("not a " + type.getSimpleName());
            }
            Object[] args = new Object[codecs.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = codecs[i].read(in);
            }
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new Bad("not a " + type.getSimpleName());
            }
        }
    }

    /** An {@link Origin}: its place, each key's place, the keys with a mistake, its own mistake. */
    private static final class OriginCodec implements Codec {
        public void write(Out out, Object v) {
            if (v == null) {
                out.put(0);
                return;
            }
            Origin o = (Origin) v;
            out.put(1);
            SourceSpan at = o.at();
            out.text(at.file());
            out.zigzag(at.line());
            out.zigzag(at.column());
            Map<String, SourceSpan> fields = o.fields();
            out.varint(fields.size());
            for (Map.Entry<String, SourceSpan> e : fields.entrySet()) {
                out.text(e.getKey());
                out.zigzag(e.getValue().line());
                out.zigzag(e.getValue().column());
            }
            Set<String> faulty = o.faultyKeys();
            out.varint(faulty.size());
            for (String k : faulty) {
                out.text(k);
            }
            out.put(o.ownFault() ? 1 : 0);
        }

        public Object read(In in) {
            int mark = in.get();
            if (mark == 0) {
                return null;
            } else if (mark != 1) {
                throw new Bad("not an origin");
            }
            SourceSpan at = new SourceSpan(in.text(), in.zigzagInt(), in.zigzagInt());
            // Arrays, not a map of positions: a cached load reads some hundred thousand origins.
            int n = in.count();
            String[] keys = new String[n];
            int[] places = new int[2 * n];
            for (int i = 0; i < n; i++) {
                String key = in.text();
                if (key == null) {
                    throw new Bad("no key");
                }
                keys[i] = key;
                places[2 * i] = in.zigzagInt();
                places[2 * i + 1] = in.zigzagInt();
            }
            int f = in.count();
            String[] faulty = new String[f];
            for (int i = 0; i < f; i++) {
                String k = in.text();
                if (k == null) {
                    throw new Bad("no key");
                }
                faulty[i] = k;
            }
            boolean ownFault = switch (in.get()) {
                case 0 -> false;
                case 1 -> true;
                default -> throw new Bad("not a boolean");
            };
            try {
                // Origin.NONE comes back as that very object: some stages ask "made in code?" by identity.
                return Origin.of(at, keys, places, faulty, ownFault);
            } catch (IllegalArgumentException e) {
                throw new Bad("a key twice");
            }
        }
    }
}
