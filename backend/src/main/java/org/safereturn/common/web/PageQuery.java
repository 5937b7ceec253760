package org.safereturn.common.web;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.Map;
import org.safereturn.common.error.Problem;
import org.safereturn.common.error.ProblemException;

/**
 * Paging and sorting as the API takes them ({@code page} from 0, {@code size} up to 200,
 * {@code sort=field,asc|desc}), checked against the fields a list allows to sort by.
 */
public record PageQuery(int page, int size, Sort sort) {
    public static final int MAX_SIZE = 200;

    /**
     * @param sortable API field name to entity attribute, for the fields this list sorts by
     * @param fallback the sort used when none is asked for
     */
    public static PageQuery of(Integer page, Integer size, String sort, Map<String, String> sortable, Sort fallback) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw invalid("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        Sort order = fallback;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            String attribute = sortable.get(parts[0].trim());
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
            if (attribute == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                throw invalid("sort", "must be one of " + sortable.keySet().stream().sorted().toList()
                        + " followed by ,asc or ,desc");
            }
            order = Sort.by(attribute, direction.equals("asc") ? Sort.Direction.Ascending : Sort.Direction.Descending);
        }
        return new PageQuery(p, s, order);
    }

    public Page panachePage() {
        return Page.of(page, size);
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(422, "validation.failed", "The request is not valid", field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
