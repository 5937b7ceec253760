package org.safereturn.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A safety assessment of a case and the protective measures decided with it. */
@Entity
@Table(name = "risk_assessment")
class RiskAssessment {
    @Id
    UUID id;
    @Column(name = "case_id", nullable = false)
    UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Level level;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "threat_sources", nullable = false)
    List<String> threatSources;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "at_risk", nullable = false)
    List<String> atRisk;
    @Column(name = "threats_enc")
    String threatsEnc;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> measures;
    @Column(name = "measures_note_enc")
    String measuresNoteEnc;
    @Column(name = "assessed_at", nullable = false)
    OffsetDateTime assessedAt;
    @Column(name = "assessed_by_subject", nullable = false)
    String assessedBySubject;
    @Column(name = "assessed_by_name", nullable = false)
    String assessedByName;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    /** How much danger the person (or family) is in. */
    enum Level { LOW, MEDIUM, HIGH, CRITICAL }

    /** Where the threat comes from. */
    enum ThreatSource { TRAFFICKER_OR_NETWORK, RECRUITER, DEBT_HOLDER, FAMILY_MEMBER, PARTNER, COMMUNITY, OTHER }

    /** Who is at risk. */
    enum AtRisk { PERSON, CHILDREN, FAMILY, WITNESSES }

    /** Protective measures (Art. on protection of the 2024 law: safety, identity, residence). */
    enum Measure {
        SAFE_SHELTER, POLICE_PROTECTION, IDENTITY_CONFIDENTIALITY, RELOCATION, CONTACT_RESTRICTION,
        SAFETY_PLAN, ESCORT, OTHER
    }
}
