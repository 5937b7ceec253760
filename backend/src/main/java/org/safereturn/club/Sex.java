package org.safereturn.club;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's, guest's or person reached's sex, as the club records it. */
@Schema(name = "MemberSex", description = "Sex as a club records it")
public enum Sex { FEMALE, MALE, OTHER }
