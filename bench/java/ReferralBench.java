import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Referral transitions per second with many partner connections at once, and the webhook
 * deliveries they cause, to a receiver this program runs on loopback. Each worker answers its own
 * referrals to Blue Dragon (accept, start, complete: one transition per request, each with an
 * Idempotency-Key); the referrals are SENT ones this program inserts first. Webhooks need the
 * backend to allow the loopback receiver (SAFERETURN_WEBHOOKS_INSECURE_HOSTS=127.0.0.1); without
 * it only the transitions are measured.
 *
 * Usage: java -cp postgresql.jar ReferralBench.java API_URL KEYCLOAK_URL JDBC_URL SECONDS CONNS
 */
public class ReferralBench {
    private static final String BLUE_DRAGON = "00000000-0000-4000-a000-000000000011";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String apiUrl = args[0], kcUrl = args[1], jdbcUrl = args[2];
        Duration seconds = Duration.ofSeconds(Long.parseLong(args[3]));
        int conns = Integer.parseInt(args[4]);
        Api partner = Api.asClient(apiUrl, kcUrl, "blue-dragon-api", "blue-dragon-demo-secret", conns);

        AtomicLong delivered = new AtomicLong();
        AtomicLong firstAt = new AtomicLong(), lastAt = new AtomicLong();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            long now = System.nanoTime();
            if (delivered.getAndIncrement() == 0) firstAt.set(now);
            lastAt.set(now);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String hookUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        HttpResponse<String> registered = partner.post("/api/v1/webhooks", "{\"url\":\"" + hookUrl + "\",\"description\":\"bench receiver\"}");
        String webhookId = null;
        if (registered.statusCode() == 201) {
            Matcher m = ID.matcher(registered.body());
            webhookId = m.find() ? m.group(1) : null;
        } else {
            System.out.println("  (webhooks not measured: the backend refused the loopback receiver; start it with "
                    + "SAFERETURN_WEBHOOKS_INSECURE_HOSTS=127.0.0.1)");
        }

        ConcurrentLinkedQueue<UUID> waiting = new ConcurrentLinkedQueue<>(insertSentReferrals(jdbcUrl, 6000));
        String[] current = new String[conns];
        int[] step = new int[conns];
        var result = LoadRun.run(conns, Duration.ofSeconds(3), seconds, w -> {
            if (current[w] == null) {
                UUID next = waiting.poll();
                if (next == null) throw new IllegalStateException("ran out of referrals: insert more");
                current[w] = next.toString();
                step[w] = 0;
            }
            String[] steps = {"accept", "start", "complete"};
            String body = step[w] == 2 ? "{\"outcome\":\"SERVICE_PROVIDED\",\"note\":\"Lawyer assigned and first hearing attended\"}" : "{}";
            var r = partner.post("/api/v1/referrals/" + current[w] + "/" + steps[step[w]], body, "Idempotency-Key", UUID.randomUUID().toString());
            if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + " " + r.body());
            if (++step[w] == 3) current[w] = null;
            return true;
        });
        System.out.println(result.row("referral transitions (partner)"));
        if (result.firstError() != null) System.out.println("  first error: " + result.firstError());

        if (webhookId != null) {
            long settleUntil = System.currentTimeMillis() + 120_000;
            long seen = -1;
            while (System.currentTimeMillis() < settleUntil && pending(jdbcUrl, webhookId) > 0) {
                Thread.sleep(500);
            }
            seen = delivered.get();
            double span = (lastAt.get() - firstAt.get()) / 1e9;
            System.out.printf("%-34s %5s %9.1f %9s %9s %7d%n", "webhook deliveries (to loopback)", "-", seen / Math.max(span, 0.001), "-", "-",
                    pending(jdbcUrl, webhookId));
            System.out.printf("  %d deliveries in %.1f s from the first to the last; still pending: %d%n", seen, span, pending(jdbcUrl, webhookId));
            partner.delete("/api/v1/webhooks/" + webhookId);
        }
        receiver.stop(0);
        System.exit(0);
    }

    private static long pending(String jdbcUrl, String webhookId) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             PreparedStatement p = c.prepareStatement("SELECT count(*) FROM webhook_delivery WHERE subscription_id = ?::uuid AND status = 'PENDING'")) {
            p.setString(1, webhookId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** SENT referrals to Blue Dragon, copied from a referral of the generator (same case and reason), due in five days. */
    private static java.util.List<UUID> insertSentReferrals(String jdbcUrl, int n) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl); PreparedStatement p = c.prepareStatement("""
                INSERT INTO referral (id, case_id, case_number, sender_organization_id, receiver_organization_id, service_type, urgency,
                    reason_enc, shared_field_groups, status, answer_due_at, sent_at, created_by_subject, created_by_name, created_at, updated_at, version)
                SELECT gen_random_uuid(), r.case_id, r.case_number, r.sender_organization_id, ?::uuid, 'LEGAL_AID', 'URGENT', r.reason_enc,
                       '{IDENTITY}', 'SENT', now() + interval '5 days', now(), 'bench', 'Bench', now(), now(), 0
                FROM (SELECT * FROM referral WHERE sender_organization_id <> ?::uuid LIMIT 1) r, generate_series(1, ?)
                RETURNING id""")) {
            p.setString(1, BLUE_DRAGON);
            p.setString(2, BLUE_DRAGON);
            p.setInt(3, n);
            java.util.List<UUID> ids = new java.util.ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) ids.add((UUID) r.getObject(1));
            }
            return ids;
        }
    }
}
