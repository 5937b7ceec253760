package org.safereturn.place;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the places API answers. */
final class PlaceDtos {
    private PlaceDtos() {}

    @Schema(name = "Place", description = "An administrative unit: province or city, or a commune, ward or special zone")
    record PlaceView(
            @Schema(examples = "06685") String code,
            @Schema(examples = "Phường Hồng Gai") String nameVi,
            @Schema(examples = "Hong Gai Ward") String nameEn,
            @Schema(enumeration = {"PROVINCE", "CITY", "COMMUNE", "WARD", "SPECIAL_ZONE"}) String unitType,
            @Schema(examples = "22") String parentCode) {
        static PlaceView of(Place p) {
            return new PlaceView(p.code, p.nameVi, p.nameEn, p.unitType.name(), p.parentCode);
        }
    }
}
