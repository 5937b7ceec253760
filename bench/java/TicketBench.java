import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The raw JDBC side of bench/hotline.sh: tickets per second and their latency when plain JDBC
 * writes the rows the API writes for a new ticket, one transaction per ticket: the ticket
 * (encrypted names, number and summary, the number's keyed hash), its first history entry and its
 * audit event. The rows go to copies of those tables in a scratch schema that is dropped at the end.
 *
 * Usage: java -cp postgresql.jar TicketBench.java JDBC_URL SECONDS CONNS
 */
public class TicketBench {
    private static final UUID SWC = UUID.fromString("00000000-0000-4000-a000-000000000001");
    private static final UUID LINE = UUID.fromString("00000000-0000-4000-c000-000000000001");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"};
    private static final String[] GIVEN = {"Hoa", "Lan", "Mai", "Hương", "Tuấn", "Dũng", "Trang", "Linh", "Hải", "Nga", "Thảo", "Yến"};
    private static final String[] URGENCY = {"EMERGENCY", "HIGH", "NORMAL", "NORMAL", "NORMAL", "LOW"};
    private static final String SUMMARY = "Người gọi cho biết con gái được một người quen trên mạng hứa việc làm phục vụ nhà hàng bên kia "
            + "biên giới, lương cao, đi từ tuần trước, từ hôm qua không liên lạc được. Đã hướng dẫn gia đình báo công an xã và giữ lại tin nhắn.";

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: TicketBench JDBC_URL SECONDS CONNS");
            System.exit(2);
        }
        int conns = Integer.parseInt(args[2]);
        RawWriter raw = new RawWriter(args[0], conns);
        try {
            raw.createScratchTables();
            var result = LoadRun.run(conns, Duration.ofSeconds(3), Duration.ofSeconds(Long.parseLong(args[1])), raw::insertTicket);
            System.out.println(result.row("raw JDBC, same rows"));
            if (result.firstError() != null) System.out.println("  first error: " + result.firstError());
        } finally {
            raw.dropScratchTables();
        }
    }

    private static String pick(String[] values) {
        return values[ThreadLocalRandom.current().nextInt(values.length)];
    }

    /** Writes a ticket's rows with plain JDBC, one transaction per ticket, one connection per worker. */
    static final class RawWriter {
        private final String url;
        private final Connection[] connections;
        private final SecretKeySpec dataKey, indexKey;
        private final SecureRandom random = new SecureRandom();
        private final AtomicLong numbers = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40));

        RawWriter(String url, int workers) {
            this.url = url;
            this.connections = new Connection[workers];
            byte[] key = new byte[32];
            random.nextBytes(key);
            dataKey = new SecretKeySpec(key, "AES");
            indexKey = new SecretKeySpec(key, "HmacSHA256");
        }

        void createScratchTables() throws Exception {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS bench_raw CASCADE");
                s.execute("CREATE SCHEMA bench_raw");
                for (String t : List.of("hotline_ticket", "hotline_ticket_event", "audit_event")) {
                    s.execute("CREATE TABLE bench_raw." + t + " (LIKE public." + t + " INCLUDING ALL)");
                }
                s.execute("ALTER TABLE bench_raw.hotline_ticket ADD FOREIGN KEY (organization_id) REFERENCES public.organization (id)");
                s.execute("ALTER TABLE bench_raw.hotline_ticket ADD FOREIGN KEY (line_id) REFERENCES public.hotline_line (id)");
                s.execute("ALTER TABLE bench_raw.hotline_ticket_event ADD FOREIGN KEY (ticket_id) REFERENCES bench_raw.hotline_ticket (id)");
            }
        }

        void dropScratchTables() throws Exception {
            for (Connection c : connections) if (c != null) c.close();
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS bench_raw CASCADE");
            }
        }

        boolean insertTicket(int worker) throws Exception {
            Connection c = connections[worker];
            if (c == null) {
                c = connections[worker] = DriverManager.getConnection(url);
                c.setAutoCommit(false);
            }
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            Timestamp now = Timestamp.from(Instant.now());
            Instant started = Instant.now().minusSeconds(rnd.nextInt(30, 600));
            String urgency = pick(URGENCY);
            String phone = String.format("09%08d", rnd.nextInt(100_000_000));
            UUID id = UUID.randomUUID();
            try {
                try (PreparedStatement p = c.prepareStatement("""
                        INSERT INTO bench_raw.hotline_ticket (id, number, organization_id, line_id, channel, direction, status, urgency,
                            started_at, response_due_at, caller_anonymous, caller_name_enc, caller_phone_enc, caller_phone_index,
                            caller_relation, caller_place_code, concerned_name_enc, concerned_sex, concerned_age, concerned_place_code,
                            concerned_country, categories, summary_enc, actions, created_by_subject, created_by_name, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, 'PHONE', 'INBOUND', 'NEW', ?, ?, ?, false, ?, ?, ?, 'PARENT', '06685', ?, 'FEMALE', 16, '06685', 'CN',
                            '{TRAFFICKING_SUSPECTED,MISSING_PERSON}', ?, '{COUNSELLING}', 'operator', 'Lê Minh Tuấn', ?, ?, 0)""")) {
                    p.setObject(1, id);
                    p.setLong(2, numbers.incrementAndGet());
                    p.setObject(3, SWC);
                    p.setObject(4, LINE);
                    p.setString(5, urgency);
                    p.setTimestamp(6, Timestamp.from(started));
                    p.setTimestamp(7, Timestamp.from(started.plus(urgency.equals("EMERGENCY") ? Duration.ofMinutes(15) : Duration.ofHours(24))));
                    p.setString(8, encrypt(pick(FAMILY) + " Thị " + pick(GIVEN)));
                    p.setString(9, encrypt(phone));
                    p.setString(10, index(phone));
                    p.setString(11, encrypt(pick(FAMILY) + " Thị " + pick(GIVEN)));
                    p.setString(12, encrypt(SUMMARY));
                    p.setTimestamp(13, now);
                    p.setTimestamp(14, now);
                    p.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement("""
                        INSERT INTO bench_raw.hotline_ticket_event (ticket_id, occurred_at, type, status, actor_subject, actor_name, params)
                        VALUES (?, ?, 'CREATED', 'NEW', 'operator', 'Lê Minh Tuấn', ?::jsonb)""")) {
                    p.setObject(1, id);
                    p.setTimestamp(2, now);
                    p.setString(3, "{\"urgency\":\"" + urgency + "\",\"channel\":\"PHONE\"}");
                    p.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement("""
                        INSERT INTO bench_raw.audit_event (occurred_at, actor_subject, actor_username, organization_id, action, record_type,
                            record_id, field_groups)
                        VALUES (?, 'operator', 'operator', ?, 'TICKET_CREATED', 'HOTLINE_TICKET', ?, 'IDENTITY,CONTACT,NARRATIVE')""")) {
                    p.setTimestamp(1, now);
                    p.setObject(2, SWC);
                    p.setString(3, id.toString());
                    p.executeUpdate();
                }
                c.commit();
                return true;
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }

        private String encrypt(String plain) throws Exception {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, all, 0, nonce.length);
            System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
            return "v1:" + Base64.getEncoder().encodeToString(all);
        }

        private String index(String value) throws Exception {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
