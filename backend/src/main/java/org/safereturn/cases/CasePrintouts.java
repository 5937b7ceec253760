package org.safereturn.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.cases.CaseDtos.CaseView;
import org.safereturn.cases.CaseDtos.PersonView;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.print.OfficialDocument;
import org.safereturn.common.security.CurrentUser;
import org.safereturn.common.time.VietnamTime;
import org.safereturn.directory.OrganizationService;
import org.safereturn.place.PlaceService;

/**
 * A case's printable records: the receipt record (biên bản tiếp nhận) and the handover minutes
 * (biên bản bàn giao). They print the case's full view, the one its own organization's workers
 * read, and a print is audited as a read of the groups it shows.
 */
@ApplicationScoped
class CasePrintouts {
    /** The records a case prints, with the suffix of their number. */
    enum Record {
        RECEIPT_RECORD("BB-TN", "Biên bản tiếp nhận", "bien-ban-tiep-nhan"),
        HANDOVER_MINUTES("BB-BG", "Biên bản bàn giao", "bien-ban-ban-giao");

        final String suffix;
        final String title;
        final String fileStem;

        Record(String suffix, String title, String fileStem) {
            this.suffix = suffix;
            this.title = title;
            this.fileStem = fileStem;
        }
    }

    /** A rendered record and the file name it downloads as. */
    record Printout(String fileName, byte[] pdf) {}

    @Inject
    CaseService cases;
    @Inject
    CaseViews views;
    @Inject
    OrganizationService organizations;
    @Inject
    PlaceService places;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    @Transactional
    Printout print(UUID id, Record record) {
        CaseFile c = cases.inScope(id);
        if (record == Record.HANDOVER_MINUTES && c.handoverReceiver == null) {
            throw ProblemException.conflict("case.not-handed-over", "Case " + c.caseNumber + " has not been handed over: it has no handover minutes yet");
        }
        audit.event("CASE_PRINTED", "CASE", c.id).groups("IDENTITY,CONTACT")
                .details("{\"document\":\"" + record.name() + "\"}").write();
        CaseView v = views.full(c, List.of());
        OfficialDocument doc = OfficialDocument.of(null, organizationName(v.organizationId()), v.caseNumber() + "/" + record.suffix,
                places.provinceShortName(organizations.placeCode(v.organizationId()).orElse(null)).orElse(null),
                VietnamTime.today(clock), record.title);
        if (record == Record.RECEIPT_RECORD) {
            receipt(doc, v);
        } else {
            handover(doc, v);
        }
        return new Printout(record.fileStem + "-" + v.caseNumber() + ".pdf", doc.render());
    }

    private void receipt(OfficialDocument doc, CaseView v) {
        doc.text("Hồi " + OfficialDocument.dateTime(v.receivedAt()) + ", " + organizationName(v.organizationId())
                + " tiếp nhận người có tên dưới đây theo hồ sơ số " + v.caseNumber() + ".");
        doc.section("I. Bên giao");
        doc.field("Hình thức tiếp nhận", CHANNELS.getOrDefault(v.channel().name(), v.channel().name()));
        doc.field("Cơ quan, tổ chức bàn giao", v.handingOverOrganizationId() == null ? null : organizationName(v.handingOverOrganizationId()));
        doc.field("Số văn bản bàn giao", v.handoverDocumentNumber());
        doc.field("Nơi phát hiện", places.describe(v.placeFoundCode()).orElse(null));
        doc.section("II. Người được tiếp nhận");
        person(doc, v.person());
        children(doc, v.accompanyingChildren());
        doc.section("III. Bên nhận");
        doc.field("Cơ quan tiếp nhận", organizationName(v.organizationId()));
        doc.field("Người tiếp nhận", receivingWorker(v));
        doc.text("Biên bản được lập thành 02 bản có giá trị như nhau, mỗi bên giữ 01 bản.");
        doc.sign("Bên giao", null).sign("Người được tiếp nhận", v.person().fullName()).sign("Bên nhận", receivingWorker(v));
    }

