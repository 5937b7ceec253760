package org.safereturn.common.persistence;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Loads the demo data set (db/demo/) after the migrations, when the demo is switched on. Kept
 * out of Flyway so that a production database never carries a trace of it; the scripts are
 * idempotent (ON CONFLICT DO NOTHING), so every start may run them and several copies may too.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final List<String> SCRIPTS = List.of("db/demo/directory.sql", "db/demo/shelter.sql", "db/demo/support.sql", "db/demo/hotline.sql",
            "db/demo/clubs.sql", "db/demo/prevention.sql", "db/demo/reports.sql", "db/demo/plans.sql");

    /** Whether this installation is a demo. */
    @ConfigMapping(prefix = "safereturn.demo-data")
    public interface Config {
        @WithDefault("false")
        boolean enabled();
    }

    @Inject
    Config config;
    @Inject
    EntityManager em;

    @Transactional
    void load(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        for (String script : SCRIPTS) {
            String sql = read(script);
            em.unwrap(Session.class).doWork(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            });
            LOG.infof("Demo data loaded from %s (demo installation, not for real cases)", script);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo data script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
