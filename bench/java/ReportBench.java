import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * The bare side of bench/reports.sh: a report's GROUP BY as plain SQL on raw JDBC, one connection
 * per worker, reading every row of the answer, so that it stands beside wrk's figures for the API.
 * Usage: java -cp postgresql.jar ReportBench.java JDBC_URL SECONDS CONNS LABEL SQL
 */
public class ReportBench {
    public static void main(String[] args) throws Exception {
        String jdbcUrl = args[0];
        Duration seconds = Duration.ofSeconds(Long.parseLong(args[1]));
        int conns = Integer.parseInt(args[2]);
        String label = args[3];
        String sql = args[4];
        Connection[] connections = new Connection[conns];
        PreparedStatement[] statements = new PreparedStatement[conns];
        for (int i = 0; i < conns; i++) {
            connections[i] = DriverManager.getConnection(jdbcUrl);
            statements[i] = connections[i].prepareStatement(sql);
        }
        try {
            var result = LoadRun.run(conns, Duration.ofSeconds(3), seconds, w -> {
                long rows = 0;
                try (ResultSet rs = statements[w].executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                return rows >= 0;
            });
            System.out.println(result.row(label));
            if (result.firstError() != null) System.out.println("  first error: " + result.firstError());
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }
}
