package org.safereturn.examples;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safereturn.client.ApiClient;
import org.safereturn.client.ApiResponse;
import org.safereturn.client.api.DirectoryApi;
import org.safereturn.client.api.OpenReferralApi;
import org.safereturn.client.api.PlacesApi;
import org.safereturn.client.api.ConsentApi;
import org.safereturn.client.api.CasesApi;
import org.safereturn.client.api.ReferralsApi;
import org.safereturn.client.model.CaseCategory;
import org.safereturn.client.model.ConsentRequest;
import org.safereturn.client.model.FieldGroup;
import org.safereturn.client.model.IntakeChannel;
import org.safereturn.client.model.IntakeRequest;
import org.safereturn.client.model.ModelCase;
import org.safereturn.client.model.Outcome;
import org.safereturn.client.model.PersonRequest;
import org.safereturn.client.model.Referral;
import org.safereturn.client.model.ReferralCompletion;
import org.safereturn.client.model.ReferralNote;
import org.safereturn.client.model.ReferralPage;
import org.safereturn.client.model.ReferralRequest;
import org.safereturn.client.model.ReferralStatus;
import org.safereturn.client.model.Sex;
import org.safereturn.client.model.Urgency;

/**
 * The calls a partner makes, through the Java client openapi-generator makes from openapi.yaml:
 * the centre sends Blue Dragon a referral (as its worker), Blue Dragon reads its inbox, the
 * referral, the directory, the HSDS feed and the places, then accepts, starts and completes the
 * referral over its ETag; the centre sees it completed. Exits non-zero when anything is off.
 *
 *   API_URL=http://127.0.0.1:8080 KEYCLOAK_URL=http://127.0.0.1:8180 java -cp … org.safereturn.examples.PartnerCalls
 */
public final class PartnerCalls {
    private static final UUID BLUE_DRAGON = UUID.fromString("00000000-0000-4000-a000-000000000011");
    private static final UUID BD_LEGAL_AID = UUID.fromString("00000000-0000-4000-b000-000000000015");

    public static void main(String[] args) throws Exception {
        String api = env("API_URL", "http://127.0.0.1:8080");
        String keycloak = env("KEYCLOAK_URL", "http://127.0.0.1:8180");
        ApiClient centre = client(api, token(keycloak, Map.of("grant_type", "password", "client_id", "safereturn-test",
                "client_secret", "safereturn-test-secret", "username", "worker", "password", "demo")));
        ApiClient partner = client(api, token(keycloak, Map.of("grant_type", "client_credentials", "client_id", "blue-dragon-api",
                "client_secret", "blue-dragon-demo-secret")));

        // The centre: a person received, her consent to share her identity with Blue Dragon, a referral sent.
        ModelCase received = new CasesApi(centre).createIntake(new IntakeRequest().channel(IntakeChannel.NGO)
                .receivedAt(OffsetDateTime.now().minusHours(1)).category(CaseCategory.PRESUMED_VICTIM)
                .person(new PersonRequest().fullName("Đỗ Thị Khách Java").sex(Sex.FEMALE).estimatedAge(17)), UUID.randomUUID().toString());
        UUID personId = received.getPerson().getId();
        new ConsentApi(centre).recordConsent(received.getId(), new ConsentRequest().personId(personId)
                .givenBy(org.safereturn.client.model.Giver.GUARDIAN).guardianName("Đỗ Văn Bố").guardianRelation("father")
                .purpose(org.safereturn.client.model.Purpose.SHARE_WITH_ORGANIZATION).organizationId(BLUE_DRAGON)
                .fieldGroups(List.of(FieldGroup.IDENTITY)).givenAt(OffsetDateTime.now().minusMinutes(5))
                .method(org.safereturn.client.model.Method.SIGNED_FORM));
        ReferralsApi centreReferrals = new ReferralsApi(centre);
        Referral draft = centreReferrals.createReferral(new ReferralRequest().caseId(received.getId()).receiverOrganizationId(BLUE_DRAGON)
                .serviceId(BD_LEGAL_AID).urgency(Urgency.URGENT).reason("Cần luật sư cho vụ án")
                .requestedBy(LocalDate.now().plusDays(7)).fieldGroups(List.of(FieldGroup.IDENTITY)), UUID.randomUUID().toString());
        centreReferrals.sendReferral(draft.getId(), etag(centreReferrals.getReferralWithHttpInfo(draft.getId())), new ReferralNote(), null);

        // The partner: its inbox, the referral with what consent shares, the directory, the feed, the places.
        ReferralsApi referrals = new ReferralsApi(partner);
        ReferralPage inbox = referrals.listReferrals("incoming", null, null, 0, 200, null, ReferralStatus.SENT);
        check(inbox.getItems().stream().anyMatch(r -> r.getId().equals(draft.getId())), "the inbox lists the referral sent");
        ApiResponse<Referral> read = referrals.getReferralWithHttpInfo(draft.getId());
        check(read.getData().getStatus() == ReferralStatus.SENT, "the referral is SENT");
        check(read.getData().getSharedCase().getPersons().get(0).getFullName().equals("Đỗ Thị Khách Java"), "the consented identity is shared");
        check(new DirectoryApi(partner).listOrganizations(null, 0, null, "Blue Dragon", 20, null, null).getItems().stream()
                .anyMatch(o -> o.getId().equals(BLUE_DRAGON)), "the directory finds Blue Dragon");
        OpenReferralApi openReferral = new OpenReferralApi(partner);
        check("3.0".equals(openReferral.hsdsIndex().getVersion()), "the HSDS feed says it is HSDS 3.0");
        check(openReferral.hsdsListOrganizations(1, 50, null).getContents().size() > 0, "the HSDS feed has organizations");
        check(openReferral.hsdsGetService(BD_LEGAL_AID).getServiceAtLocations().get(0).getLocation().getAddresses().get(0)
                .getCountry().equals("VN"), "an HSDS service carries where it is delivered");
        check(new PlacesApi(partner).listPlaces(0, null, "Quảng Ninh", 20, null).getItems().stream()
                .anyMatch(p -> "22".equals(p.getCode())), "places finds Quảng Ninh");

        // The partner answers over the version it read; a retry of the same key would change nothing more.
        String etag = etag(read);
        etag = etag(referrals.acceptReferralWithHttpInfo(draft.getId(), etag, new ReferralNote().note("Đã nhận"), UUID.randomUUID().toString()));
        etag = etag(referrals.startReferralWithHttpInfo(draft.getId(), etag, new ReferralNote(), UUID.randomUUID().toString()));
        referrals.completeReferral(draft.getId(), etag, new ReferralCompletion().outcome(Outcome.SERVICE_PROVIDED).note("Đã cử luật sư"),
                UUID.randomUUID().toString());

        check(centreReferrals.getReferral(draft.getId()).getStatus() == ReferralStatus.COMPLETED, "the centre sees the referral completed");
        System.out.println("partner calls through the generated Java client: OK (referral " + draft.getId() + " completed)");
    }

    private static ApiClient client(String api, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(api);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static String etag(ApiResponse<?> response) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("ETag"))
                .map(e -> e.getValue().get(0)).findFirst().orElseThrow(() -> new IllegalStateException("no ETag"));
    }

    private static String token(String keycloak, Map<String, String> form) throws Exception {
        String body = String.join("&", form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/safereturn/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        check(response.statusCode() == 200 && m.find(), "a token from Keycloak (" + response.statusCode() + ")");
        return m.group(1);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            System.err.println("FAILED: " + what);
            System.exit(1);
        }
        System.out.println("ok: " + what);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.replaceAll("/+$", "");
    }
}
