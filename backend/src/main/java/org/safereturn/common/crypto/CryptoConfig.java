package org.safereturn.common.crypto;

import io.smallrye.config.ConfigMapping;

/**
 * Keys for sensitive data, base64 of 32 random bytes each (e.g. {@code openssl rand -base64 32}).
 * They come from the environment in production (SAFERETURN_CRYPTO_DATA_KEY, …_INDEX_KEY); losing
 * the data key loses the data, so it is backed up like the database itself.
 */
@ConfigMapping(prefix = "safereturn.crypto")
public interface CryptoConfig {
    /** AES-256 key that encrypts sensitive fields. */
    String dataKey();

    /** HMAC-SHA256 key of the blind indexes (search without decrypting). */
    String indexKey();
}
