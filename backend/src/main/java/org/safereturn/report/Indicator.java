package org.safereturn.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a plan measures, kept as data: a numerator and, for a percentage, a denominator, each a
 * count of a report over records with conditions; and whether more is better.
 */
@Entity
@Table(name = "indicator")
class Indicator {
    enum Unit { COUNT, PERCENT }

    enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    @Id
    UUID id;
    @Column(nullable = false, unique = true)
    String code;
    @Column(name = "name_vi", nullable = false)
    String nameVi;
    @Column(name = "name_en", nullable = false)
    String nameEn;
    String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Unit unit;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Direction direction;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    CountSpec numerator;
    @JdbcTypeCode(SqlTypes.JSON)
    CountSpec denominator;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    void define(String newNameVi, String newNameEn, String newDescription, Unit newUnit, Direction newDirection,
                CountSpec newNumerator, CountSpec newDenominator, OffsetDateTime now) {
        nameVi = newNameVi;
        nameEn = newNameEn;
        description = newDescription;
        unit = newUnit;
        direction = newDirection;
        numerator = newNumerator;
        denominator = newDenominator;
        updatedAt = now;
    }

    /**
     * The indicator's value from its counts: the numerator for a count, else numerator over
     * denominator in percent (two decimals); null when the denominator is zero.
     */
    BigDecimal value(long num, Long den) {
        if (unit == Unit.COUNT) {
            return BigDecimal.valueOf(num);
        }
        if (den == null || den == 0) {
            return null;
        }
        return BigDecimal.valueOf(num).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(den), 2, RoundingMode.HALF_UP);
    }

    /**
     * How far the actual value reaches the target, in percent (two decimals): actual over target
     * when more is better, target over actual when less is; capped at neither end. Null when it
     * cannot be said (no actual, or a zero to divide by: a zero target of a "less is better"
     * indicator is met only by zero, which is 100 %).
     */
    BigDecimal achievement(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null) {
            return null;
        }
        BigDecimal hundred = BigDecimal.valueOf(100);
        if (direction == Direction.HIGHER_IS_BETTER) {
            if (target.signum() == 0) {
                return hundred;
            }
            return actual.multiply(hundred).divide(target, 2, RoundingMode.HALF_UP);
        }
        if (actual.signum() == 0) {
            return hundred;
        }
        return target.multiply(hundred).divide(actual, 2, RoundingMode.HALF_UP);
    }
}
