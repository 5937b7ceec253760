package org.safereturn.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safereturn.common.error.ProblemException;

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

        /** Background exports. */
        Exports exports();

        interface Exports {
            /** How often each backend copy looks for queued exports (a scheduler interval such as 2s). */
            @WithDefault("2s")
            String pollEvery();

            /** How long a download link works. */
            @WithDefault("PT15M")
            java.time.Duration linkValidFor();

            /** A running export whose worker has not finished after this long is taken up again. */
            @WithDefault("PT15M")
            java.time.Duration staleAfter();
        }

        interface Client {
            /** Counts below it are withheld (at least the general threshold is kept: an agreement may only be stricter). */
            Optional<Integer> threshold();

            /** The reports it may pull; absent: all. */
            Optional<List<String>> reports();
        }
    }

    @Inject
    Config config;

    /** The caller's small-cell threshold: its agreement's when stricter than the general one. */
    int threshold(ReportCaller caller) {
        return agreement(caller).flatMap(Config.Client::threshold).map(t -> Math.max(t, config.threshold())).orElse(config.threshold());
    }

    boolean allows(ReportCaller caller, String report) {
        return agreement(caller).flatMap(Config.Client::reports).map(list -> list.contains(report)).orElse(true);
    }

    /** 403 report.not-in-agreement when the caller's agreement does not name the report. */
    void require(ReportCaller caller, String report) {
        if (!allows(caller, report)) {
            throw new ProblemException(403, "report.not-in-agreement", "Not in your agreement",
                    "Your organization's data-sharing agreement does not include " + report);
        }
    }

    String dhis2NationalOrgUnit() {
        return config.dhis2NationalOrgUnit();
    }

    private Optional<Config.Client> agreement(ReportCaller caller) {
        String client = caller.clientId();
        return client == null ? Optional.empty() : Optional.ofNullable(config.clients().get(client));
    }
}