    private void handover(OfficialDocument doc, CaseView v) {
        var h = v.handover();
        doc.text("Hồi " + OfficialDocument.dateTime(h.handedOverAt())
                + (h.placeCode() == null ? "" : ", tại " + places.describe(h.placeCode()).orElse(h.placeCode()))
                + ", chúng tôi gồm:");
        doc.section("I. Bên giao");
        doc.field("Cơ quan", organizationName(v.organizationId()));
        doc.field("Người đại diện", receivingWorker(v));
        doc.section("II. Bên nhận");
        doc.field("Bên nhận là", RECEIVERS.getOrDefault(h.receiver().name(), h.receiver().name()));
        doc.field("Họ và tên người nhận", h.receiverName());
        if (h.receiverOrganizationId() != null) {
            doc.field("Cơ quan, tổ chức", organizationName(h.receiverOrganizationId()));
        }
        doc.field("Giấy tờ của người nhận", h.documentNumber());
        doc.section("III. Người được bàn giao");
        person(doc, v.person());
        children(doc, v.accompanyingChildren());
        doc.text("Bên giao đã bàn giao người có tên trên cùng hồ sơ số " + v.caseNumber() + " cho bên nhận. "
                + "Bên nhận có trách nhiệm hỗ trợ người được bàn giao hòa nhập cộng đồng và phối hợp với bên giao trong việc theo dõi sau hỗ trợ. "
                + "Biên bản được lập thành 02 bản có giá trị như nhau, mỗi bên giữ 01 bản.");
        doc.sign("Bên giao", receivingWorker(v)).sign("Người được bàn giao", v.person().fullName()).sign("Bên nhận", h.receiverName());
    }

    private void person(OfficialDocument doc, PersonView p) {
        doc.field("Họ và tên", p.fullName());
        doc.field("Giới tính", SEXES.get(p.sex().name()));
        doc.field("Ngày sinh", p.birthDate() != null ? OfficialDocument.day(p.birthDate())
                : p.estimatedAge() != null ? "khoảng " + p.estimatedAge() + " tuổi" : null);
        doc.field("Quốc tịch", p.stateless() ? "không quốc tịch" : p.nationality() == null ? null
                : java.util.Locale.of("", p.nationality()).getDisplayCountry(VI));
        doc.field("Giấy tờ tùy thân", p.idDocumentNumber() == null ? null
                : ID_DOCUMENTS.getOrDefault(p.idDocumentType() == null ? "" : p.idDocumentType().name(), "Giấy tờ") + " số " + p.idDocumentNumber());
        doc.field("Nơi cư trú", places.describe(p.homePlaceCode()).orElse(null));
    }

    private void children(OfficialDocument doc, List<PersonView> children) {
        if (children.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            PersonView child = children.get(i);
            rows.add(List.of(String.valueOf(i + 1), child.fullName(), SEXES.get(child.sex().name()),
                    child.birthDate() != null ? OfficialDocument.day(child.birthDate()) : child.estimatedAge() == null ? "" : "khoảng " + child.estimatedAge() + " tuổi"));
        }
        doc.text("Trẻ em đi cùng:");
        doc.table(List.of("TT", "Họ và tên", "Giới tính", "Ngày sinh"), rows, new float[] {8, 52, 18, 22});
    }

    private String receivingWorker(CaseView v) {
        return v.assignedTo() != null ? v.assignedTo().name() : user.displayName();
    }

    private String organizationName(UUID id) {
        return organizations.summary(id).map(o -> o.nameVi()).orElse(null);
    }

    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");
    private static final java.util.Map<String, String> SEXES = java.util.Map.of(
            "FEMALE", "Nữ", "MALE", "Nam", "OTHER", "Khác", "UNKNOWN", "Chưa rõ");
    private static final java.util.Map<String, String> ID_DOCUMENTS = java.util.Map.of(
            "CITIZEN_ID", "Căn cước", "PASSPORT", "Hộ chiếu", "BIRTH_CERTIFICATE", "Giấy khai sinh", "OTHER", "Giấy tờ");
    private static final java.util.Map<String, String> RECEIVERS = java.util.Map.of(
            "FAMILY", "Gia đình", "LOCALITY", "Chính quyền địa phương nơi cư trú", "ORGANIZATION", "Cơ quan, tổ chức");
    private static final java.util.Map<String, String> CHANNELS = java.util.Map.of(
            "POLICE_HANDOVER", "Cơ quan Công an bàn giao", "BORDER_GUARD_HANDOVER", "Bộ đội Biên phòng bàn giao",
            "HOTLINE", "Qua đường dây nóng", "NGO", "Tổ chức phi chính phủ chuyển đến", "OUTREACH", "Qua tiếp cận cộng đồng",
            "SELF", "Tự tìm đến", "REPATRIATION_FROM_ABROAD", "Được trao trả, hồi hương từ nước ngoài", "OTHER", "Khác");
}
