package org.safereturn.common.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts sensitive fields and files (AES-256-GCM, a fresh 96-bit nonce per value) and computes
 * blind indexes: a keyed hash of the normalised value, so that equal names or ID numbers can be
 * found without decrypting any row and without the hash being guessable from a list of names.
 *
 * <p>Every value is bound to where it lives: the additional authenticated data names the field
 * ({@code table.column}) and the row, so a ciphertext copied to another row or column fails to
 * decrypt. Every ciphertext names its key ({@code v2:<key id>:<base64>}); new values use the
 * current key and reads accept any key of the ring, so keys can be rotated and old rows moved by
 * {@link Reencryption}. Fields, files and webhook secrets each use their own sub-key, derived from
 * the master key with HKDF. Values written before key ids ({@code v1:}, no binding) are still read.
 */
@ApplicationScoped
public class FieldCipher {
    static final String V2 = "v2:";
    private static final String V1 = "v1:";
    private static final byte[] FILE_MAGIC = {'S', 'R', '2'};
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    /** What a sub-key is for; each is derived from the master key with its own HKDF info. */
    enum Purpose {
        FIELDS("safereturn/fields"), FILES("safereturn/files"), SECRETS("safereturn/webhook-secrets");

        final String info;

        Purpose(String info) {
            this.info = info;
        }
    }

    @Inject
    CryptoConfig config;

    private final SecureRandom random = new SecureRandom();
    private String currentId;
    /** Master keys by id, the current one first. */
    private final Map<String, byte[]> masters = new LinkedHashMap<>();
    private final Map<String, SecretKeySpec> subKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private SecretKeySpec indexKey;
    private final Map<BlindIndex, SecretKeySpec> indexKeys = new java.util.EnumMap<>(BlindIndex.class);
    private SecretKeySpec fileHashKey;

