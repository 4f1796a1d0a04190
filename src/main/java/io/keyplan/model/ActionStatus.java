package io.keyplan.model;

/** Status of an action; only open actions count as due or overdue. */
public enum ActionStatus implements Coded {
    @Doc("still to do (the default).")
    OPEN("open"),
    @Doc("finished.")
    DONE("done"),
    @Doc("no longer to be done.")
    DROPPED("dropped");

    private final String code;

    ActionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
