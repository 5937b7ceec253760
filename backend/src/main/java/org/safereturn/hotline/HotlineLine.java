package org.safereturn.hotline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A hotline an organization answers: its number, name and hours. */
@Entity
@Table(name = "hotline_line")
class HotlineLine {
    @Id
    UUID id;
    @Column(nullable = false)
    String code;
    @Column(nullable = false)
    String number;
    @Column(name = "name_vi", nullable = false)
    String nameVi;
    @Column(name = "name_en", nullable = false)
    String nameEn;
    @Column(name = "organization_id", nullable = false)
    UUID organizationId;
    @Column(nullable = false)
    String hours;
    boolean active;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
}
