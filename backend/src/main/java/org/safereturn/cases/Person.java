package org.safereturn.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The human a case is about, or a child accompanying them. Names, birth date, ID number, phone
 * and disabilities are stored encrypted ({@code *Enc}); {@code *Index} are blind indexes.
 * Only {@link PersonCodec} reads and writes these fields.
 */
@Entity
@Table(name = "person")
class Person {
    @Id
    UUID id;
    @Column(name = "full_name_enc", nullable = false)
    String fullNameEnc;
    @Column(name = "full_name_index", nullable = false)
    String fullNameIndex;
    @Column(name = "other_names_enc")
    String otherNamesEnc;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Sex sex;
    @Column(name = "birth_date_enc")
    String birthDateEnc;
    @Column(name = "estimated_age")
    Integer estimatedAge;
    String nationality;
    boolean stateless;
    @Enumerated(EnumType.STRING)
    @Column(name = "id_document_type", nullable = false)
    IdDocumentType idDocumentType;
    @Column(name = "id_number_enc")
    String idNumberEnc;
    @Column(name = "id_number_index")
    String idNumberIndex;
    @Column(name = "home_place_code")
    String homePlaceCode;
    @Column(name = "phone_enc")
    String phoneEnc;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> languages = new ArrayList<>();
    @Column(name = "disabilities_enc")
    String disabilitiesEnc;
    @Column(name = "duplicate_index")
    String duplicateIndex;
    /** CTDC's age band when the person was received, kept so that reports count by age without opening birth dates. */
    @Column(name = "age_band")
    String ageBand;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    /** Sex as recorded at intake. */
    enum Sex { FEMALE, MALE, OTHER, UNKNOWN }

    /** The identity document a person carries, if any. */
    enum IdDocumentType { CITIZEN_ID, PASSPORT, BIRTH_CERTIFICATE, OTHER, NONE }
}
