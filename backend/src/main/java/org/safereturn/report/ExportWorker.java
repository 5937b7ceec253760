package org.safereturn.report;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** Runs queued exports one after another, and drops expired files; every backend copy takes part. */
@ApplicationScoped
class ExportWorker {
    @Inject
    ExportJobs jobs;

    @Scheduled(every = "${safereturn.reports.exports.poll-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        for (Optional<UUID> next = jobs.claim(); next.isPresent(); next = jobs.claim()) {
            jobs.run(next.get());
        }
        jobs.sweep();
    }
}
