package org.safereturn.cases;

/**
 * A support under the law's list (Art. 37(1) of the 2024 Law on Prevention and Combat of Human
 * Trafficking), in the law's order, plus two supports the project tracks on their own.
 *
 * <p>The names are stored in the database and sent in the API: rename none of them.
 */
public enum SupportType {
    /** (a) Essential needs: food, clothing, personal articles (hỗ trợ nhu cầu thiết yếu). */
    ESSENTIAL_NEEDS("a"),
    /** (b) Medical: health check on receipt, first aid, treatment (hỗ trợ y tế). */
    MEDICAL("b"),
    /** (c) Interpretation (hỗ trợ phiên dịch). */
    INTERPRETATION("c"),
    /** (d) Legal information and counselling (hỗ trợ pháp luật). */
    LEGAL_INFORMATION("d"),
    /** (đ) Legal aid under the Law on Legal Aid (trợ giúp pháp lý). */
    LEGAL_AID("đ"),
    /** (e) Travel costs and meals on the way home (hỗ trợ chi phí đi lại). */
    TRAVEL("e"),
    /** (g) Psychological support (hỗ trợ tâm lý). */
    PSYCHOLOGICAL("g"),
    /** (h) General schooling (hỗ trợ học văn hóa). */
    SCHOOLING("h"),
    /** (i) Vocational training, job counselling and placement (hỗ trợ học nghề, tư vấn, tạo điều kiện để có việc làm). */
    VOCATIONAL_AND_JOB("i"),
    /** (k) Initial hardship allowance, a one-off cash grant (trợ cấp khó khăn ban đầu). */
    INITIAL_HARDSHIP_ALLOWANCE("k"),
    /** (k) Loan support (hỗ trợ vay vốn). */
    LOAN("k"),
    /** Health insurance paid for the first year when the person has none; the law places it under (b), so it has no letter of its own. */
    HEALTH_INSURANCE(null),
    /** A stay in a temporary shelter room (lưu trú tạm thời); accommodation belongs with (a), so it has no letter of its own. */
    SHELTER_STAY(null);

    private final String letter;

    SupportType(String letter) {
        this.letter = letter;
    }

    /**
     * The point of Art. 37(1) this support is: "a", "b", "c", "d", "đ", "e", "g", "h", "i" or "k"
     * (the law's own letters, so there is no "f"); {@code null} for {@link #HEALTH_INSURANCE} and
     * {@link #SHELTER_STAY}, which are not separate points of that list.
     */
    public String letter() {
        return letter;
    }
}
