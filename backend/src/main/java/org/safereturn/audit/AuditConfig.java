package org.safereturn.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Audit trail settings: the key that signs checkpoints of the chain's head, kept outside the database. */
@ConfigMapping(prefix = "safereturn.audit")
public interface AuditConfig {
    /** HMAC-SHA256 key (base64 of 32 bytes) of the checkpoints; from the environment (SAFERETURN_AUDIT_CHECKPOINT_KEY). */
    String checkpointKey();

    /** How often the chain's head is signed, when it moved. */
    @WithDefault("1m")
    String checkpointEvery();
}
