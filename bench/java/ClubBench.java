import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A club meeting's attendance of 40 members saved in one request, as the Cao Xanh coordinator,
 * side by side with raw JDBC doing the same writes (lock the meeting, replace the 40 attendance rows
 * and the guests, mark it held with a new version) in the same run. Each worker owns one meeting of
 * its own and sends the version it last got back (If-Match), as the SPA does.
 *
 * With {@code overview} instead, the bare SQL of the province overview (the statement the clubs
 * list runs, for a supervisor's province, 100 clubs a page) on raw JDBC, for the side of wrk's
 * GET /api/v1/clubs.
 *
 * Usage: java -cp postgresql.jar ClubBench.java API_URL KEYCLOAK_URL JDBC_URL SECONDS CONNS SEALED_NAME
 *        java -cp postgresql.jar ClubBench.java overview JDBC_URL SECONDS CONNS
 */
public class ClubBench {
    static final String CAO_XANH = "00000000-0000-4000-a000-000000000008";
    static final int MEMBERS = 40;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("overview")) {
            overview(args[1], Duration.ofSeconds(Long.parseLong(args[2])), Integer.parseInt(args[3]));
            return;
        }
        String apiUrl = args[0], kcUrl = args[1], jdbcUrl = args[2];
        Duration seconds = Duration.ofSeconds(Long.parseLong(args[3]));
        int conns = Integer.parseInt(args[4]);
        String sealedName = args[5];
        List<UUID> members = benchMembers(jdbcUrl, sealedName);
        List<UUID> apiMeetings = benchMeetings(jdbcUrl, conns, 0);
        List<UUID> rawMeetings = benchMeetings(jdbcUrl, conns, 1000);
        StringBuilder body = new StringBuilder("{\"members\":[");
        for (int i = 0; i < members.size(); i++) {
            String status = i % 10 == 0 ? "ABSENT" : i % 10 == 1 ? "LATE" : "PRESENT";
            body.append(i == 0 ? "" : ",").append("{\"memberId\":\"").append(members.get(i)).append("\",\"status\":\"").append(status).append("\"}");
        }
        body.append("],\"guests\":[{\"sex\":\"FEMALE\",\"targetGroup\":\"AT_RISK\",\"count\":2}]}");
        String json = body.toString();

        Api coordinator = Api.asUser(apiUrl, kcUrl, "coordinator-caoxanh", conns);
        long[] version = new long[conns];
        var api = LoadRun.run(conns, Duration.ofSeconds(3), seconds, w -> {
            HttpResponse<String> r = coordinator.put("/api/v1/clubs/" + CAO_XANH + "/meetings/" + apiMeetings.get(w) + "/attendance", json,
                    "If-Match", "\"" + version[w] + "\"");
            if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + " " + r.body());
            version[w] = Long.parseLong(r.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
            return true;
        });
        System.out.println(api.row("PUT attendance, 40 members (API)"));
        if (api.firstError() != null) System.out.println("  first error: " + api.firstError());

        Connection[] connections = new Connection[conns];
        for (int w = 0; w < conns; w++) {
            connections[w] = DriverManager.getConnection(jdbcUrl);
            connections[w].setAutoCommit(false);
        }
        String[] memberIds = members.stream().map(UUID::toString).toArray(String[]::new);
        String[] statuses = new String[members.size()];
        for (int i = 0; i < statuses.length; i++) statuses[i] = i % 10 == 0 ? "ABSENT" : i % 10 == 1 ? "LATE" : "PRESENT";
        var raw = LoadRun.run(conns, Duration.ofSeconds(3), seconds, w -> {
            Connection c = connections[w];
            UUID meeting = rawMeetings.get(w);
            try (PreparedStatement lock = c.prepareStatement("SELECT version FROM club_meeting WHERE id = ? FOR UPDATE");
                 PreparedStatement clear = c.prepareStatement("DELETE FROM club_attendance WHERE meeting_id = ?");
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO club_attendance (meeting_id, member_id, status) SELECT ?, m, s FROM unnest(?::uuid[], ?::varchar[]) AS a(m, s)");
                 PreparedStatement clearGuests = c.prepareStatement("DELETE FROM club_meeting_guest WHERE meeting_id = ?");
                 PreparedStatement guests = c.prepareStatement("INSERT INTO club_meeting_guest (meeting_id, sex, target_group, count) VALUES (?, 'FEMALE', 'AT_RISK', 2)");
                 PreparedStatement held = c.prepareStatement("UPDATE club_meeting SET status = 'HELD', version = version + 1, updated_at = now() WHERE id = ?")) {
                lock.setObject(1, meeting);
                lock.executeQuery().close();
                clear.setObject(1, meeting);
                clear.executeUpdate();
                insert.setObject(1, meeting);
                insert.setArray(2, c.createArrayOf("uuid", memberIds));
                insert.setArray(3, c.createArrayOf("varchar", statuses));
                insert.executeUpdate();
                clearGuests.setObject(1, meeting);
                clearGuests.executeUpdate();
                guests.setObject(1, meeting);
                guests.executeUpdate();
                held.setObject(1, meeting);
                held.executeUpdate();
                c.commit();
                return true;
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        });
        System.out.println(raw.row("same writes (raw JDBC)"));
        if (raw.firstError() != null) System.out.println("  first error: " + raw.firstError());
        System.exit(0);
    }

    /** Forty members of Cao Xanh for the bench (made once; their names share one sealed value). */
    static List<UUID> benchMembers(String jdbcUrl, String sealedName) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO club_member (id, club_id, full_name_enc, sex, birth_year, target_group, joined_on, consent_given_on,
                        consent_given_by, created_at, updated_at)
                    SELECT gen_random_uuid(), ?::uuid, ?, 'FEMALE', 2000, 'AT_RISK', DATE '2020-01-01', DATE '2020-01-01', 'SELF', now(), now()
                    FROM generate_series(1, ? - (SELECT count(*) FROM club_member WHERE club_id = ?::uuid AND joined_on = DATE '2020-01-01'))""")) {
                p.setString(1, CAO_XANH);
                p.setString(2, sealedName);
                p.setInt(3, MEMBERS);
                p.setString(4, CAO_XANH);
                p.executeUpdate();
            }
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id FROM club_member WHERE club_id = ?::uuid AND joined_on = DATE '2020-01-01' ORDER BY id LIMIT ?")) {
                p.setString(1, CAO_XANH);
                p.setInt(2, MEMBERS);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) ids.add((UUID) r.getObject(1));
                }
            }
            return ids;
        }
    }

    /** One fresh meeting per worker (in 2021, version 0), the bench's earlier ones removed. */
    static List<UUID> benchMeetings(String jdbcUrl, int n, int offset) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDate day = LocalDate.of(2021, 1, 1).plusDays(offset + i);
                try (PreparedStatement del = c.prepareStatement("DELETE FROM club_meeting WHERE club_id = ?::uuid AND meeting_date = ?")) {
                    del.setString(1, CAO_XANH);
                    del.setObject(2, day);
                    del.executeUpdate();
                }
                UUID id = UUID.randomUUID();
                try (PreparedStatement p = c.prepareStatement("""
                        INSERT INTO club_meeting (id, club_id, meeting_date, status, place, topics, version, created_at, updated_at)
                        VALUES (?, ?::uuid, ?, 'PLANNED', 'bench', '{}', 0, now(), now())""")) {
                    p.setObject(1, id);
                    p.setString(2, CAO_XANH);
                    p.setObject(3, day);
                    p.executeUpdate();
                }
                ids.add(id);
            }
            return ids;
        }
    }

    /** The clubs list's statement (ClubQueries.page) for province 22, first page of 100, plus its count. */
    static void overview(String jdbcUrl, Duration seconds, int conns) throws Exception {
        String sql = """
                SELECT o.id, o.name_vi, o.name_en, o.status, c.place_code, p.name_vi AS place_name,
                    (SELECT count(*) FROM club_member m WHERE m.club_id = c.organization_id AND m.erased_at IS NULL
                        AND (m.left_on IS NULL OR m.left_on >= ?)) AS members,
                    (SELECT count(*) FROM club_meeting h WHERE h.club_id = c.organization_id AND h.status = 'HELD'
                        AND h.meeting_date BETWEEN ? AND ?) AS held,
                    (SELECT count(DISTINCT date_trunc('month', h.meeting_date)) FROM club_meeting h WHERE h.club_id = c.organization_id
                        AND h.status = 'HELD' AND h.meeting_date BETWEEN ? AND ?) AS held_months,
                    (SELECT max(h.meeting_date) FROM club_meeting h WHERE h.club_id = c.organization_id AND h.status = 'HELD') AS last_held,
                    tm.id AS this_id, tm.meeting_date AS this_date, tm.status AS this_status
                FROM club c JOIN organization o ON o.id = c.organization_id
                LEFT JOIN place p ON p.code = c.place_code
                LEFT JOIN LATERAL (SELECT id, meeting_date, status FROM club_meeting t WHERE t.club_id = c.organization_id
                    AND t.meeting_date BETWEEN ? AND ? ORDER BY meeting_date LIMIT 1) tm ON true
                WHERE true AND c.province_code = '22' ORDER BY o.name_vi, o.id LIMIT 100 OFFSET 0""";
        LocalDate today = LocalDate.now();
        LocalDate month = today.withDayOfMonth(1);
        Connection[] connections = new Connection[conns];
        for (int w = 0; w < conns; w++) connections[w] = DriverManager.getConnection(jdbcUrl);
        var raw = LoadRun.run(conns, Duration.ofSeconds(3), seconds, w -> {
            Connection c = connections[w];
            try (PreparedStatement p = c.prepareStatement(sql);
                 PreparedStatement count = c.prepareStatement(
                         "SELECT count(*) FROM club c JOIN organization o ON o.id = c.organization_id WHERE true AND c.province_code = '22'")) {
                Object[] params = {today, month.minusMonths(12), month.minusDays(1), month.minusMonths(12), month.minusDays(1),
                        month, month.plusMonths(1).minusDays(1)};
                for (int i = 0; i < params.length; i++) p.setObject(i + 1, params[i]);
                int rows = 0;
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) rows++;
                }
                count.executeQuery().close();
                return rows > 0;
            }
        });
        System.out.println(raw.row("same query (raw JDBC)"));
        if (raw.firstError() != null) System.out.println("  first error: " + raw.firstError());
        System.exit(0);
    }
}
