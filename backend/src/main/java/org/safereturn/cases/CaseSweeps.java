package org.safereturn.cases;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Background work on cases; rows are claimed with SKIP LOCKED, so any number of backend copies may run it. */
@ApplicationScoped
class CaseSweeps {
    private static final Logger LOG = Logger.getLogger(CaseSweeps.class);

    @Inject
    CaseService cases;

    @Scheduled(every = "${safereturn.sweeps.verification-every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flagOverdueVerifications() {
        int flagged;
        do {
            flagged = cases.flagOverdueVerifications(500);
            if (flagged > 0) {
                LOG.infof("Flagged %d case(s) past their verification deadline", flagged);
            }
        } while (flagged == 500);
    }
}
