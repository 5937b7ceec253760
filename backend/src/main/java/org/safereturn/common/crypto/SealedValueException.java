package org.safereturn.common.crypto;

/**
 * A stored value that no key opens in its place: moved to another row or column, altered, or
 * written under a key that is no longer in the ring. Never a client's fault; it is logged with
 * its field and row (never its content) and answered as a data-integrity problem.
 */
public class SealedValueException extends IllegalStateException {
    public SealedValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
