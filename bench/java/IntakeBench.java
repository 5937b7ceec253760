import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The raw JDBC side of bench/intake.sh: intakes per second and their latency when plain JDBC writes
 * the same rows the API writes for an intake, one transaction per intake: the case number counter,
 * the person (encrypted fields and blind indexes), the case, its first timeline entry and its audit
 * event. The rows go to copies of those tables in a scratch schema (same columns and indexes) that
 * is dropped at the end, so the baseline never pollutes the real data.
 *
 * Usage: java -cp postgresql.jar IntakeBench.java JDBC_URL SECONDS CONNS
 */
public class IntakeBench {
    private static final UUID SWC = UUID.fromString("00000000-0000-4000-a000-000000000001");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"};
    private static final String[] MIDDLE = {"Thị", "Văn", "Ngọc", "Minh", "Thu", "Hữu", "Đức", "Thanh"};
    private static final String[] GIVEN = {"Hoa", "Lan", "Mai", "Hương", "Tuấn", "Dũng", "Trang", "Linh", "Hải", "Nga", "Thảo", "Yến", "Phương", "Quân"};
    private static final String NARRATIVE = "Được Đồn Biên phòng bàn giao sau khi trở về qua cửa khẩu. "
            + "Người này cho biết đã bị hứa hẹn việc làm lương cao bên kia biên giới, bị giữ giấy tờ và ép làm việc "
            + "nhiều tháng không được trả lương. Sức khỏe yếu, cần hỗ trợ y tế và tâm lý ban đầu.";

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: IntakeBench JDBC_URL SECONDS CONNS");
            System.exit(2);
        }
        int conns = Integer.parseInt(args[2]);
        RawWriter raw = new RawWriter(args[0], conns);
        try {
            raw.createScratchTables();
            var result = LoadRun.run(conns, Duration.ofSeconds(3), Duration.ofSeconds(Long.parseLong(args[1])), raw::insertIntake);
            System.out.println(result.row("raw JDBC, same rows"));
            if (result.firstError() != null) System.out.println("  first error: " + result.firstError());
        } finally {
            raw.dropScratchTables();
        }
    }

    private static String pick(String[] values) {
        return values[ThreadLocalRandom.current().nextInt(values.length)];
    }

    /** Writes an intake's rows with plain JDBC, one transaction per intake, one connection per worker. */
    static final class RawWriter {
        private final String url;
        private final Connection[] connections;
        private final SecretKeySpec dataKey, indexKey;
        private final SecureRandom random = new SecureRandom();

        RawWriter(String url, int workers) throws Exception {
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
                for (String t : List.of("case_number_counter", "person", "case_file", "case_event", "audit_event")) {
                    s.execute("CREATE TABLE bench_raw." + t + " (LIKE public." + t + " INCLUDING ALL)");
                }
                s.execute("ALTER TABLE bench_raw.case_file ADD FOREIGN KEY (person_id) REFERENCES bench_raw.person (id)");
                s.execute("ALTER TABLE bench_raw.case_file ADD FOREIGN KEY (organization_id) REFERENCES public.organization (id)");
                s.execute("ALTER TABLE bench_raw.person ADD FOREIGN KEY (home_place_code) REFERENCES public.place (code)");
                s.execute("ALTER TABLE bench_raw.case_event ADD FOREIGN KEY (case_id) REFERENCES bench_raw.case_file (id)");
            }
        }

        void dropScratchTables() throws Exception {
            for (Connection c : connections) if (c != null) c.close();
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS bench_raw CASCADE");
            }
        }

        boolean insertIntake(int worker) throws Exception {
            Connection c = connections[worker];
            if (c == null) {
                c = connections[worker] = DriverManager.getConnection(url);
                c.setAutoCommit(false);
            }
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            Timestamp now = Timestamp.from(Instant.now());
            Instant received = Instant.now().minusSeconds(rnd.nextInt(60, 36_000));
            String name = pick(FAMILY) + " " + pick(MIDDLE) + " " + pick(GIVEN) + " " + pick(GIVEN);
            String idNumber = String.format("0%02d%09d", rnd.nextInt(1, 96), rnd.nextLong(1_000_000_000L));
            UUID personId = UUID.randomUUID(), caseId = UUID.randomUUID();
            try {
                int number;
                try (PreparedStatement p = c.prepareStatement("""
                        INSERT INTO bench_raw.case_number_counter (organization_id, year, last_value) VALUES (?, 2026, 1)
                        ON CONFLICT (organization_id, year) DO UPDATE SET last_value = bench_raw.case_number_counter.last_value + 1
                        RETURNING last_value""")) {
                    p.setObject(1, SWC);
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        number = r.getInt(1);
                    }
                }
                try (PreparedStatement p = c.prepareStatement("""
                        INSERT INTO bench_raw.person (id, full_name_enc, full_name_index, sex, birth_date_enc, nationality, stateless,
                            id_document_type, id_number_enc, id_number_index, home_place_code, phone_enc, languages, duplicate_index, created_at)
                        VALUES (?, ?, ?, 'FEMALE', ?, 'VN', false, 'CITIZEN_ID', ?, ?, '06685', ?, '{vi}', ?, ?)""")) {
                    p.setObject(1, personId);
                    p.setString(2, encrypt(name));
                    p.setString(3, index(name));
                    p.setString(4, encrypt("1990-05-01"));
                    p.setString(5, encrypt(idNumber));
                    p.setString(6, index(idNumber));
                    p.setString(7, encrypt("0912345678"));
                    p.setString(8, index(name + "|1990|06685"));
                    p.setTimestamp(9, now);
                    p.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement("""
                        INSERT INTO bench_raw.case_file (id, case_number, organization_id, person_id, status, category, channel, received_at,
                            place_found_description_enc, narrative_enc, verification_due_at, assigned_subject, assigned_name,
                            created_by_subject, version, created_at, updated_at)
                        VALUES (?, ?, ?, ?, 'OPEN', 'PRESUMED_VICTIM', 'BORDER_GUARD_HANDOVER', ?, ?, ?, ?, ?, 'Nguyễn Thị Lan', 'worker', 0, ?, ?)""")) {
                    p.setObject(1, caseId);
                    p.setString(2, String.format("QN-2026-%06d", number));
                    p.setObject(3, SWC);
                    p.setObject(4, personId);
                    p.setTimestamp(5, Timestamp.from(received));
                    p.setString(6, encrypt("Cửa khẩu quốc tế Móng Cái"));
                    p.setString(7, encrypt(NARRATIVE));
                    p.setTimestamp(8, Timestamp.from(received.plus(Duration.ofDays(3))));
                    p.setString(9, "worker");
                    p.setTimestamp(10, now);
                    p.setTimestamp(11, now);
                    p.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement("""
                        INSERT INTO bench_raw.case_event (case_id, occurred_at, type, actor_subject, actor_name, summary, params)
                        VALUES (?, ?, 'INTAKE_RECEIVED', 'worker', 'Nguyễn Thị Lan', 'Received by BORDER_GUARD_HANDOVER, category PRESUMED_VICTIM',
                                '{"channel":"BORDER_GUARD_HANDOVER","category":"PRESUMED_VICTIM"}'::jsonb)""")) {
                    p.setObject(1, caseId);
                    p.setTimestamp(2, now);
                    p.executeUpdate();
                }
                appendAudit(c, caseId, now);
                c.commit();
                return true;
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }

        private void appendAudit(Connection c, UUID caseId, Timestamp now) throws Exception {
            // As the API does: the event is inserted unlinked; the sealer chains it after commit.
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO bench_raw.audit_event (occurred_at, actor_subject, actor_username, organization_id, action, record_type,
                        record_id, field_groups)
                    VALUES (?, 'worker', 'worker', ?, 'CASE_CREATED', 'CASE', ?, 'IDENTITY,CONTACT,NARRATIVE')""")) {
                p.setTimestamp(1, now);
                p.setObject(2, SWC);
                p.setString(3, caseId.toString());
                p.executeUpdate();
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
            return HexFormat.of().formatHex(mac.doFinal(value.toLowerCase().getBytes(StandardCharsets.UTF_8)));
        }
    }
}
