package org.safereturn.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Generated;
import org.safereturn.common.web.PageQuery;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What an organization offers: shelter, medical care, legal aid, counselling, a hotline… */
@Entity
@Table(name = "service")
class Service {
    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    Organization organization;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ServiceType type;
    @Column(name = "name_vi", nullable = false)
    String nameVi;
    @Column(name = "name_en")
    String nameEn;
    String description;
    String eligibility;
    String phone;
    String email;
    @ElementCollection
    @BatchSize(size = PageQuery.MAX_SIZE) // a page of services loads its contacts in one query
    @CollectionTable(name = "service_contact", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    List<Contact> contacts = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> languages = new ArrayList<>();
    Integer capacity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ServiceStatus status;
    @Column(name = "place_code")
    String placeCode;
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
