package org.safereturn.prevention;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.persistence.DemoData;

/**
 * DEMO DATA (dev and test only): the 34 delegates of the October 2020 course of db/demo/prevention.sql,
 * by name (encrypted like any participant's), from the provincial departments, police, border
 * guards, the Women's Union and the clubs' wards. Added once.
 */
@ApplicationScoped
class PreventionDemoData {
    static final UUID COURSE_2020 = UUID.fromString("00000000-0000-4000-f000-000000000002");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"};
    private static final String[] GIVEN = {"Văn Hải", "Thị Hương", "Minh Đức", "Thị Loan", "Quang Huy", "Thị Yến", "Văn Thắng", "Thị Hà"};
    /** Where the delegates came from: organization, role, how many. */
    private static final Object[][] DELEGATES = {
            {"00000000-0000-4000-a000-000000000001", StaffRole.SOCIAL_WORKER, 8},
            {"00000000-0000-4000-a000-000000000003", StaffRole.POLICE_OFFICER, 6},
            {"00000000-0000-4000-a000-000000000004", StaffRole.BORDER_GUARD, 6},
            {"00000000-0000-4000-a000-000000000005", StaffRole.WOMENS_UNION_OFFICER, 6},
            {"00000000-0000-4000-a000-000000000013", StaffRole.HEALTH_WORKER, 3},
            {"00000000-0000-4000-a000-000000000006", StaffRole.CLUB_BOARD_MEMBER, 5}};

    @Inject
    DemoData.Config demo;
    @Inject
    FieldCipher cipher;
    @Inject
    EntityManager em;

    @Transactional
    void load(@Observes @Priority(3000) StartupEvent start) {
        if (!demo.enabled() || em.find(Training.class, COURSE_2020) == null) {
            return;
        }
        long named = ((Number) em.createNativeQuery("SELECT count(*) FROM training_participant WHERE training_id = ?1")
                .setParameter(1, COURSE_2020).getSingleResult()).longValue();
        if (named > 0) {
            return;
        }
        int n = 0;
        for (Object[] group : DELEGATES) {
            for (int i = 0; i < (int) group[2]; i++, n++) {
                UUID id = UUID.randomUUID();
                String name = FAMILY[(n * 7) % FAMILY.length] + " " + GIVEN[n % GIVEN.length];
                em.createNativeQuery("""
                        INSERT INTO training_participant (id, training_id, organization_id, staff_role, full_name_enc, attendance)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                        .setParameter(1, id).setParameter(2, COURSE_2020).setParameter(3, UUID.fromString((String) group[0]))
                        .setParameter(4, ((StaffRole) group[1]).name())
                        .setParameter(5, cipher.encrypt(name, TrainingService.NAME, id))
                        .setParameter(6, (n == 33 ? TrainingAttendance.PARTLY : TrainingAttendance.ATTENDED).name()).executeUpdate();
            }
        }
    }
}
