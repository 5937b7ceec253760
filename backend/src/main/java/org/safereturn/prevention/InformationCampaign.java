package org.safereturn.prevention;

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
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.web.Text;

/** An information campaign for the residents of one commune: a channel, dates, materials and the people reached. */
@Entity
@Table(name = "information_campaign")
class InformationCampaign {
    @Id
    UUID id;
    @Column(name = "organizer_organization_id", nullable = false)
    UUID organizerOrganizationId;
    @Column(nullable = false)
    String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CampaignChannel channel;
    @Column(name = "place_code", nullable = false)
    String placeCode;
    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    LocalDate endsOn;
    String materials;
    @Column(name = "materials_count")
    Integer materialsCount;
    @Enumerated(EnumType.STRING)
    @Column(name = "counting_method", nullable = false)
    CountingMethod countingMethod;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    void apply(PreventionDtos.CampaignRequest r, OffsetDateTime now) {
        if (r.endsOn().isBefore(r.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
        title = r.title().trim();
        channel = r.channel();
        placeCode = r.placeCode().trim();
        startsOn = r.startsOn();
        endsOn = r.endsOn();
        materials = Text.blankToNull(r.materials());
        materialsCount = r.materialsCount();
        countingMethod = r.countingMethod();
        updatedAt = now;
    }
}
