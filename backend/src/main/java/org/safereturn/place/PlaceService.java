package org.safereturn.place;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.safereturn.common.error.ProblemException;
import org.safereturn.common.persistence.Search;
import org.safereturn.common.web.PageQuery;
import org.safereturn.common.web.PageResponse;

/** Looks up administrative units; other features ask it whether a place code exists. */
@ApplicationScoped
public class PlaceService {
    private static final Map<String, String> SORTABLE = Map.of("code", "code", "nameVi", "nameVi");

    @Inject
    PlaceRepository places;

    private volatile Set<String> codes;

    PageResponse<PlaceDtos.PlaceView> search(String parent, String q, Integer page, Integer size, String sort) {
        PageQuery pq = PageQuery.of(page, size, sort, SORTABLE, Sort.by("code"));
        StringBuilder where = new StringBuilder(parent == null || parent.isBlank() ? "parentCode is null" : "parentCode = :parent");
        Parameters params = new Parameters();
        if (parent != null && !parent.isBlank()) {
            params.and("parent", parent.trim());
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (").append(Search.foldedContains("searchText", "q")).append(" or code = :code)");
            params.and("q", Search.likeLiteral(q)).and("code", q.trim());
        }
        var query = places.find(where.toString(), pq.sort(), params).page(pq.panachePage());
        return new PageResponse<>(query.list().stream().map(PlaceDtos.PlaceView::of).toList(), pq.page(), pq.size(), query.count());
    }

    PlaceDtos.PlaceView get(String code) {
        return places.findByIdOptional(code).map(PlaceDtos.PlaceView::of)
                .orElseThrow(() -> ProblemException.notFound("Place", code));
    }

    /** The province-level unit a place belongs to (itself for a province or city); empty when unknown. */
    public java.util.Optional<String> provinceOf(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        return places.findByIdOptional(code).map(p -> p.parentCode == null ? p.code : p.parentCode);
    }

    /** The province of a commune, ward or special zone; empty for a province or an unknown code. */
    public java.util.Optional<String> provinceOfCommune(String code) {
        return provinceOf(code).filter(province -> !province.equals(code));
    }

    /**
     * Whether {@code code} is a known administrative unit. The units are reference data that only
     * a migration changes, so their codes are read once and kept.
     */
    public boolean exists(String code) {
        Set<String> known = codes;
        if (known == null) {
            known = codes = Set.copyOf(places.getEntityManager().createQuery("SELECT p.code FROM Place p", String.class).getResultList());
        }
        return code != null && known.contains(code);
    }

    /** The Vietnamese names of units by code, for labels; unknown codes are left out. */
    public Map<String, String> namesOf(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new java.util.HashMap<>();
        places.getEntityManager().createQuery("SELECT p.code, p.nameVi FROM Place p WHERE p.code IN :codes", Object[].class)
                .setParameter("codes", codes).getResultList().forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    /** Whether {@code code} is a province-level unit (a province or a centrally-run city). */
    public boolean isProvince(String code) {
        return places.findByIdOptional(code).map(p -> p.parentCode == null).orElse(false);
    }

    /** "Phường Móng Cái 1, Tỉnh Quảng Ninh": a unit with its province, for printed records; empty when unknown. */
    public java.util.Optional<String> describe(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        return places.findByIdOptional(code).map(p -> p.parentCode == null ? p.nameVi
                : p.nameVi + places.findByIdOptional(p.parentCode).map(province -> ", " + province.nameVi).orElse(""));
    }

    /** "Quảng Ninh" for "Tỉnh Quảng Ninh", "Hà Nội" for "Thành phố Hà Nội": the place line of a printed record. */
    public java.util.Optional<String> provinceShortName(String code) {
        return provinceOf(code).flatMap(places::findByIdOptional)
                .map(p -> p.nameVi.replaceFirst("^(Tỉnh|Thành phố)\\s+", ""));
    }

    /** Where a unit lies, for postal addresses: its commune (none for a province) and its province. */
    public record Locality(String code, String communeName, String provinceName) {}

    /** The localities of units by code, in one query; unknown codes are left out. */
    public Map<String, Locality> localitiesOf(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, Locality> localities = new java.util.HashMap<>();
        places.getEntityManager().createQuery("""
                        SELECT p.code, p.nameVi, province.nameVi FROM Place p
                        LEFT JOIN Place province ON province.code = p.parentCode WHERE p.code IN :codes""", Object[].class)
                .setParameter("codes", codes).getResultList()
                .forEach(r -> localities.put((String) r[0], r[2] == null
                        ? new Locality((String) r[0], null, (String) r[1])
                        : new Locality((String) r[0], (String) r[1], (String) r[2])));
        return localities;
    }
}
