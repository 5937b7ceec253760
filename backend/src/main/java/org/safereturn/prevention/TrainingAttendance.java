package org.safereturn.prevention;

/** Whether a named participant took the whole training, part of it, or did not come. */
public enum TrainingAttendance { ATTENDED, PARTLY, ABSENT }
