package org.safereturn.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrative unit of the national list (province or commune level, 2025 reform). */
@Entity
@Table(name = "place")
class Place {
    @Id
    String code;
    @Column(name = "name_vi", nullable = false)
    String nameVi;
    @Column(name = "name_en")
    String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false)
    UnitType unitType;
    @Column(name = "parent_code")
    String parentCode;
    @org.hibernate.annotations.Generated
    @Column(name = "search_text", insertable = false, updatable = false)
    String searchText;

    /** The kinds of unit after the 2025 reform. */
    enum UnitType { PROVINCE, CITY, COMMUNE, WARD, SPECIAL_ZONE }
}
