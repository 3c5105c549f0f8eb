package org.zonewatch.web.api;

import java.util.Comparator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The Bean Validation constraints of a request type, checked before a facade sees it: a value that is well-formed
 * but not acceptable (too long for its column, out of range) is 422 naming the field, and nothing is stored.
 */
public final class ApiValidation {

    private static final int UNPROCESSABLE_CONTENT = 422;

    private ApiValidation() {
    }

    /** @param error the code of the answer, such as {@code invalid-indicator} */
    public static void check(Validator validator, Object request, String error) {
        validator.validate(request).stream()
                // The same request always names the same field first.
                .min(Comparator.comparing((ConstraintViolation<Object> violation) -> violation.getPropertyPath()
                        .toString()))
                .ifPresent(violation -> {
                    String field = fieldOf(violation);
                    throw new ApiException(UNPROCESSABLE_CONTENT, error,
                            field + ": " + violation.getMessage(), field);
                });
    }

    /** {@code synonyms[3].<list element>} is the field {@code synonyms}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int end = path.replace('[', '.').indexOf('.');
        return end < 0 ? path : path.substring(0, end);
    }
}
