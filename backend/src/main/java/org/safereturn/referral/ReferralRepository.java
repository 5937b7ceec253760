package org.safereturn.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {}
