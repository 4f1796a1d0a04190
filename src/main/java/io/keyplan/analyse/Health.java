package io.keyplan.analyse;

import io.keyplan.model.Coded;

/** Plan health (spec 6.6). */
public enum Health implements Coded {
    GREEN("green"),
    AMBER("amber"),
    RED("red");

    private final String code;

    Health(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
