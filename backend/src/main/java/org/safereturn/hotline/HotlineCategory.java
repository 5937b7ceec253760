package org.safereturn.hotline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.safereturn.hotline.HotlineDtos.CategoryView;

/** One code of the contact taxonomy (trafficking suspected, missing person…), with its keyboard shortcut. */
@Entity
@Table(name = "hotline_category")
class HotlineCategory {
    @Id
    String code;
    @Column(name = "name_vi", nullable = false)
    String nameVi;
    @Column(name = "name_en", nullable = false)
    String nameEn;
    String shortcut;
    int position;
    boolean active;
    @jakarta.persistence.Version
    long version;

    CategoryView view() {
        return new CategoryView(code, nameVi, nameEn, shortcut, position, active, version);
    }
}
