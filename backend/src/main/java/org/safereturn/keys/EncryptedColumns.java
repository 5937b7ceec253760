package org.safereturn.keys;

import java.util.List;

/**
 * Every encrypted column of the database, with the row it is bound to: a feature that adds a
 * column ending in {@code _enc} lists it here, or the re-encryption job leaves it on an old key
 * (EncryptedColumnsTest compares this list with the schema).
 */
final class EncryptedColumns {
    private EncryptedColumns() {}

    /** Text encrypted as a field, a field that held plaintext before (V24), a webhook secret, or bytes of a file. */
    enum Kind { FIELD, FIELD_ONCE_PLAIN, SECRET, FILE }

    /**
     * One column: {@code key} is the row's primary key, {@code bind} the column whose value the
     * ciphertext is bound to (the row's own id, or its parent's where ids are made on insert).
     */
    record Column(String table, String column, String key, String bind, Kind kind) {
        String field() {
            return table + "." + column;
        }
    }

    static final List<Column> ALL = List.of(
            field("person", "full_name_enc"), field("person", "other_names_enc"), field("person", "birth_date_enc"),
            field("person", "id_number_enc"), field("person", "phone_enc"), field("person", "disabilities_enc"),
            field("case_file", "place_found_description_enc"), field("case_file", "narrative_enc"),
            field("case_file", "ident_reason_enc"), field("case_file", "handover_receiver_name_enc"),
            field("case_note", "text_enc"),
            field("consent", "guardian_name_enc"), field("consent", "witness_name_enc"),
            field("support_delivery", "note_enc"),
            field("risk_assessment", "threats_enc"), field("risk_assessment", "measures_note_enc"),
            field("follow_up_visit", "situation_enc"),
            field("case_document", "file_name_enc"), new Column("case_document", "content_enc", "id", "id", Kind.FILE),
            field("club_document", "file_name_enc"), new Column("club_document", "content_enc", "id", "id", Kind.FILE),
            new Column("report_export", "file_enc", "id", "id", Kind.FILE),
            new Column("report_export", "token_enc", "id", "id", Kind.SECRET),
            field("referral", "reason_enc"), field("referral", "outcome_note_enc"), field("referral", "subject_enc"),
            new Column("referral_event", "note_enc", "id", "referral_id", Kind.FIELD),
            new Column("webhook_subscription", "secret_enc", "id", "id", Kind.SECRET),
            new Column("webhook_subscription", "previous_secret_enc", "id", "id", Kind.SECRET),
            field("hotline_ticket", "caller_name_enc"), field("hotline_ticket", "caller_phone_enc"),
            field("hotline_ticket", "concerned_name_enc"), field("hotline_ticket", "summary_enc"),
            field("hotline_ticket", "outcome_note_enc"),
            new Column("hotline_ticket_event", "note_enc", "id", "ticket_id", Kind.FIELD),
            field("hotline_callback", "note_enc"), field("hotline_callback", "result_note_enc"),
            field("hotline_caller_flag", "note_enc"),
            oncePlain("consent", "withdrawal_reason_enc", "id"), oncePlain("referral", "decline_reason_enc", "id"),
            oncePlain("referral", "cancel_reason_enc", "id"), oncePlain("referral", "override_reason_enc", "id"),
            oncePlain("shelter_stay", "check_out_reason_enc", "id"), oncePlain("support_delivery", "override_reason_enc", "id"),
            oncePlain("case_event", "note_enc", "case_id"),
            new Column("intake_draft", "content_enc", "author_subject", "author_subject", Kind.FIELD),
            field("club_member", "full_name_enc"), field("club_member", "phone_enc"), field("club_meeting", "minutes_enc"),
            new Column("training_participant", "full_name_enc", "id", "id", Kind.FIELD),
            field("club_outreach_contact", "alias_enc"), field("club_outreach_contact", "said_enc"),
            field("club_outreach_contact", "full_name_enc"), field("club_outreach_contact", "phone_enc"),
            field("club_counselling", "note_enc"));

    private static Column oncePlain(String table, String column, String bind) {
        return new Column(table, column, "id", bind, Kind.FIELD_ONCE_PLAIN);
    }

    private static Column field(String table, String column) {
        return new Column(table, column, "id", "id", Kind.FIELD);
    }
}
