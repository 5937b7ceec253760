package org.safereturn.prevention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.web.Text;

/** A training of officers, organized by one organization: one course, or many classes of one programme. */
@Entity
@Table(name = "training")
class Training {
    @Id
    UUID id;
    @Column(name = "organizer_organization_id", nullable = false)
    UUID organizerOrganizationId;
    @Column(nullable = false)
    String topic;
    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    LocalDate endsOn;
    @Column(nullable = false)
    int classes;
    @Column(name = "place_code")
    String placeCode;
    String venue;
    String funder;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> trainers = new ArrayList<>();
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    /** Applies what the organizer recorded; a training ends on or after the day it starts. */
    void apply(PreventionDtos.TrainingRequest r, OffsetDateTime now) {
        if (r.endsOn().isBefore(r.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
        topic = r.topic().trim();
        startsOn = r.startsOn();
        endsOn = r.endsOn();
        classes = r.classes() == null ? 1 : r.classes();
        placeCode = Text.blankToNull(r.placeCode());
        venue = Text.blankToNull(r.venue());
        funder = Text.blankToNull(r.funder());
        trainers = r.trainers() == null ? new ArrayList<>() : new ArrayList<>(r.trainers().stream().map(String::trim).toList());
        updatedAt = now;
    }
}
