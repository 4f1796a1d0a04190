package io.keyplan.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.MacroAttributeProvider;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads {@code plan.name}, {@code f.money.profit} and the like on KeyPlan's own classes: the
 * same method Pebble's default resolver would call, found once per class and attribute name.
 *
 * <p>Why: every attribute in every template goes through Pebble's default resolver, which per
 * call builds a cache key (class, name, argument types), hashes and compares it in a shared map,
 * copies the method's parameter types and converts the (empty) arguments before invoking; on the
 * 1,000-plan build that was about 5 % of the processor time. Here a read without arguments on an
 * {@code io.keyplan} object costs a look-up by the identity of the template's (constant) attribute
 * name and of the object's class ({@code Sites}) and a call through a {@link MethodHandle}.
 *
 * <p>The choice of method is Pebble 4's, so the output cannot change: the first public method
 * without parameters whose name equals the attribute ignoring case, else {@code get}, {@code is}
 * or {@code has} and the capitalised name. Everything else (arguments, maps, lists, arrays,
 * macros, public fields, methods of {@link Object}, names not found) is left to Pebble by
 * returning null, and then Pebble's own resolver decides and reports as before.
 */
final class MemberAttributes implements AttributeResolver {
    /** Marks an attribute left to Pebble, as a map cannot hold null. */
    private static final Method NOT_OURS;

