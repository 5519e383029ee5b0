package org.plumbline.core.assessment;

/** A criterion's verdict. */
public enum Verdict {
    /** Holds at the nominal inputs and at both corners of their uncertainty ranges. */
    PASS("pass"),
    /** Fails at the nominal inputs and at both corners. */
    FAIL("fail"),
    /** The corners of the uncertainty ranges straddle the threshold. */
    INDETERMINATE("indeterminate");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
