package org.safereturn.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A connection as the schema's owner, the role migrations run as: what a database writer with
 * more rights than the application has, to show that tampering is found.
 */
public final class OwnerDatabase {
    private OwnerDatabase() {}

    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class), config.getValue("quarkus.flyway.password", String.class));
    }
}
