package org.safereturn.club;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.safereturn.common.crypto.FieldCipher;
import org.safereturn.common.web.Text;

/** The one place that encrypts and decrypts members' names and phones, bound to the member's row. */
@ApplicationScoped
class MemberCodec {
    static final String NAME = "club_member.full_name_enc";
    static final String PHONE = "club_member.phone_enc";
    static final String MINUTES = "club_meeting.minutes_enc";

    @Inject
    FieldCipher cipher;

    void seal(ClubMember m, String fullName, String phone) {
        m.fullNameEnc = cipher.encrypt(fullName.trim(), NAME, m.id);
        m.phoneEnc = cipher.encrypt(Text.blankToNull(phone), PHONE, m.id);
    }

    String fullName(ClubMember m) {
        return cipher.decrypt(m.fullNameEnc, NAME, m.id);
    }

    String phone(ClubMember m) {
        return cipher.decrypt(m.phoneEnc, PHONE, m.id);
    }

    String sealMinutes(String minutes, ClubMeeting meeting) {
        return cipher.encrypt(Text.blankToNull(minutes), MINUTES, meeting.id);
    }

    String minutes(ClubMeeting meeting) {
        return cipher.decrypt(meeting.minutesEnc, MINUTES, meeting.id);
    }
}
