package org.safereturn.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safereturn.testing.Api.asToken;
import static org.safereturn.testing.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.safereturn.testing.Tokens;

@QuarkusTest
class InactiveOrganizationTest {
    static final String WORLD_VISION = "00000000-0000-4000-a000-000000000012";

    @Inject
    EntityManager em;

    @Test
    void theClientsOfAnInactiveOrganizationAreRefusedWithinSeconds() throws InterruptedException {
        asToken(Tokens.worldVision()).queryParam("direction", "incoming").get("/api/v1/referrals").then().statusCode(200);
        setStatus("INACTIVE");
        try {
            int status = 0;
            for (int i = 0; i < 40 && status != 403; i++) {
                status = asToken(Tokens.worldVision()).queryParam("direction", "incoming").get("/api/v1/referrals").statusCode();
                if (status != 403) {
                    Thread.sleep(250);
                }
            }
            problem(asToken(Tokens.worldVision()).queryParam("direction", "incoming").get("/api/v1/referrals").then(), 403,
                    "auth.organization-inactive");
        } finally {
            setStatus("ACTIVE");
        }
        asToken(Tokens.worldVision()).queryParam("direction", "incoming").get("/api/v1/referrals").then().statusCode(200);
    }

    private void setStatus(String status) {
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1,
                em.createNativeQuery("UPDATE organization SET status = ?1 WHERE id = CAST(?2 AS uuid)")
                        .setParameter(1, status).setParameter(2, WORLD_VISION).executeUpdate()));
    }
}
