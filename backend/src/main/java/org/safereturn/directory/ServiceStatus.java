package org.safereturn.directory;

/** Open Referral's service statuses; HSDS writes them in lower case with spaces. */
public enum ServiceStatus {
    ACTIVE, INACTIVE, DEFUNCT, TEMPORARILY_CLOSED;

    String hsds() {
        return name().toLowerCase().replace('_', ' ');
    }
}
