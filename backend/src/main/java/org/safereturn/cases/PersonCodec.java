package org.safereturn.cases;

import org.safereturn.common.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.safereturn.cases.CaseDtos.PersonRequest;
import org.safereturn.cases.CaseDtos.PersonView;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.crypto.FieldCipher.BlindIndex;

/** The one place that encrypts, decrypts and indexes a person's sensitive fields. */
@ApplicationScoped
class PersonCodec {
    private static final String LIST_SEPARATOR = "\u001e";

    @Inject
    FieldCipher cipher;

    Person newPerson(PersonRequest r, OffsetDateTime now) {
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.createdAt = now;
        p.fullNameEnc = cipher.encrypt(r.fullName().trim(), "person.full_name_enc", p.id);
        p.fullNameIndex = cipher.index(BlindIndex.PERSON_NAME, r.fullName());
        p.otherNamesEnc = r.otherNames() == null || r.otherNames().isEmpty() ? null
                : cipher.encrypt(String.join(LIST_SEPARATOR, r.otherNames()), "person.other_names_enc", p.id);
        p.sex = r.sex();
        p.birthDateEnc = r.birthDate() == null ? null : cipher.encrypt(r.birthDate().toString(), "person.birth_date_enc", p.id);
        p.estimatedAge = r.estimatedAge();
        p.ageBand = ageBand(r.birthDate(), r.estimatedAge(), now).name();
        p.nationality = r.nationality();
        p.stateless = r.stateless();
        p.idDocumentType = r.idDocumentType() == null ? Person.IdDocumentType.NONE : r.idDocumentType();
        String idNumber = Text.blankToNull(r.idDocumentNumber());
        p.idNumberEnc = cipher.encrypt(idNumber, "person.id_number_enc", p.id);
        p.idNumberIndex = idNumber == null ? null : idNumberIndex(idNumber);
        p.homePlaceCode = Text.blankToNull(r.homePlaceCode());
        p.phoneEnc = cipher.encrypt(Text.blankToNull(r.phone()), "person.phone_enc", p.id);
        p.languages = r.languages() == null ? new ArrayList<>() : new ArrayList<>(r.languages());
        p.disabilitiesEnc = cipher.encrypt(Text.blankToNull(r.disabilities()), "person.disabilities_enc", p.id);
        p.duplicateIndex = duplicateIndex(r.fullName(), r.birthDate(), p.homePlaceCode);
        return p;
    }

    /** The person's CTDC age band on the day they were received: from the birth date, else the estimated age. */
    static org.safereturn.common.ctdc.AgeBand ageBand(java.time.LocalDate birthDate, Integer estimatedAge, OffsetDateTime receivedAt) {
        return birthDate != null
                ? org.safereturn.common.ctdc.AgeBand.on(birthDate, receivedAt.atZoneSameInstant(org.safereturn.common.time.VietnamTime.ZONE).toLocalDate())
                : org.safereturn.common.ctdc.AgeBand.ofAge(estimatedAge);
    }

    PersonView view(Person p) {
        String birthDate = cipher.decrypt(p.birthDateEnc, "person.birth_date_enc", p.id);
        String otherNames = cipher.decrypt(p.otherNamesEnc, "person.other_names_enc", p.id);
        return new PersonView(p.id, cipher.decrypt(p.fullNameEnc, "person.full_name_enc", p.id),
                otherNames == null ? List.of() : Arrays.asList(otherNames.split(LIST_SEPARATOR)),
                p.sex, birthDate == null ? null : LocalDate.parse(birthDate), p.estimatedAge, p.nationality, p.stateless,
                p.idDocumentType, cipher.decrypt(p.idNumberEnc, "person.id_number_enc", p.id), p.homePlaceCode,
                cipher.decrypt(p.phoneEnc, "person.phone_enc", p.id),
                List.copyOf(p.languages), cipher.decrypt(p.disabilitiesEnc, "person.disabilities_enc", p.id));
    }

    String fullName(Person p) {
        return cipher.decrypt(p.fullNameEnc, "person.full_name_enc", p.id);
    }

    /** Blind index of what a person is searched by: full name or ID number (spaces, dots and dashes ignored). */
    String nameIndex(String text) {
        return cipher.index(BlindIndex.PERSON_NAME, text);
    }

    String idNumberIndex(String text) {
        return cipher.index(BlindIndex.PERSON_ID_NUMBER, text.replaceAll("[\\s.-]", ""));
    }

    /** Same name, birth year and home place: the duplicate check when there is no ID number. */
    String duplicateIndex(String fullName, LocalDate birthDate, String homePlaceCode) {
        if (birthDate == null || homePlaceCode == null) {
            return null;
        }
        return cipher.index(BlindIndex.PERSON_DUPLICATE, fullName + "|" + birthDate.getYear() + "|" + homePlaceCode);
    }

    /** Encrypts a free text of another record of this feature, bound to its field ("table.column") and row; blank is null. */
    String encrypt(String text, String field, Object row) {
        return cipher.encrypt(Text.blankToNull(text), field, row);
    }

    String decrypt(String text, String field, Object row) {
        return cipher.decrypt(text, field, row);
    }

    /** For a column that held plaintext before it was encrypted (see FieldCipher#decryptOrLegacyPlain). */
    String decryptOrLegacyPlain(String text, String field, Object row) {
        return cipher.decryptOrLegacyPlain(text, field, row);
    }
}
