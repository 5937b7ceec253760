package org.safereturn.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.security.CurrentUser;

/**
 * What each integrator's agreement allows: its small-cell threshold and the reports it may pull
 * (the data sets count as reports named "ctdc" and "feed"). Configured per API client id under
 * {@code safereturn.reports.clients."<client>"}; a client without an agreement, and every
 * signed-in user, gets the general threshold and every report their role may read.
 */
@ApplicationScoped
class ReportAgreements {
    static final String CTDC = "ctdc";
    static final String FEED = "feed";

    @ConfigMapping(prefix = "safereturn.reports")
    interface Config {
        @WithDefault("5")
        int threshold();

        /** Client id → its agreement. */
        Map<String, Client> clients();

        /** The DHIS2 org unit of the whole country, for reports without a place dimension. */
        @WithDefault("VN")
        String dhis2NationalOrgUnit();

        interface Client {
            /** Counts below it are withheld (at least the general threshold is kept: an agreement may only be stricter). */
            Optional<Integer> threshold();

            /** The reports it may pull; absent: all. */
            Optional<List<String>> reports();
        }
    }

    @Inject
    Config config;
    @Inject
    CurrentUser user;

    /** The caller's small-cell threshold: its agreement's when stricter than the general one. */
    int threshold() {
        return agreement().flatMap(Config.Client::threshold).map(t -> Math.max(t, config.threshold())).orElse(config.threshold());
    }

    boolean allows(String report) {
        return agreement().flatMap(Config.Client::reports).map(list -> list.contains(report)).orElse(true);
    }

    /** 403 report.not-in-agreement when the caller's agreement does not name the report. */
    void require(String report) {
        if (!allows(report)) {
            throw new ProblemException(403, "report.not-in-agreement", "Not in your agreement",
                    "Your organization's data-sharing agreement does not include " + report);
        }
    }

    String dhis2NationalOrgUnit() {
        return config.dhis2NationalOrgUnit();
    }

    private Optional<Config.Client> agreement() {
        String client = user.clientId();
        return client == null ? Optional.empty() : Optional.ofNullable(config.clients().get(client));
    }
}