    static {
        try {
            NOT_OURS = Object.class.getMethod("toString");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A method to call, as a handle taking the object: no argument array, no access check per call. */
    private record Reader(String name, MethodHandle handle) {}

    private static final Reader LEFT_TO_PEBBLE = new Reader("", null);

    /** Per class: attribute name to the method to call, or null for a class left to Pebble altogether. */
    private final ClassValue<Map<String, Reader>> members = new ClassValue<>() {
        @Override
        protected Map<String, Reader> computeValue(Class<?> type) {
            return ours(type) ? new ConcurrentHashMap<>() : null;
        }
    };

    /**
     * KeyPlan's model and view classes; not the kinds Pebble treats specially before or after
     * looking for a method (collections, maps, arrays, macros).
     */
    static boolean ours(Class<?> type) {
        return type.getName().startsWith("io.keyplan.")
                && !type.isArray()
                && !Collection.class.isAssignableFrom(type)
                && !Iterable.class.isAssignableFrom(type)
                && !Map.class.isAssignableFrom(type)
                && !Map.Entry.class.isAssignableFrom(type)
                && !MacroAttributeProvider.class.isAssignableFrom(type);
    }

    @Override
    public ResolvedAttribute resolve(
            Object instance,
            Object attributeNameValue,
            Object[] argumentValues,
            ArgumentsNode args,
            EvaluationContextImpl context,
            String filename,
            int lineNumber) {
        if (instance == null || argumentValues != null) {
            return null;
        }
        Class<?> type = instance.getClass();
        Reader reader = attributeNameValue instanceof String name ? sites.get(name, type) : null;
        if (reader == null) {
            reader = slow(attributeNameValue, type);
        }
        if (reader == LEFT_TO_PEBBLE) {
            return null;
        }
        Object value;
        try {
            value = (Object) reader.handle().invokeExact(instance);
        } catch (Throwable e) {
            // As Pebble's resolver reports a failing call (Method.invoke wraps what the method
            // throws), so a theme problem reads the same.
            throw new PebbleException(
                    new InvocationTargetException(e), "Could not call " + reader.name(), lineNumber, filename);
        }
        return new ResolvedAttribute(value);
    }

    /** The reader for a name and class not in {@link #sites} yet: by the name's text, then remembered by its identity. */
    private Reader slow(Object attributeNameValue, Class<?> type) {
        Map<String, Reader> table = members.get(type);
        Reader reader;
        if (table == null) {
            reader = LEFT_TO_PEBBLE;
        } else {
            String name = String.valueOf(attributeNameValue);
            reader = table.get(name);
            if (reader == null) {
                reader = table.computeIfAbsent(name, n -> reader(find(type, n)));
            }
        }
        if (attributeNameValue instanceof String name) {
            sites.put(name, type, reader);
        }
        return reader;
    }

    /**
     * Readers by the attribute name's object and the instance's class, both compared by identity.
     *
     * <p>Why: a template's {@code plan.name} hands the resolver the same string object on every call (the
     * template's constant), so identity finds it without comparing characters, and one table replaces the
     * {@link ClassValue} and the map by name. A name made while the page renders ({@code a[key]}) is a new
     * object each time: the table stops taking entries at {@link #LIMIT} and such reads take the slow way.
     * Writers hold the lock; readers see either no entry or a whole one (its fields are final).
     */
    private static final class Sites {
        private static final int LIMIT = 1 << 14;

        private record Entry(String name, Class<?> type, Reader reader) {}

        private volatile Entry[] table = new Entry[1024];
        private int size;

        private static int slot(String name, Class<?> type, int mask) {
            // A String's hash is kept in the string, a Class's name too; identityHashCode is a call into the VM.
            int h = name.hashCode() * 31 + type.getName().hashCode();
            return (h ^ (h >>> 16)) & mask;
        }

        Reader get(String name, Class<?> type) {
            Entry[] t = table;
            int mask = t.length - 1;
            for (int i = slot(name, type, mask); ; i = (i + 1) & mask) {
                Entry e = t[i];
                if (e == null) {
                    return null;
                }
                if (e.name == name && e.type == type) {
                    return e.reader;
                }
            }
        }

        synchronized void put(String name, Class<?> type, Reader reader) {
            if (size >= LIMIT || get(name, type) != null) {
                return;
            }
            Entry[] t = table;
            if (2 * (size + 1) > t.length) {
                Entry[] bigger = new Entry[2 * t.length];
                for (Entry e : t) {
                    if (e != null) {
                        insert(bigger, e);
                    }
                }
                insert(bigger, new Entry(name, type, reader));
                table = bigger;
            } else {
                insert(t, new Entry(name, type, reader));
            }
            size++;
        }

        private static void insert(Entry[] t, Entry e) {
            int mask = t.length - 1;
            int i = slot(e.name, e.type, mask);
            while (t[i] != null) {
                i = (i + 1) & mask;
            }
            t[i] = e;
        }
    }

    private final Sites sites = new Sites();

    private static Reader reader(Method method) {
        if (method == NOT_OURS) {
            return LEFT_TO_PEBBLE;
        }
        try {
            return new Reader(
                    method.getName(),
                    MethodHandles.lookup().unreflect(method).asType(MethodType.methodType(Object.class, Object.class)));
        } catch (IllegalAccessException e) {
            return LEFT_TO_PEBBLE; // Pebble's resolver tries, and reports as it does
        }
    }

    /** The method Pebble 4's resolver picks for {@code name} without arguments, or {@link #NOT_OURS}. */
    static Method find(Class<?> type, String name) {
        if (name.isEmpty()) {
            return NOT_OURS;
        }
        Method found = first(type, name);
        if (found == null) {
            try {
                type.getField(name);
                return NOT_OURS; // Pebble prefers a public field to the get/is/has methods
            } catch (NoSuchFieldException | SecurityException e) {
                // no field: on to the accessor prefixes, as Pebble does
            }
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (String prefix : new String[] {"get", "is", "has"}) {
                found = first(type, prefix + capitalised);
                if (found != null) {
                    break;
                }
            }
        }
        if (found == null || found.getDeclaringClass() == Object.class) {
            // Not found, or getClass() and the like: Pebble's resolver reports it or checks its access rules.
            return NOT_OURS;
        }
        found.setAccessible(true); // as Pebble does: records and classes of the package are not public
        return found;
    }

    /** Pebble's candidate: the first public method without parameters whose name matches ignoring case. */
    private static Method first(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equalsIgnoreCase(name) && m.getParameterCount() == 0) {
                return m;
            }
        }
        return null;
    }
}
