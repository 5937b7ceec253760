package org.safereturn.consent;

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

/** One entry of the consent ledger; never deleted, only withdrawn. */
@Entity
@Table(name = "consent")
class Consent {
    @Id
    UUID id;
    @Column(name = "case_id", nullable = false)
    UUID caseId;
    @Column(name = "person_id", nullable = false)
    UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "given_by", nullable = false)
    Giver givenBy;
    @Column(name = "guardian_name_enc")
    String guardianNameEnc;
    @Column(name = "guardian_relation")
    String guardianRelation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Purpose purpose;
    @Column(name = "organization_id")
    UUID organizationId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "field_groups", nullable = false)
    List<String> fieldGroups;
    @Column(name = "given_at", nullable = false)
    OffsetDateTime givenAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Method method;
    @Column(name = "witness_name_enc")
    String witnessNameEnc;
    @Column(name = "valid_until")
    OffsetDateTime validUntil;
    @Column(name = "recorded_by_subject", nullable = false)
    String recordedBySubject;
    @Column(name = "recorded_by_name", nullable = false)
    String recordedByName;
    @Column(name = "withdrawn_at")
    OffsetDateTime withdrawnAt;
    @Column(name = "withdrawal_reason_enc")
    String withdrawalReasonEnc;
    @Column(name = "withdrawn_by_name")
    String withdrawnByName;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    /** In force at {@code now}: given, not withdrawn, not expired. */
    boolean activeAt(OffsetDateTime now) {
        return withdrawnAt == null && !givenAt.isAfter(now) && (validUntil == null || validUntil.isAfter(now));
    }

    /** Who gave the consent. */
    enum Giver { PERSON, GUARDIAN }

    /** What the consent is for. */
    enum Purpose { SUPPORT, SHARE_WITH_ORGANIZATION, DATA_PROCESSING, CONTACT }

    /** How the consent was recorded. */
    enum Method { SIGNED_FORM, VERBAL_WITH_WITNESS }
}
