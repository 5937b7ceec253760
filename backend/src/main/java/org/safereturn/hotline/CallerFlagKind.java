package org.safereturn.hotline;

/** What an operator should know when a number calls again; every flag expires. */
public enum CallerFlagKind { AT_RISK, REPEATED_PRANK, ABUSIVE, INTERPRETER_NEEDED, KNOWN_VICTIM, DO_NOT_CALL_BACK }
