package org.safereturn.directory;

/** Whether an organization still works with others. */
public enum OrganizationStatus { ACTIVE, INACTIVE }
