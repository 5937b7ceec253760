package org.safereturn.common.crypto;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Keys for sensitive data, base64 of 32 random bytes each (e.g. {@code openssl rand -base64 32}).
 * They come from the environment in production (SAFERETURN_CRYPTO_DATA_KEY, …_INDEX_KEY); losing
 * a data key loses what it encrypted, so keys are backed up like the database itself. Every key
 * is a master key: the cipher derives one sub-key per purpose from it (HKDF-SHA256).
 */
@ConfigMapping(prefix = "safereturn.crypto")
public interface CryptoConfig {
    /** The current AES-256 master key: every new value is encrypted under it. */
    String dataKey();

    /** The current key's id, written into every ciphertext (letters, digits, - and _; at most 16). */
    @WithDefault("k1")
    String dataKeyId();

    /**
     * Earlier master keys, still read after a rotation until the re-encryption job has moved
     * every value to the current key: {@code id:base64} pairs separated by commas, e.g.
     * {@code k1:3q2+7w…=} (environment: SAFERETURN_CRYPTO_RETIRED_DATA_KEYS).
     */
    Optional<String> retiredDataKeys();

    /** HMAC-SHA256 key of the blind indexes (search without decrypting). */
    String indexKey();
}
