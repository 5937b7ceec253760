package org.safereturn.testing;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tests that exercise a lifecycle or a role rather than concurrency act as a client that has just read the
 * record: when a change is sent without If-Match, this filter adds the record's current version,
 * read straight from the table (so no read is audited on the test's behalf). A test that sends
 * If-Match itself, or calls through {@link Api#withoutVersion}, is left alone; those are the
 * tests that show 428 and 412.
 */
final class LatestVersion implements Filter {
    private record Versioned(Pattern path, String method, String table, String key) {
        Versioned(Pattern path, String method, String table) {
            this(path, method, table, "id");
        }
    }

    private static final String ID = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";
    private static final List<Versioned> RECORDS = List.of(
            new Versioned(Pattern.compile("/api/v1/cases/" + ID + "/(verify|identify|not-identified|start-support|handover|follow-up|close|reopen|assign)"), "POST", "case_file"),
            new Versioned(Pattern.compile("/api/v1/hotline/tickets/" + ID), "PUT", "hotline_ticket"),
            new Versioned(Pattern.compile("/api/v1/hotline/tickets/" + ID + "/(triage|assign|start|resolve|close|reopen)"), "POST", "hotline_ticket"),
            new Versioned(Pattern.compile("/api/v1/hotline/lines/" + ID), "PUT", "hotline_line"),
            new Versioned(Pattern.compile("/api/v1/referrals/" + ID + "/(send|accept|decline|start|complete|cancel|escalate)"), "POST", "referral"),
            new Versioned(Pattern.compile("/api/v1/hotline/categories/([A-Z][A-Z0-9_]*)"), "PUT", "hotline_category", "code"),
            new Versioned(Pattern.compile("/api/v1/admin/dhis2-org-units/([0-9A-Za-z]+)"), "PUT", "dhis2_org_unit", "place_code"),
            new Versioned(Pattern.compile("/api/v1/webhooks/" + ID + "(/rotate-secret|/event-types)?"), null, "webhook_subscription"));

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
        if (!request.getHeaders().hasHeaderWithName("If-Match")) {
            String path = URI.create(request.getURI()).getPath();
            for (Versioned v : RECORDS) {
                Matcher m = v.path().matcher(path);
                if ((v.method() == null ? !"GET".equals(request.getMethod()) : v.method().equals(request.getMethod())) && m.matches()) {
                    Long version = versionOf(v.table(), v.key(), v.key().equals("id") ? UUID.fromString(m.group(1)) : m.group(1));
                    if (version != null) {
                        request.header("If-Match", "\"" + version + "\"");
                    }
                    break;
                }
            }
        }
        return ctx.next(request, response);
    }

    private static Long versionOf(String table, String key, Object id) {
        try (Connection c = OwnerDatabase.connect();
             PreparedStatement s = c.prepareStatement("SELECT version FROM " + table + " WHERE " + key + " = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the version of " + table + " " + id, e);
        }
    }
}
