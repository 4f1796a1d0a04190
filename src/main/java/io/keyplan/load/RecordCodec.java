package io.keyplan.load;

import io.keyplan.model.Origin;
import io.keyplan.model.SourceSpan;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Model records to bytes and back, for the loader's cache (docs/decisions.md, "The loader's cache").
 * The stream names no class: what is read is decided by the declared types of the records' components,
 * starting from the type the caller names, so a file can only ever make the model's own records,
 * lists, maps, texts, numbers, dates and enum constants. A type this codec does not know, or a
 * collection of a kind the loader does not make, cannot be written ({@link Unsupported}): the caller
 * then keeps nothing, and the next build reads the files again.
 *
 * <p>What is read back equals what was written, down to what equality does not see but a page
 * might: the order of maps and lists, whether a map is an immutable one ({@code Map.copyOf}) or the
 * binder's ordered one, a double's exact bits, {@link Origin#NONE} as that very object.
 */
final class RecordCodec {
    private RecordCodec() {}

    /** A value this codec cannot write: the caller stores nothing for it. */
    static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private static final Class<?> UNMODIFIABLE_MAP =
            Collections.unmodifiableMap(new LinkedHashMap<>()).getClass();

    /** The reflection of one record type, looked up once. */
    private record Shape(Method[] accessors, Type[] types, Constructor<?> constructor) {
        private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

        static Shape of(Class<?> type) {
            return SHAPES.computeIfAbsent(type, Shape::find);
        }

        private static Shape find(Class<?> type) {
            RecordComponent[] cs = type.getRecordComponents();
            Method[] accessors = new Method[cs.length];
            Type[] types = new Type[cs.length];
            Class<?>[] raw = new Class<?>[cs.length];
            for (int i = 0; i < cs.length; i++) {
                accessors[i] = cs[i].getAccessor();
                types[i] = cs[i].getGenericType();
                raw[i] = cs[i].getType();
            }
            try {
                return new Shape(accessors, types, type.getDeclaredConstructor(raw));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
        }
    }

    /** {@code value}, of the declared type {@code type}, as bytes. */
    static byte[] write(Object value, Type type) throws Unsupported {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, value, type);
        } catch (IOException e) {
            throw new Unsupported("cannot happen in memory: " + e);
        }
        return bytes.toByteArray();
    }

    /**
     * The value {@link #write} wrote for {@code type}. Throws (anything: the caller treats every
     * failure as "not in the cache") when the bytes are not such a value.
     */
    static Object read(DataInputStream in, Type type) throws IOException {
        return readValue(in, type);
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int i) throws Unsupported {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[i];
        }
        throw new Unsupported("a raw collection type");
    }

    static void write(DataOutputStream out, Object value, Type type) throws IOException, Unsupported {
        if (value == null) {
            out.writeByte(0);
            return;
        }
        out.writeByte(1);
        Class<?> raw = raw(type);
        if (raw == String.class) {
            text(out, (String) value);
        } else if (raw == Integer.class || raw == int.class) {
            out.writeInt((Integer) value);
        } else if (raw == Long.class || raw == long.class) {
            out.writeLong((Long) value);
        } else if (raw == Double.class || raw == double.class) {
            out.writeLong(Double.doubleToRawLongBits((Double) value));
        } else if (raw == Boolean.class || raw == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == BigDecimal.class) {
            text(out, ((BigDecimal) value).toString());
        } else if (raw == LocalDate.class) {
            out.writeLong(((LocalDate) value).toEpochDay());
        } else if (raw == Path.class) {
            text(out, value.toString());
        } else if (raw.isEnum() && value.getClass() == raw) {
            out.writeInt(((Enum<?>) value).ordinal());
        } else if (raw == Origin.class) {
            origin(out, (Origin) value);
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            // Only the immutable lists the binder and the records make (List.copyOf gives the same object back).
            if (List.copyOf(list) != list) {
                throw new Unsupported("a list of another kind: " + list.getClass());
            }
            out.writeInt(list.size());
            Type item = argument(type, 0);
            for (Object o : list) {
                write(out, o, item);
            }
        } else if (raw == Map.class) {
            Map<?, ?> map = (Map<?, ?>) value;
            int kind;
            if (map.getClass() == UNMODIFIABLE_MAP) {
                kind = 1;
            } else if (Map.copyOf(map) == map) {
                kind = 0;
            } else {
                throw new Unsupported("a map of another kind: " + map.getClass());
            }
            out.writeByte(kind);
            out.writeInt(map.size());
            Type k = argument(type, 0);
            Type v = argument(type, 1);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(out, e.getKey(), k);
                write(out, e.getValue(), v);
            }
        } else if (raw.isRecord() && value.getClass() == raw && raw.getPackage() == Origin.class.getPackage()) {
            Shape shape = Shape.of(raw);
            for (int i = 0; i < shape.accessors.length; i++) {
                Object component;
                try {
                    component = shape.accessors[i].invoke(value);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new Unsupported("a component that cannot be read: " + e);
                }
                write(out, component, shape.types[i]);
            }
        } else {
            throw new Unsupported("a value of type " + type);
        }
    }

    private static Object readValue(DataInputStream in, Type type) throws IOException {
        int present = in.readByte();
        if (present == 0) {
            return null;
        }
        if (present != 1) {
            throw new IOException("not a value");
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return text(in);
        } else if (raw == Integer.class || raw == int.class) {
            return in.readInt();
        } else if (raw == Long.class || raw == long.class) {
            return in.readLong();
        } else if (raw == Double.class || raw == double.class) {
            return Double.longBitsToDouble(in.readLong());
        } else if (raw == Boolean.class || raw == boolean.class) {
            return in.readBoolean();
        } else if (raw == BigDecimal.class) {
            return new BigDecimal(text(in));
        } else if (raw == LocalDate.class) {
            return LocalDate.ofEpochDay(in.readLong());
        } else if (raw == Path.class) {
            return Path.of(text(in));
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[in.readInt()];
        } else if (raw == Origin.class) {
            return origin(in);
        } else if (raw == List.class) {
            int n = count(in);
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(readValue(in, item));
            }
            return List.copyOf(list);
        } else if (raw == Map.class) {
            int kind = in.readByte();
            int n = count(in);
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Object k = readValue(in, kv[0]);
                if (map.containsKey(k)) {
                    throw new IOException("a key twice");
                }
                map.put(k, readValue(in, kv[1]));
            }
            if (kind == 0) {
                return Map.copyOf(map);
            } else if (kind == 1) {
                return Collections.unmodifiableMap(map);
            }
            throw new IOException("not a map");
        } else if (raw.isRecord() && raw.getPackage() == Origin.class.getPackage()) {
            Shape shape = Shape.of(raw);
            Object[] args = new Object[shape.types.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = readValue(in, shape.types[i]);
            }
            try {
                return shape.constructor.newInstance(args);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new IOException("not a " + raw.getSimpleName(), e);
            }
        }
        throw new IOException("not a known type: " + type);
    }

    /** The number of items that follow: never more than the bytes left could hold. */
    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("a count beyond the end");
        }
        return n;
    }

    private static void origin(DataOutputStream out, Origin o) throws IOException {
        SourceSpan at = o.at();
        text(out, at.file());
        out.writeInt(at.line());
        out.writeInt(at.column());
        Map<String, SourceSpan> fields = o.fields();
        out.writeInt(fields.size());
        for (Map.Entry<String, SourceSpan> e : fields.entrySet()) {
            text(out, e.getKey());
            out.writeInt(e.getValue().line());
            out.writeInt(e.getValue().column());
        }
        Set<String> faulty = o.faultyKeys();
        out.writeInt(faulty.size());
        for (String k : faulty) {
            text(out, k);
        }
        out.writeBoolean(o.ownFault());
    }

    private static Origin origin(DataInputStream in) throws IOException {
        SourceSpan at = new SourceSpan(text(in), in.readInt(), in.readInt());
        int n = count(in);
        Map<String, SourceSpan> fields = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String key = text(in);
            if (fields.put(key, new SourceSpan(at.file(), in.readInt(), in.readInt())) != null) {
                throw new IOException("a key twice");
            }
        }
        int f = count(in);
        Set<String> faulty = new LinkedHashSet<>();
        for (int i = 0; i < f; i++) {
            faulty.add(text(in));
        }
        Origin o = new Origin(at, fields, faulty, in.readBoolean());
        // Some stages ask "is this the record made in code?" by identity.
        return o.equals(Origin.NONE) ? Origin.NONE : o;
    }

    /**
     * A text as UTF-8, or as UTF-16 when it holds surrogates: UTF-8 cannot carry a lone one (a YAML
     * escape can make it), and the text must come back as it was.
     */
    static void text(DataOutputStream out, String s) throws IOException {
        boolean surrogates = false;
        for (int i = 0; i < s.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(s.charAt(i));
        }
        if (surrogates) {
            out.writeByte(2);
            out.writeInt(s.length());
            out.writeChars(s);
        } else {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeByte(1);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    static String text(DataInputStream in) throws IOException {
        int kind = in.readByte();
        if (kind == 1) {
            int n = count(in);
            return new String(in.readNBytes(n), StandardCharsets.UTF_8);
        } else if (kind == 2) {
            int n = in.readInt();
            if (n < 0 || n > in.available() / 2) {
                throw new IOException("a text beyond the end");
            }
            char[] c = new char[n];
            for (int i = 0; i < n; i++) {
                c[i] = in.readChar();
            }
            return new String(c);
        }
        throw new IOException("not a text");
    }
}
