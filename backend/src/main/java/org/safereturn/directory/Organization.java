package org.safereturn.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.safereturn.common.web.PageQuery;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An agency, NGO, shelter, club or facility; every user and API client belongs to one. */
@Entity
@Table(name = "organization")
@BatchSize(size = PageQuery.MAX_SIZE) // a page of services loads its organizations in one query
class Organization {
    @Id
    UUID id;
    @Column(name = "name_vi", nullable = false)
    String nameVi;
    @Column(name = "name_en")
    String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrganizationKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrganizationStatus status;
    @Column(name = "place_code")
    String placeCode;
    String address;
    @Column(name = "postal_code")
    String postalCode;
    String description;
    String phone;
    String email;
    String website;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> hotlines = new ArrayList<>();
    @ElementCollection
    @BatchSize(size = PageQuery.MAX_SIZE) // a page of organizations loads its contacts in one query
    @CollectionTable(name = "organization_contact", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    List<Contact> contacts = new ArrayList<>();
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
    @Generated
    @Column(name = "search_text", insertable = false, updatable = false)
    String searchText;
}
