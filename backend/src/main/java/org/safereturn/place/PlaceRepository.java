package org.safereturn.place;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Administrative units by code. */
@ApplicationScoped
class PlaceRepository implements PanacheRepositoryBase<Place, String> {}
