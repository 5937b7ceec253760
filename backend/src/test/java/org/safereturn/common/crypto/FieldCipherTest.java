package org.safereturn.common.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
    static final String NAME = "person.full_name_enc";
    static final UUID ROW = UUID.fromString("00000000-0000-4000-a000-0000000000aa");

    /** A cipher whose current key is filled with {@code dataSeed} under {@code id}, with retired keys by id and seed. */
    static FieldCipher cipher(String id, byte dataSeed, Map<String, Byte> retired) {
        FieldCipher c = new FieldCipher();
        c.config = new CryptoConfig() {
            public String dataKey() { return b64(filled(dataSeed)); }
            public String dataKeyId() { return id; }
            public java.util.Optional<String> retiredDataKeys() {
                return java.util.Optional.of(String.join(",", retired.entrySet().stream().map(e -> e.getKey() + ":" + b64(filled(e.getValue()))).toList()));
            }
            public String indexKey() { return b64(filled((byte) 2)); }
        };
        c.init();
        return c;
    }

    static FieldCipher cipher(byte dataSeed) {
        return cipher("k1", dataSeed, Map.of());
    }

    static byte[] filled(byte b) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, b);
        return k;
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void roundTripsNamesItsKeyAndNeverRepeatsCiphertext() {
        FieldCipher c = cipher((byte) 1);
        String a = c.encrypt("Nguyễn Thị Lan", NAME, ROW);
        assertTrue(a.startsWith("v2:k1:"));
        assertEquals("Nguyễn Thị Lan", c.decrypt(a, NAME, ROW));
        assertNotEquals(a, c.encrypt("Nguyễn Thị Lan", NAME, ROW));
        assertFalse(a.contains("Lan"));
        assertNull(c.encrypt(null, NAME, ROW));
        assertTrue(c.isCurrent(a));
    }

    @Test
    void aValueMovedToAnotherRowOrColumnFailsToDecrypt() {
        FieldCipher c = cipher((byte) 1);
        String narrative = c.encrypt("Sold across the border", "case_file.narrative_enc", ROW);
        assertThrows(IllegalStateException.class, () -> c.decrypt(narrative, "case_file.narrative_enc", UUID.randomUUID()));
        assertThrows(IllegalStateException.class, () -> c.decrypt(narrative, "case_note.text_enc", ROW));
        byte[] file = c.encryptBytes("%PDF-1.7".getBytes(StandardCharsets.UTF_8), "case_document.content_enc", ROW);
        assertThrows(IllegalStateException.class, () -> c.decryptBytes(file, "case_document.content_enc", UUID.randomUUID()));
        assertArrayEquals("%PDF-1.7".getBytes(StandardCharsets.UTF_8), c.decryptBytes(file, "case_document.content_enc", ROW));
    }

    @Test
    void fieldsFilesAndSecretsUseDifferentSubKeys() {
        FieldCipher c = cipher((byte) 1);
        String secret = c.encryptSecret("whsec", "webhook_subscription.secret_enc", ROW);
        assertEquals("whsec", c.decryptSecret(secret, "webhook_subscription.secret_enc", ROW));
        assertThrows(IllegalStateException.class, () -> c.decrypt(secret, "webhook_subscription.secret_enc", ROW));
    }

    @Test
    void afterARotationNewValuesUseTheNewKeyAndOldOnesStillRead() {
        String old = cipher((byte) 1).encrypt("079203001234", NAME, ROW);
        FieldCipher rotated = cipher("k2", (byte) 7, Map.of("k1", (byte) 1));
        assertEquals("079203001234", rotated.decrypt(old, NAME, ROW));
        assertFalse(rotated.isCurrent(old));
        assertTrue(rotated.encrypt("x", NAME, ROW).startsWith("v2:k2:"));
        // Without the retired key the old value is unreadable, and says which key is missing.
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> cipher("k2", (byte) 7, Map.of()).decrypt(old, NAME, ROW));
        assertTrue(e.getMessage().contains("k1"));
    }

    @Test
    void valuesWrittenBeforeKeyIdsStillRead() throws Exception {
        byte[] nonce = new byte[12];
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(filled((byte) 1), "AES"), new GCMParameterSpec(128, nonce));
        byte[] sealed = gcm.doFinal("Lò Thị Chuyển".getBytes(StandardCharsets.UTF_8));
        String v1 = "v1:" + b64(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        assertEquals("Lò Thị Chuyển", cipher("k2", (byte) 7, Map.of("k1", (byte) 1)).decrypt(v1, NAME, ROW));
        assertThrows(IllegalStateException.class, () -> cipher((byte) 9).decrypt(v1, NAME, ROW));
    }

    @Test
    void aTamperedValueFailsLoudly() {
        String sealed = cipher((byte) 1).encrypt("079203001234", NAME, ROW);
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
        assertThrows(IllegalStateException.class, () -> cipher((byte) 1).decrypt(tampered, NAME, ROW));
        assertThrows(IllegalStateException.class, () -> cipher((byte) 1).decrypt("v9:zzz", NAME, ROW));
    }

    @Test
    void indexIgnoresCaseAccentsAndSpacingButDependsOnTheKey() {
        FieldCipher c = cipher((byte) 1);
        var name = FieldCipher.BlindIndex.PERSON_NAME;
        assertEquals(c.index(name, "Nguyễn Thị Lan"), c.index(name, "  nguyen   thi LAN "));
        assertEquals(c.index(name, "Đỗ Mai"), c.index(name, "do mai"));
        assertNotEquals(c.index(name, "Nguyễn Thị Lan"), c.index(name, "Nguyễn Thị Lân Anh"));
        assertNull(c.index(name, "   "));
    }

    @Test
    void eachKindOfIndexHashesTheSameValueDifferently() throws Exception {
        FieldCipher c = cipher((byte) 1);
        var seen = new java.util.HashSet<String>();
        for (FieldCipher.BlindIndex kind : FieldCipher.BlindIndex.values()) {
            assertTrue(seen.add(c.index(kind, "0912345678")), kind.name());
        }
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(filled((byte) 2), "HmacSHA256"));
        String undivided = HexFormat.of().formatHex(mac.doFinal("0912345678".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(seen.add(undivided), "no kind hashes under the index key itself");
        FieldCipher sameKeys = cipher((byte) 1);
        assertEquals(c.index(FieldCipher.BlindIndex.CALLER_PHONE, "0912345678"),
                sameKeys.index(FieldCipher.BlindIndex.CALLER_PHONE, "0912345678"), "stable for the same index key");
    }

    @Test
    void refusesAShortKeyAndABadKeyId() {
        FieldCipher c = new FieldCipher();
        c.config = new CryptoConfig() {
            public String dataKey() { return b64(new byte[16]); }
            public String dataKeyId() { return "k1"; }
            public java.util.Optional<String> retiredDataKeys() { return java.util.Optional.empty(); }
            public String indexKey() { return b64(new byte[32]); }
        };
        assertThrows(IllegalStateException.class, c::init);
        assertThrows(IllegalStateException.class, () -> cipher("k:1", (byte) 1, Map.of()));
    }

    @Test
    void hkdfMatchesTheRfc5869TestVector() {
        // RFC 5869, test case 3: 22 bytes of 0x0b, no salt, no info, 42 bytes out.
        byte[] ikm = new byte[22];
        java.util.Arrays.fill(ikm, (byte) 0x0b);
        assertEquals("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8",
                HexFormat.of().formatHex(Hkdf.derive(ikm, "", 42)));
    }
}