    @PostConstruct
    void init() {
        currentId = config.dataKeyId();
        if (!KEY_ID.matcher(currentId).matches()) {
            throw new IllegalStateException("safereturn.crypto.data-key-id must be 1 to 16 letters, digits, - or _");
        }
        masters.put(currentId, key(config.dataKey(), "safereturn.crypto.data-key"));
        for (String pair : config.retiredDataKeys().orElse("").split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int colon = pair.indexOf(':');
            String id = colon < 0 ? "" : pair.substring(0, colon).trim();
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException("safereturn.crypto.retired-data-keys: each entry is id:base64, with an id of letters, digits, - or _");
            }
            if (!id.equals(currentId)) {
                masters.put(id, key(pair.substring(colon + 1), "safereturn.crypto.retired-data-keys " + id));
            }
        }
        byte[] index = key(config.indexKey(), "safereturn.crypto.index-key");
        indexKey = new SecretKeySpec(index, "HmacSHA256");
        for (BlindIndex kind : BlindIndex.values()) {
            indexKeys.put(kind, new SecretKeySpec(Hkdf.derive(index, kind.info, 32), "HmacSHA256"));
        }
        fileHashKey = new SecretKeySpec(Hkdf.derive(index, "safereturn/file-hash", 32), "HmacSHA256");
    }

    /** The id of the key new values are encrypted with. */
    public String currentKeyId() {
        return currentId;
    }

    /** Ciphertext as text, bound to {@code field} ("table.column") and {@code row}; null stays null. */
    public String encrypt(String plaintext, String field, Object row) {
        return plaintext == null ? null : sealText(Purpose.FIELDS, plaintext, field, row);
    }

    /** The plaintext of a value written by {@link #encrypt} for the same field and row. */
    public String decrypt(String ciphertext, String field, Object row) {
        return ciphertext == null ? null : openText(Purpose.FIELDS, ciphertext, field, row);
    }

    /**
     * For a column that held plaintext before it was encrypted: a value without a version prefix
     * is that old plaintext, read as it is until the re-encryption job encrypts it.
     */
    public String decryptOrLegacyPlain(String value, String field, Object row) {
        if (value == null || value.startsWith(V2) || value.startsWith(V1)) {
            return decrypt(value, field, row);
        }
        return value;
    }

    /** A webhook endpoint's signing secret, under the secrets sub-key. */
    public String encryptSecret(String secret, String field, Object row) {
        return secret == null ? null : sealText(Purpose.SECRETS, secret, field, row);
    }

    public String decryptSecret(String ciphertext, String field, Object row) {
        return ciphertext == null ? null : openText(Purpose.SECRETS, ciphertext, field, row);
    }

    /** Encrypts a file's bytes under the files sub-key: "SR2", the key id's length and id, nonce, sealed bytes. */
    public byte[] encryptBytes(byte[] plain, String field, Object row) {
        byte[] id = currentId.getBytes(StandardCharsets.US_ASCII);
        byte[] nonce = nonce();
        byte[] sealed = run(Cipher.ENCRYPT_MODE, subKey(currentId, Purpose.FILES), nonce, aad(field, row), plain, 0, plain.length);
        return ByteBuffer.allocate(FILE_MAGIC.length + 1 + id.length + nonce.length + sealed.length)
                .put(FILE_MAGIC).put((byte) id.length).put(id).put(nonce).put(sealed).array();
    }

    public byte[] decryptBytes(byte[] all, String field, Object row) {
        if (all.length > FILE_MAGIC.length + 1 && all[0] == FILE_MAGIC[0] && all[1] == FILE_MAGIC[1] && all[2] == FILE_MAGIC[2]) {
            int idLength = all[3];
            String id = new String(all, 4, idLength, StandardCharsets.US_ASCII);
            int at = 4 + idLength;
            byte[] nonce = java.util.Arrays.copyOfRange(all, at, at + NONCE_BYTES);
            return run(Cipher.DECRYPT_MODE, subKey(id, Purpose.FILES), nonce, aad(field, row), all, at + NONCE_BYTES,
                    all.length - at - NONCE_BYTES);
        }
        return legacy(all);
    }

    /** Whether a text value is already under the current key (the re-encryption job skips it). */
    public boolean isCurrent(String ciphertext) {
        return ciphertext == null || ciphertext.startsWith(currentPrefix());
    }

    /** What every current text ciphertext starts with, e.g. {@code v2:k2:}. */
    public String currentPrefix() {
        return V2 + currentId + ":";
    }

    /** What every current file ciphertext starts with. */
    public byte[] currentFilePrefix() {
        byte[] id = currentId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(FILE_MAGIC.length + 1 + id.length).put(FILE_MAGIC).put((byte) id.length).put(id).array();
    }

    /**
     * What a blind index is kept for. Each kind has a sub-key of its own (HKDF of the index key), so
     * equal values in different columns hash differently: a database reader cannot join the
     * callers' phone numbers to the persons' names or ID numbers, nor carry one column's hashes to another.
     */
    public enum BlindIndex {
        PERSON_NAME("safereturn/index/person-name"),
        PERSON_ID_NUMBER("safereturn/index/person-id-number"),
        PERSON_DUPLICATE("safereturn/index/person-duplicate"),
        CALLER_PHONE("safereturn/index/caller-phone"),
        /** Stable pseudonyms of records in the integrators' feed: the same record always has the same one, and no one without the key links it to an id. */
        FEED_PSEUDONYM("safereturn/index/feed-pseudonym"),
        /** The address of a call without a token, as its rate-limit bucket names it: no address is stored. */
        RATE_LIMIT_ADDRESS("safereturn/index/rate-limit-address");

        private final String info;

        BlindIndex(String info) {
            this.info = info;
        }
    }

    /** The blind index of a value of that kind: HMAC of its normalised form, hex; null for a blank value. */
    public String index(BlindIndex kind, String value) {
        return hmacOfNormalised(indexKeys.get(kind), value);
    }

    private static String hmacOfNormalised(SecretKeySpec key, String value) {
        String normalised = normalise(value);
        if (normalised.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("index failed", e);
        }
    }

    /**
     * The keyed hash of a file's bytes (HMAC-SHA256 under the index key's file-hash sub-key, hex):
     * equal files hash alike, and nobody without the key can test whether a known file is stored.
     */
    public String contentHash(byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fileHashKey);
            return HexFormat.of().formatHex(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hash failed", e);
        }
    }

    /** Lower case, no tone marks or diacritics, đ as d, single spaces: "  Nguyễn  Thị Lan " → "nguyen thi lan". */
    static String normalise(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private String sealText(Purpose purpose, String plaintext, String field, Object row) {
        byte[] nonce = nonce();
        byte[] plain = plaintext.getBytes(StandardCharsets.UTF_8);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, subKey(currentId, purpose), nonce, aad(field, row), plain, 0, plain.length);
        return currentPrefix() + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
    }

    private String openText(Purpose purpose, String ciphertext, String field, Object row) {
        if (ciphertext.startsWith(V1)) {
            return new String(legacy(base64(ciphertext.substring(V1.length()))), StandardCharsets.UTF_8);
        }
        if (!ciphertext.startsWith(V2)) {
            throw new SealedValueException("unknown ciphertext version", null);
        }
        int end = ciphertext.indexOf(':', V2.length());
        if (end < 0) {
            throw new SealedValueException("ciphertext names no key", null);
        }
        String id = ciphertext.substring(V2.length(), end);
        byte[] all = base64(ciphertext.substring(end + 1));
        if (all.length <= NONCE_BYTES) {
            throw new SealedValueException("ciphertext too short", null);
        }
        byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
        return new String(run(Cipher.DECRYPT_MODE, subKey(id, purpose), nonce, aad(field, row), all, NONCE_BYTES,
                all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }

    /** A value written before key ids and binding: the raw master key, no additional data; any key of the ring may have made it. */
    private byte[] legacy(byte[] all) {
        for (byte[] master : masters.values()) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(master, "AES"), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
                return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // not this key: try the next one
            }
        }
        throw new SealedValueException("decryption failed (no key of the ring opens this legacy value)", null);
    }

    private SecretKeySpec subKey(String id, Purpose purpose) {
        return subKeys.computeIfAbsent(id + "/" + purpose, k -> {
            byte[] master = masters.get(id);
            if (master == null) {
                throw new SealedValueException("decryption failed: key " + id + " is not in the key ring", null);
            }
            return new SecretKeySpec(Hkdf.derive(master, purpose.info, 32), "AES");
        });
    }

    private static byte[] run(int mode, SecretKeySpec key, byte[] nonce, byte[] aad, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            if (mode == Cipher.ENCRYPT_MODE) {
                throw new IllegalStateException("encryption failed", e);
            }
            throw new SealedValueException("decryption failed (wrong key, wrong place or tampered value)", e);
        }
    }

    /** The additional authenticated data: field and row, each length-prefixed, so no two places share it. */
    static byte[] aad(String field, Object row) {
        if (field == null || row == null) {
            throw new IllegalArgumentException("a sealed value needs its field and row");
        }
        byte[] f = field.getBytes(StandardCharsets.UTF_8);
        byte[] r = String.valueOf(row).getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + f.length + r.length).putInt(f.length).put(f).putInt(r.length).put(r).array();
    }

    private byte[] nonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new SealedValueException("decryption failed (not base64)", e);
        }
    }

    private static byte[] key(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (openssl rand -base64 32)");
        }
        return key;
    }
}
