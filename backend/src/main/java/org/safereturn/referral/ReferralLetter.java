package org.safereturn.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.safereturn.audit.AuditService;
import org.safereturn.cases.SharedCase;
import org.safereturn.common.print.OfficialDocument;
import org.safereturn.common.time.VietnamTime;
import org.safereturn.directory.OrganizationService;
import org.safereturn.place.PlaceService;
import org.safereturn.referral.ReferralDtos.ReferralView;

/**
 * The referral letter (giấy chuyển gửi) as PDF: from the sender to the receiver, the service asked
 * for and why, and the person as the referral shares them. It prints the caller's side's view, so
 * a person appears only with the groups their consent (or a supervisor's override) shares, and
 * not at all once the referral has ended. Audited as a read (REFERRAL_PRINTED).
 */
@ApplicationScoped
class ReferralLetter {
    /** A rendered letter and the file name it downloads as. */
    record Printout(String fileName, byte[] pdf) {}

    @Inject
    ReferralService referrals;
    @Inject
    OrganizationService organizations;
    @Inject
    PlaceService places;
    @Inject
    AuditService audit;
    @Inject
    Clock clock;

    @Transactional
    Printout print(UUID id) {
        ReferralView v = referrals.viewFor(id);
        audit.event("REFERRAL_PRINTED", "REFERRAL", v.id())
                .groups(v.sharedCase() == null || v.sharedCase().fieldGroups().isEmpty() ? null : String.join(",", v.sharedCase().fieldGroups()))
                .write();
        String number = v.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT) + "/GCG";
        OfficialDocument doc = OfficialDocument.of(null, v.sender().nameVi(), number,
                places.provinceShortName(organizations.placeCode(v.sender().id()).orElse(null)).orElse(null),
                VietnamTime.today(clock), "Giấy chuyển gửi");
        doc.text("Kính gửi: " + v.receiver().nameVi());
        doc.text(v.sender().nameVi() + " trân trọng chuyển gửi người có thông tin dưới đây để được cung cấp dịch vụ "
                + SERVICES.getOrDefault(v.serviceType().name(), v.serviceType().name()).toLowerCase(java.util.Locale.forLanguageTag("vi")) + ".");
        doc.section("I. Dịch vụ đề nghị");
        doc.field("Dịch vụ", SERVICES.getOrDefault(v.serviceType().name(), v.serviceType().name()));
        doc.field("Mức độ khẩn", URGENCIES.get(v.urgency().name()));
        doc.field("Đề nghị trước ngày", OfficialDocument.day(v.requestedBy()));
        doc.field("Lý do chuyển gửi", v.reason());
        doc.section("II. Người được chuyển gửi");
        SharedCase shared = v.sharedCase();
        if (shared != null && !shared.persons().isEmpty()) {
            doc.field("Hồ sơ số", shared.caseNumber());
            for (SharedCase.SharedPerson p : shared.persons()) {
                doc.field("ACCOMPANYING_CHILD".equals(p.role()) ? "Trẻ em đi cùng" : "Họ và tên", p.fullName());
                if (p.birthDate() != null || p.estimatedAge() != null) {
                    doc.field("Ngày sinh", p.birthDate() != null ? OfficialDocument.day(p.birthDate()) : "khoảng " + p.estimatedAge() + " tuổi");
                }
                if (p.phone() != null) {
                    doc.field("Số điện thoại", p.phone());
                }
                if (p.homePlaceCode() != null) {
                    doc.field("Nơi cư trú", places.describe(p.homePlaceCode()).orElse(p.homePlaceCode()));
                }
            }
        } else if (v.clubPerson() != null) {
            doc.field("Họ và tên", v.clubPerson().fullName() != null ? v.clubPerson().fullName() : v.clubPerson().alias());
            doc.field("Qua câu lạc bộ", v.clubPerson().clubName());
            if (v.clubPerson().phone() != null) {
                doc.field("Số điện thoại", v.clubPerson().phone());
            }
        } else {
            doc.text("Thông tin cá nhân không được chia sẻ qua giấy này (người được chuyển gửi chưa đồng ý, hoặc việc chuyển gửi đã kết thúc).");
        }
        doc.text("Đề nghị " + v.receiver().nameVi() + " tiếp nhận, hỗ trợ và phản hồi kết quả cho " + v.sender().nameVi() + ". "
                + "Thông tin về người được chuyển gửi chỉ được dùng để cung cấp dịch vụ trên và không được tiết lộ khi chưa có sự đồng ý của người đó.");
        doc.sign("Cơ quan chuyển gửi", v.createdByName());
        return new Printout("giay-chuyen-gui-" + number.substring(0, 8) + ".pdf", doc.render());
    }

    private static final Map<String, String> URGENCIES = Map.of("ROUTINE", "Thông thường", "URGENT", "Khẩn", "EMERGENCY", "Khẩn cấp");
    private static final Map<String, String> SERVICES = Map.ofEntries(
            Map.entry("ESSENTIAL_NEEDS", "Hỗ trợ nhu cầu thiết yếu"), Map.entry("MEDICAL", "Hỗ trợ y tế"), Map.entry("INTERPRETATION", "Phiên dịch"),
            Map.entry("LEGAL_INFORMATION", "Thông tin pháp luật"), Map.entry("LEGAL_AID", "Trợ giúp pháp lý"), Map.entry("TRAVEL", "Hỗ trợ đi lại"),
            Map.entry("PSYCHOLOGICAL", "Hỗ trợ tâm lý"), Map.entry("SCHOOLING", "Hỗ trợ học văn hóa"), Map.entry("VOCATIONAL_AND_JOB", "Học nghề, tìm việc làm"),
            Map.entry("INITIAL_HARDSHIP_ALLOWANCE", "Trợ cấp khó khăn ban đầu"), Map.entry("LOAN", "Vay vốn"), Map.entry("HEALTH_INSURANCE", "Bảo hiểm y tế"),
            Map.entry("SHELTER_STAY", "Lưu trú tại cơ sở"), Map.entry("COUNSELLING", "Tư vấn"), Map.entry("HOTLINE", "Đường dây nóng"));
}
