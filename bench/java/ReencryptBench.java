import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The re-encryption job's rows per second (bench/reencrypt.sh), next to the bare equivalent in
 * the same run: plain JDBC selecting, decrypting, encrypting and updating the same rows in the
 * same batches. It writes ROWS case notes in the form used before key ids (v1: the raw data key,
 * no binding) on one case, times the bare loop over them (which leaves them in that form), then
 * starts the job through the API as an admin and reads its progress until it is done. The notes
 * are deleted at the end.
 *
 * Usage: java -cp postgresql.jar ReencryptBench.java JDBC_URL API_URL ADMIN_TOKEN DATA_KEY_BASE64 ROWS
 */
public class ReencryptBench {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BATCH = 500;

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: ReencryptBench JDBC_URL API_URL ADMIN_TOKEN DATA_KEY_BASE64 ROWS");
            System.exit(2);
        }
        String api = args[1];
        String token = args[2];
        SecretKeySpec key = new SecretKeySpec(Base64.getDecoder().decode(args[3].trim()), "AES");
        int rows = Integer.parseInt(args[4]);
        try (Connection db = DriverManager.getConnection(args[0])) {
            UUID caseId;
            try (ResultSet rs = db.createStatement().executeQuery("SELECT id FROM case_file ORDER BY received_at DESC LIMIT 1")) {
                if (!rs.next()) {
                    throw new IllegalStateException("no case to attach the notes to: run bin/run (demo data) and record an intake first");
                }
                caseId = (UUID) rs.getObject(1);
            }
            String marker = "bench-" + UUID.randomUUID();
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO case_note (id, case_id, text_enc, confidential, author_subject, author_name, created_at)
                    VALUES (?, ?, ?, false, ?, 'bench', now())""")) {
                for (int i = 0; i < rows; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, caseId);
                    insert.setString(3, v1(key, "Ghi chú thăm hỏi số " + i + ": gia đình đã nhận lại, cần hỗ trợ học nghề."));
                    insert.setString(4, marker);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
            try {
                long start = System.nanoTime();
                int done = bare(db, key, marker);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%-44s %8d rows %8.1f s %10.0f rows/s%n", "bare JDBC: select, decrypt, encrypt, update", done, seconds, done / seconds);
                job(api, token);
            } finally {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM case_note WHERE author_subject = ?")) {
                    delete.setString(1, marker);
                    delete.executeUpdate();
                }
                db.commit();
            }
        }
    }

    /** The same work without the application: batches of rows locked, opened, sealed again and written. */
    static int bare(Connection db, SecretKeySpec key, String marker) throws Exception {
        int done = 0;
        long after = 0;
        List<Object[]> batch;
        do {
            batch = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT id, text_enc FROM case_note WHERE author_subject = ? ORDER BY id OFFSET ? LIMIT ? FOR UPDATE")) {
                select.setString(1, marker);
                select.setLong(2, after);
                select.setInt(3, BATCH);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        batch.add(new Object[] {rs.getObject(1), rs.getString(2)});
                    }
                }
            }
            try (PreparedStatement update = db.prepareStatement("UPDATE case_note SET text_enc = ? WHERE id = ?")) {
                for (Object[] row : batch) {
                    update.setString(1, v1(key, open(key, (String) row[1])));
                    update.setObject(2, row[0]);
                    update.addBatch();
                }
                update.executeBatch();
            }
            db.commit();
            done += batch.size();
            after += batch.size();
        } while (batch.size() == BATCH);
        return done;
    }

    /** Starts the job through the API and reads its progress until it ends. */
    static void job(String api, String token) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/admin/reencryptions"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("start: " + started.statusCode() + " " + started.body());
        }
        String id = field(started.body(), "id");
        long begin = System.nanoTime();
        String body;
        do {
            Thread.sleep(200);
            body = http.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/admin/reencryptions/" + id))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } while ("RUNNING".equals(field(body, "status")) && System.nanoTime() - begin < 600e9);
        System.out.printf("%-44s %8s rows %8.1f s %10s rows/s  (%s)%n", "the job (SKIP LOCKED batches, the API's cipher)",
                field(body, "rowsDone"), (System.nanoTime() - begin) / 1e9, field(body, "rowsPerSecond"), field(body, "status"));
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    static String v1(SecretKeySpec key, String plaintext) throws Exception {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        byte[] sealed = gcm.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
    }

    static String open(SecretKeySpec key, String v1) throws Exception {
        byte[] all = Base64.getDecoder().decode(v1.substring(3));
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
        return new String(gcm.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
    }
}
