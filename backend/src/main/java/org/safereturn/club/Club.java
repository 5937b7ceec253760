package org.safereturn.club;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.safereturn.common.web.Text;

/**
 * What only a club has, beside its directory entry (an organization of kind CLUB with the same
 * id): the ward it belongs to now and the one it was founded in, its founding decision, its
 * sponsor and the board seats its rules allow.
 */
@Entity
@Table(name = "club")
class Club {
    @Id
    @Column(name = "organization_id")
    UUID id;
    @Column(name = "place_code", nullable = false)
    String placeCode;
    @Column(name = "province_code", nullable = false)
    String provinceCode;
    @Column(name = "founded_place_name")
    String foundedPlaceName;
    @Column(name = "founded_place_code")
    String foundedPlaceCode;
    @Column(name = "decision_number")
    String decisionNumber;
    @Column(name = "decision_date")
    LocalDate decisionDate;
    @Column(name = "decision_issuer")
    String decisionIssuer;
    @Column(name = "sponsor_organization_id")
    UUID sponsorOrganizationId;
    @Column(name = "board_seats", nullable = false)
    short boardSeats;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    /** Applies a profile as an admin saved it; the province follows the ward. */
    void apply(ClubDtos.ClubRequest r, String province, OffsetDateTime now) {
        placeCode = r.placeCode().trim();
        provinceCode = province;
        foundedPlaceName = Text.blankToNull(r.foundedPlaceName());
        foundedPlaceCode = Text.blankToNull(r.foundedPlaceCode());
        decisionNumber = Text.blankToNull(r.decisionNumber());
        decisionDate = r.decisionDate();
        decisionIssuer = Text.blankToNull(r.decisionIssuer());
        sponsorOrganizationId = r.sponsorOrganizationId();
        boardSeats = (short) (r.boardSeats() == null ? 5 : r.boardSeats());
        updatedAt = now;
    }
}
