package org.safereturn.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safereturn.audit.AuditService;
import org.safereturn.common.print.OfficialDocument;
import org.safereturn.common.time.VietnamTime;
import org.safereturn.directory.OrganizationService;
import org.safereturn.hotline.HotlineDtos.TicketView;
import org.safereturn.place.PlaceService;

/**
 * A ticket's summary (phiếu tóm tắt cuộc gọi) as PDF, for a handover between shifts or to the
 * police: printed from the ticket's view, the one its own organization's staff read, and audited
 * as a read (TICKET_PRINTED).
 */
@ApplicationScoped
class TicketPrintout {
    /** A rendered summary and the file name it downloads as. */
    record Printout(String fileName, byte[] pdf) {}

    @Inject
    TicketService tickets;
    @Inject
    OrganizationService organizations;
    @Inject
    PlaceService places;
    @Inject
    AuditService audit;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    Printout print(UUID id) {
        HotlineTicket t = tickets.inScope(id, false);
        audit.event("TICKET_PRINTED", "HOTLINE_TICKET", t.id).groups(TicketService.ALL_GROUPS).write();
        TicketView v = tickets.view(t, true);
        OfficialDocument doc = OfficialDocument.of(null, organizations.summary(v.organizationId()).map(o -> o.nameVi()).orElse(""),
                v.ticketNumber(), places.provinceShortName(organizations.placeCode(v.organizationId()).orElse(null)).orElse(null),
                VietnamTime.today(clock), "Phiếu tóm tắt cuộc gọi");
        doc.section("I. Cuộc gọi");
        doc.field("Số phiếu", v.ticketNumber());
        doc.field("Đường dây", v.line() == null ? null : v.line().nameVi() + " (" + v.line().number() + ")");
        doc.field("Kênh", CHANNELS.getOrDefault(v.channel().name(), v.channel().name()));
        doc.field("Bắt đầu", OfficialDocument.dateTime(v.startedAt()));
        doc.field("Mức độ khẩn cấp", URGENCIES.get(v.urgency().name()));
        doc.field("Trạng thái", STATUSES.getOrDefault(v.status().name(), v.status().name()));
        doc.field("Người tiếp nhận", v.createdByName());
        doc.field("Người phụ trách", v.assignee() == null ? null : v.assignee().name());
        if (v.deidentified()) {
            doc.text("Thông tin cá nhân của phiếu này đã được xóa theo quy định lưu trữ.");
        } else {
            doc.section("II. Người gọi");
            doc.field("Họ và tên", v.caller().anonymous() ? "Giấu tên" : v.caller().name());
            doc.field("Số điện thoại", v.caller().phone());
            doc.field("Quan hệ với người được hỗ trợ", v.caller().relation() == null ? null : RELATIONS.getOrDefault(v.caller().relation().name(), v.caller().relation().name()));
            doc.field("Nơi ở", places.describe(v.caller().placeCode()).orElse(null));
            doc.section("III. Người được hỗ trợ");
            doc.field("Họ và tên", v.concerned().name());
            doc.field("Tuổi", v.concerned().age() == null ? null : v.concerned().age() + (v.concerned().child() ? " (trẻ em)" : ""));
            doc.field("Nơi ở", places.describe(v.concerned().placeCode()).orElse(null));
            doc.field("Quốc gia hiện ở", v.concerned().country() == null ? null
                    : java.util.Locale.of("", v.concerned().country()).getDisplayCountry(java.util.Locale.forLanguageTag("vi")));
        }
        doc.section("IV. Nội dung và xử lý");
        doc.field("Vấn đề", categoryNames(v.categories()));
        if (v.summary() != null) {
            doc.text(v.summary());
        }
        doc.field("Đã làm", v.actions().stream().map(a -> ACTIONS.getOrDefault(a.name(), a.name())).collect(Collectors.joining("; ")));
        doc.field("Kết quả", v.outcome() == null ? null : OUTCOMES.getOrDefault(v.outcome().name(), v.outcome().name()));
        if (v.outcomeNote() != null) {
            doc.text(v.outcomeNote());
        }
        if (v.caseNumber() != null) {
            doc.field("Hồ sơ liên quan", v.caseNumber());
        }
        if (!v.callbacks().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            v.callbacks().forEach(c -> rows.add(List.of(OfficialDocument.dateTime(c.dueAt()), CALLBACKS.get(c.status().name()))));
            doc.table(List.of("Hẹn gọi lại lúc", "Tình trạng"), rows, new float[] {50, 50});
        }
        doc.sign("Người tiếp nhận", v.createdByName());
        return new Printout("phieu-cuoc-goi-" + v.ticketNumber() + ".pdf", doc.render());
    }

