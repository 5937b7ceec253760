package org.safereturn.common.error;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stable code of a field error, so that clients word it in their reader's language (the
 * SPA's Vietnamese first) instead of showing the API's English message. A Bean Validation error
 * takes its constraint's code and bounds; an error a service writes takes the code of its
 * message when that is one of the common ones below, else {@code invalid}, whose English message
 * is then the only wording.
 */
public final class FieldCodes {
    private FieldCodes() {}

    /** Every code, in order; the contract lists them as FieldError.code's enum. */
    public static final List<String> ALL = List.of(
            "country", "email", "format", "future", "invalid", "max", "min", "not-active", "not-before", "not-future",
            "one-of", "past", "required", "size", "unknown-category", "unknown-organization", "unknown-person", "unknown-place");

    /** The code of a message a service writes, by its wording; "invalid" when it has none of its own. */
    static String ofMessage(String message) {
        if (message == null) {
            return "invalid";
        }
        return switch (message) {
            case "must not be in the future" -> "not-future";
            case "must be in the future" -> "future";
            case "is not an organization of the directory" -> "unknown-organization";
            case "is not a known administrative unit" -> "unknown-place";
            case "is not a category of the taxonomy" -> "unknown-category";
            case "is not the person of this case or an accompanying child" -> "unknown-person";
            case "is not active" -> "not-active";
            case "is required", "must not be blank", "must not be null" -> "required";
            case "has the wrong type or format" -> "format";
            default -> message.startsWith("must be one of ") ? "one-of"
                    : message.startsWith("must not be before ") ? "not-before" : "invalid";
        };
    }

    /** The parameters a code's wording uses: the other field of "not-before", the values of "one-of". */
    static Map<String, String> paramsOfMessage(String code, String message) {
        return switch (code) {
            case "not-before" -> Map.of("other", message.substring("must not be before ".length()));
            case "one-of" -> Map.of("values", message.substring("must be one of ".length()));
            default -> null;
        };
    }

    /** A Bean Validation error's code, by its constraint, and the bounds its wording names. */
    static Problem.FieldError of(String field, ConstraintViolation<?> v) {
        var descriptor = v.getConstraintDescriptor();
        String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = descriptor.getAttributes();
        Map<String, String> params = new LinkedHashMap<>();
        String code = switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size" -> {
                params.put("min", String.valueOf(attributes.get("min")));
                params.put("max", String.valueOf(attributes.get("max")));
                yield "size";
            }
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> {
                params.put("value", constraint.startsWith("Positive") ? (constraint.equals("Positive") ? "1" : "0")
                        : String.valueOf(attributes.get("value")));
                yield "min";
            }
            case "Max", "DecimalMax" -> {
                params.put("value", String.valueOf(attributes.get("value")));
                yield "max";
            }
            case "Pattern", "Digits" -> "format";
            case "Past" -> "past";
            case "PastOrPresent" -> "not-future";
            case "Future", "FutureOrPresent" -> "future";
            case "Email" -> "email";
            case "CountryCode" -> "country";
            default -> "invalid";
        };
        return new Problem.FieldError(field, v.getMessage(), code, params.isEmpty() ? null : params);
    }
}
