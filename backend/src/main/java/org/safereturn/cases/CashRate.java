package org.safereturn.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A province's cash amount for a support, valid from a date (and until one, when superseded). */
@Entity
@Table(name = "cash_rate")
class CashRate {
    @Id
    UUID id;
    @Column(name = "province_code", nullable = false)
    String provinceCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "support_type", nullable = false)
    SupportType supportType;
    @Column(name = "amount_vnd", nullable = false)
    long amountVnd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Unit unit;
    @Column(name = "effective_from", nullable = false)
    LocalDate effectiveFrom;
    @Column(name = "effective_to")
    LocalDate effectiveTo;
    @Column(name = "legal_basis", nullable = false)
    String legalBasis;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    boolean appliesOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** What the amount is counted per. */
    enum Unit { ONE_OFF, PER_DAY, PER_MONTH }
}
