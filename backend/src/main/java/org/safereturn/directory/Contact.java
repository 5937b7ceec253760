package org.safereturn.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.safereturn.common.web.Text;

/** A person to contact at an organization or about one of its services; directory data, public by purpose. */
@Embeddable
class Contact {
    @Column(nullable = false)
    String name;
    String role;
    String phone;
    String email;

    /** Replaces the contacts of a record by those of a request (none when the request names none). */
    static void replace(java.util.List<Contact> contacts, java.util.List<DirectoryDtos.ContactDto> requested) {
        contacts.clear();
        if (requested != null) {
            requested.forEach(c -> contacts.add(of(c)));
        }
    }

    private static Contact of(DirectoryDtos.ContactDto dto) {
        Contact contact = new Contact();
        contact.name = dto.name().trim();
        contact.role = Text.blankToNull(dto.role());
        contact.phone = Text.blankToNull(dto.phone());
        contact.email = Text.blankToNull(dto.email());
        return contact;
    }

    DirectoryDtos.ContactDto view() {
        return new DirectoryDtos.ContactDto(name, role, phone, email);
    }
}