    private String categoryNames(List<String> codes) {
        if (codes.isEmpty()) {
            return null;
        }
        Map<String, String> names = em.createQuery("SELECT c.code, c.nameVi FROM HotlineCategory c WHERE c.code IN :codes", Object[].class)
                .setParameter("codes", codes).getResultList().stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
        return codes.stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining("; "));
    }

    private static final Map<String, String> CALLBACKS = Map.of("SCHEDULED", "Đã hẹn", "REACHED", "Đã gọi được", "NOT_REACHED", "Không liên lạc được", "CANCELLED", "Đã hủy");
    private static final Map<String, String> URGENCIES = Map.of("EMERGENCY", "Khẩn cấp", "HIGH", "Cao", "NORMAL", "Bình thường", "LOW", "Thấp");
    private static final Map<String, String> CHANNELS = Map.of("PHONE", "Điện thoại", "ZALO", "Zalo", "FACEBOOK", "Facebook", "SMS", "Tin nhắn",
            "EMAIL", "Thư điện tử", "WALK_IN", "Trực tiếp");
    private static final Map<String, String> STATUSES = Map.of("NEW", "Mới", "TRIAGED", "Đã phân loại", "ASSIGNED", "Đã giao", "IN_PROGRESS", "Đang xử lý",
            "ESCALATED", "Đã chuyển cấp trên", "RESOLVED", "Đã giải quyết", "CLOSED", "Đã đóng");
    private static final Map<String, String> ACTIONS = Map.of("COUNSELLING", "Tư vấn", "ADVICE_GIVEN", "Đưa lời khuyên",
            "INFORMATION_PROVIDED", "Cung cấp thông tin", "REFERRED_TO_SERVICE", "Chuyển gửi dịch vụ", "REPORTED_TO_POLICE", "Báo Công an",
            "EMERGENCY_RESPONSE_CALLED", "Gọi ứng cứu khẩn cấp", "CALLBACK_SCHEDULED", "Hẹn gọi lại", "INTAKE_OPENED", "Mở hồ sơ tiếp nhận");
    private static final Map<String, String> OUTCOMES = Map.of("ADVICE_GIVEN", "Đã tư vấn", "REFERRED", "Đã chuyển gửi", "CASE_OPENED", "Đã mở hồ sơ",
            "REPORTED_TO_POLICE", "Đã báo Công an", "NO_ACTION_NEEDED", "Không cần xử lý", "PRANK", "Gọi quấy rối", "SILENT_OR_DROPPED", "Im lặng hoặc ngắt máy",
            "WRONG_NUMBER", "Nhầm số");
    private static final Map<String, String> RELATIONS = Map.ofEntries(Map.entry("SELF", "Chính người đó"), Map.entry("PARENT", "Cha mẹ"),
            Map.entry("OTHER_RELATIVE", "Người thân khác"), Map.entry("SPOUSE_OR_PARTNER", "Vợ, chồng hoặc bạn đời"), Map.entry("FRIEND", "Bạn bè"),
            Map.entry("NEIGHBOUR", "Hàng xóm"), Map.entry("TEACHER", "Giáo viên"), Map.entry("OFFICIAL", "Cán bộ"), Map.entry("NGO_WORKER", "Nhân viên tổ chức"),
            Map.entry("OTHER", "Khác"), Map.entry("UNKNOWN", "Chưa rõ"));
}
