package org.safereturn.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safereturn.common.error.ProblemException;

class PageQueryTest {
    private static final Map<String, String> SORTABLE = Map.of("nameVi", "nameVi", "createdAt", "createdAt");

    @Test
    void defaultsToFirstPageOf20AndTheFallbackSort() {
        PageQuery q = PageQuery.of(null, null, null, SORTABLE, Sort.by("nameVi"));
        assertEquals(0, q.page());
        assertEquals(20, q.size());
        assertEquals("nameVi", q.sort().getColumns().get(0).getName());
    }

    @Test
    void readsFieldAndDirection() {
        PageQuery q = PageQuery.of(2, 50, "createdAt,desc", SORTABLE, Sort.by("nameVi"));
        assertEquals(Sort.Direction.Descending, q.sort().getColumns().get(0).getDirection());
        assertEquals("createdAt", q.sort().getColumns().get(0).getName());
    }

    @Test
    void refusesWhatItCannotHonour() {
        assertEquals("size", field(() -> PageQuery.of(0, 201, null, SORTABLE, Sort.by("nameVi"))));
        assertEquals("size", field(() -> PageQuery.of(0, 0, null, SORTABLE, Sort.by("nameVi"))));
        assertEquals("page", field(() -> PageQuery.of(-1, 10, null, SORTABLE, Sort.by("nameVi"))));
        assertEquals("sort", field(() -> PageQuery.of(0, 10, "password,asc", SORTABLE, Sort.by("nameVi"))));
        assertEquals("sort", field(() -> PageQuery.of(0, 10, "nameVi,up", SORTABLE, Sort.by("nameVi"))));
    }

    private static String field(Runnable r) {
        ProblemException e = assertThrows(ProblemException.class, r::run);
        assertEquals(422, e.status());
        return e.errors().get(0).field();
    }
}
