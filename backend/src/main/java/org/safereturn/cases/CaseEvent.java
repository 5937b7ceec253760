package org.safereturn.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One entry of a case's timeline: its type, its facts as parameters (codes and numbers) for the
 * reader's language, and an English summary as the fallback. Neither holds personal data.
 */
@Entity
@Table(name = "case_event")
class CaseEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "case_id", nullable = false)
    UUID caseId;
    @Column(name = "occurred_at", nullable = false)
    OffsetDateTime occurredAt;
    @Column(nullable = false)
    String type;
    @Column(name = "actor_subject", nullable = false)
    String actorSubject;
    @Column(name = "actor_name", nullable = false)
    String actorName;
    String summary;
    /** A worker's note on the step, encrypted (bound to the case); the only free text of an entry. */
    @Column(name = "note_enc")
    String noteEnc;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    Map<String, String> params = Map.of();

    /** Parameters from alternating names and values; a null value leaves its name out. */
    static Map<String, String> params(Object... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                map.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
            }
        }
        return map;
    }
}
