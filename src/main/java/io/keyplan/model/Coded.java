package io.keyplan.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An enum whose constants are written in YAML as a short code ({@code economic-buyer}),
 * not as the Java constant name. The loader and the JSON Schema both read {@link #code()}.
 */
public interface Coded {
    String code();

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static List<String> codes(Class<? extends Coded> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }
}
