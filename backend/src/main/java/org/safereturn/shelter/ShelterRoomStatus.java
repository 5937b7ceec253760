package org.safereturn.shelter;

/** Whether a shelter room takes people in. A closed room keeps its history but admits no one. */
public enum ShelterRoomStatus { ACTIVE, CLOSED }
