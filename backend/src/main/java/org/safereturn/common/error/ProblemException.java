package org.safereturn.common.error;

import java.util.List;

/** A failure that answers as problem details; thrown by services, mapped once in {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String code, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors;
    }

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, null);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "resource.not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(422, "validation.failed", "The request is not valid", message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail);
    }

    public int status() { return status; }
    public String code() { return code; }
    public String title() { return title; }
    public List<Problem.FieldError> errors() { return errors; }
}
