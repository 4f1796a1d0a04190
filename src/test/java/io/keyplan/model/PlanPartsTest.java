package io.keyplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every section maps to its own part of the plan, and every part of the plan to one section or to none on purpose. */
class PlanPartsTest {
    /** The components of {@code account.yaml} that no section shows. */
    private static final Set<String> NO_SECTION = Set.of(
            "name",
            "owner",
            "sponsor",
            "industry",
            "region",
            "businessUnit",
            "customerSince",
            "stage",
            "status",
            "visibility",
            "lastReview",
            "language",
            "selectionScores",
            "completeness",
            "reviews",
            "origin");

    /** A plan whose every component holds a value of its own, told apart by identity. */
    private static final AccountPlan PLAN = distinctPlan();

    @ParameterizedTest
    @EnumSource(SectionId.class)
    void everySectionIsReadByTheMethodNamedAfterItWithItsOwnComponents(SectionId id) {
        List<String> called = new ArrayList<>();
        List<Object> given = new ArrayList<>();
        InvocationHandler recorder = (proxy, method, args) -> {
            called.add(method.getName());
            given.addAll(Arrays.asList(args));
            return null;
        };
        @SuppressWarnings("unchecked")
        PlanParts.Reader<Object> reader = (PlanParts.Reader<Object>)
                Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PlanParts.Reader.class}, recorder);
        assertNull(PlanParts.read(id, PLAN, reader));

        String method = camelCase(id.code());
        assertEquals(List.of(method), called);
        assertSame(component(method), given.get(0));
        assertEquals(given, PlanParts.of(id, PLAN));
        for (int i = 0; i < given.size(); i++) {
            assertSame(given.get(i), PlanParts.of(id, PLAN).get(i));
        }
    }

    @Test
    void everyComponentOfThePlanBelongsToOneSectionOrToNoneOnPurpose() {
        Map<Object, String> owner = new IdentityHashMap<>();
        for (SectionId id : SectionId.values()) {
            for (Object part : PlanParts.of(id, PLAN)) {
                String before = owner.put(part, id.code());
                assertNull(before, "shown by both " + before + " and " + id.code());
            }
        }
        Set<String> unshown = new TreeSet<>();
        for (RecordComponent c : AccountPlan.class.getRecordComponents()) {
            if (!owner.containsKey(component(c.getName()))) {
                unshown.add(c.getName());
            }
        }
        assertEquals(new TreeSet<>(NO_SECTION), unshown);
        assertEquals(
                List.of("opportunities"),
                owner.entrySet().stream()
                        .filter(e -> e.getKey() == PLAN.crossSell())
                        .map(Map.Entry::getValue)
                        .toList());
    }

    @Test
    void anAbsentSectionIsNullAndAnAbsentListEmpty() {
        AccountPlan empty = new AccountPlan(
                "Acme",
                Person.named("Jan"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                Map.of(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                null,
                null,
                List.of(),
                null,
                null,
                List.of(),
                Origin.NONE);
        assertEquals(Arrays.asList(List.of(), null), PlanParts.of(SectionId.OPPORTUNITIES, empty));
        assertEquals(Arrays.asList((Object) null), PlanParts.of(SectionId.WHY, empty));
        assertFalse(PlanParts.of(SectionId.KEY_PLAYERS, empty).isEmpty());
        assertTrue(PlanParts.of(SectionId.KEY_PLAYERS, empty).get(0) instanceof List<?> l && l.isEmpty());
    }

    private static Object component(String name) {
        try {
            return AccountPlan.class.getMethod(name).invoke(PLAN);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("AccountPlan has no component " + name, e);
        }
    }

    private static String camelCase(String code) {
        StringBuilder b = new StringBuilder();
        for (String word : code.split("_")) {
            b.append(b.length() == 0 ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return b.toString();
    }

    private static AccountPlan distinctPlan() {
        try {
            RecordComponent[] components = AccountPlan.class.getRecordComponents();
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = distinct(components[i].getType());
            }
            return (AccountPlan) AccountPlan.class
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new value of the type, never one shared with another component (no List.of(), no cached Integer). */
    @SuppressWarnings({"deprecation", "removal"})
    private static Object distinct(Class<?> type) throws ReflectiveOperationException {
        if (type == Origin.class) {
            return new Origin(SourceSpan.file("account.yaml"), Map.of());
        }
        if (type == List.class) {
            return new ArrayList<>();
        }
        if (type == Map.class) {
            return new LinkedHashMap<>();
        }
        if (type == String.class) {
            return new String("text");
        }
        if (type == Integer.class) {
            return new Integer(2000);
        }
        if (type == java.time.LocalDate.class) {
            return java.time.LocalDate.of(2026, 1, 1);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = components[i].getType() == Origin.class ? Origin.NONE : null;
            }
            return type.getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(args);
        }
        throw new IllegalArgumentException("no distinct value for " + type);
    }
}
