package org.safereturn.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A plan of an organization for a place and a year (e.g. Plan 139/KH-UBND), whose targets are {@link PlanTarget}s. */
@Entity
@Table(name = "plan")
class Plan {
    @Id
    UUID id;
    @Column(name = "organization_id", nullable = false)
    UUID organizationId;
    String reference;
    @Column(nullable = false)
    String title;
    @Column(name = "place_code", nullable = false)
    String placeCode;
    @Column(nullable = false)
    int year;
    @Column(name = "adopted_on")
    LocalDate adoptedOn;
    String note;
    @Version
    long version;
    @Column(name = "created_by_name", nullable = false)
    String createdByName;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    void describe(String newReference, String newTitle, String newPlaceCode, int newYear, LocalDate newAdoptedOn, String newNote, OffsetDateTime now) {
        reference = newReference;
        title = newTitle;
        placeCode = newPlaceCode;
        year = newYear;
        adoptedOn = newAdoptedOn;
        note = newNote;
        updatedAt = now;
    }
}
