package org.safereturn.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, with SafeReturn's stable {@code code} and field errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details. `code` is stable and is the UI's i18n key.")
public record Problem(
        @Schema(examples = "urn:safereturn:problem:validation.failed") String type,
        @Schema(examples = "The request is not valid") String title,
        @Schema(examples = "422") int status,
        String detail,
        String instance,
        @Schema(examples = "validation.failed") String code,
        List<FieldError> errors) {

    /**
     * One invalid field of a request body or parameter: its path, the English message, and a
     * stable code (with the bounds or names its wording needs) for clients to word it themselves.
     */
    @Schema(name = "FieldError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(@Schema(examples = "nameVi") String field, @Schema(examples = "must not be blank") String message,
                             @Schema(description = "What is wrong, stably: the SPA's key for its own wording", examples = "required") String code,
                             @Schema(description = "What the wording names: min and max of size, value of min and max, other of not-before, values of one-of")
                             java.util.Map<String, String> params) {
        /** An error a service writes: the code follows its message (FieldCodes). */
        public FieldError(String field, String message) {
            this(field, message, FieldCodes.ofMessage(message), FieldCodes.paramsOfMessage(FieldCodes.ofMessage(message), message));
        }
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    public static String typeOf(String code) {
        return "urn:safereturn:problem:" + code;
    }
}
