package org.safereturn.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Search;
import org.safereturn.common.web.PageQuery;

/**
 * The administrative units before the reform of 1 July 2025 (63 provinces, their districts and
 * communes) and the units that succeeded them, so that an old address or an older record reads
 * in today's units. Reference data that only a migration changes.
 */
@ApplicationScoped
public class LegacyPlaces {
    /** The level of an old unit. */
    public enum Level { PROVINCE, DISTRICT, COMMUNE }

    @Schema(name = "LegacyPlaceSuccessor", description = "A unit of today that took over (part of) an old one")
    public record Successor(String code, String nameVi, String unitType,
                            @Schema(description = "Where a record of the old unit is counted today: its only successor, or the default one of a divided commune") boolean isDefault) {}

    @Schema(name = "LegacyPlace", description = "An administrative unit as it was before 1 July 2025, with its successors")
    public record LegacyPlaceView(Level level, String code, String nameVi,
                                  @Schema(description = "The old district of a commune, the old province of a district") String parentCode,
                                  String parentNameVi, List<Successor> successors) {}

    @Schema(name = "LegacyPlacePage")
    public record LegacyPlacePage(List<LegacyPlaceView> items, int page, int size, long total) {}

    @Inject
    EntityManager em;

    /** Old units whose name contains {@code q} (accents optional), of one level or all, with their successors. */
    LegacyPlacePage search(Level level, String q, Integer page, Integer size) {
        PageQuery pq = PageQuery.of(page, size, null, java.util.Map.of(), null);
        if (q == null || q.isBlank()) {
            throw ProblemException.invalid("q", "is required: part of the old unit's name, or its code");
        }
        String where = " FROM legacy_place l WHERE (l.search_text LIKE '%' || sr_fold(:q) || '%' ESCAPE '\\' OR l.code = :code)"
                + (level == null ? "" : " AND l.unit_level = :level");
        var select = em.createNativeQuery("SELECT l.unit_level, l.code" + where + " ORDER BY l.unit_level, l.code")
                .setParameter("q", Search.likeLiteral(q)).setParameter("code", q.trim());
        var count = em.createNativeQuery("SELECT count(*)" + where).setParameter("q", Search.likeLiteral(q)).setParameter("code", q.trim());
        if (level != null) {
            select.setParameter("level", level.name());
            count.setParameter("level", level.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> keys = select.setFirstResult(pq.page() * pq.size()).setMaxResults(pq.size()).getResultList();
        List<LegacyPlaceView> items = keys.stream().map(k -> get(Level.valueOf((String) k[0]), (String) k[1])).toList();
        return new LegacyPlacePage(items, pq.page(), pq.size(), ((Number) count.getSingleResult()).longValue());
    }

    /** One old unit with its successors; 404 when there was none such. */
    LegacyPlaceView get(Level level, String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT l.name_vi, l.parent_code, p.name_vi
                FROM legacy_place l
                LEFT JOIN legacy_place p ON p.code = l.parent_code
                     AND p.unit_level = CASE l.unit_level WHEN 'COMMUNE' THEN 'DISTRICT' ELSE 'PROVINCE' END
                WHERE l.unit_level = ?1 AND l.code = ?2""").setParameter(1, level.name()).setParameter(2, code).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Old administrative unit", level + " " + code);
        }
        Object[] row = rows.getFirst();
        @SuppressWarnings("unchecked")
        List<Object[]> next = em.createNativeQuery("""
                SELECT s.place_code, p.name_vi, p.unit_type, s.is_default
                FROM legacy_place_successor s JOIN place p ON p.code = s.place_code
                WHERE s.unit_level = ?1 AND s.legacy_code = ?2
                ORDER BY s.is_default DESC, s.place_code""").setParameter(1, level.name()).setParameter(2, code).getResultList();
        return new LegacyPlaceView(level, code, (String) row[0], (String) row[1], (String) row[2],
                next.stream().map(r -> new Successor((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3])).toList());
    }

    /** The unit of today where a record of the old unit is counted; empty for a district divided among communes. */
    public Optional<String> todayOf(Level level, String code) {
        return em.createNativeQuery("SELECT place_code FROM legacy_place_successor WHERE unit_level = ?1 AND legacy_code = ?2 AND is_default")
                .setParameter(1, level.name()).setParameter(2, code).getResultStream().findFirst().map(String.class::cast);
    }
}
