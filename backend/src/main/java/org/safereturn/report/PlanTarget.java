package org.safereturn.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A plan's target: the value an indicator should reach in a place over a period (a year, a quarter or a month). */
@Entity
@Table(name = "plan_target")
class PlanTarget {
    @Id
    UUID id;
    @Column(name = "plan_id", nullable = false)
    UUID planId;
    @Column(name = "indicator_id", nullable = false)
    UUID indicatorId;
    @Column(name = "place_code", nullable = false)
    String placeCode;
    @Column(nullable = false)
    String period;
    @Column(nullable = false)
    BigDecimal target;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    void set(UUID newIndicatorId, String newPlaceCode, String newPeriod, BigDecimal newTarget, OffsetDateTime now) {
        indicatorId = newIndicatorId;
        placeCode = newPlaceCode;
        period = newPeriod;
        target = newTarget;
        updatedAt = now;
    }
}
