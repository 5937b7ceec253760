package org.safereturn.consent;

/** The groups of a person's fields that consent may share: who they are, how to reach them, health, their story. */
public enum FieldGroup { IDENTITY, CONTACT, HEALTH, NARRATIVE }
