package io.keyplan.model;

/** A completeness band, as on the "% complete" bar of the Key Account Notes template. */
public enum Band implements Coded {
    @Doc("0 to 20 percent complete.")
    B0_20("0-20", 0, 20),
    @Doc("21 to 40 percent complete.")
    B21_40("21-40", 21, 40),
    @Doc("41 to 60 percent complete.")
    B41_60("41-60", 41, 60),
    @Doc("61 to 80 percent complete.")
    B61_80("61-80", 61, 80),
    @Doc("81 to 100 percent complete.")
    B81_100("81-100", 81, 100);

    private final String code;
    private final int low;
    private final int high;

    Band(String code, int low, int high) {
        this.code = code;
        this.low = low;
        this.high = high;
    }

    @Override
    public String code() {
        return code;
    }

    public int low() {
        return low;
    }

    public int high() {
        return high;
    }

    /** The band of a percentage, rounded half up to a whole number first (spec 6.1). */
    public static Band of(double percent) {
        long p = Math.round(percent);
        for (Band b : values()) {
            if (p <= b.high) {
                return b;
            }
        }
        return B81_100;
    }
}
