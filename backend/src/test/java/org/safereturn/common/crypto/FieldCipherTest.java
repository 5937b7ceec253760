package org.safereturn.common.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
    static FieldCipher cipher(byte dataSeed, byte indexSeed) {
        FieldCipher c = new FieldCipher();
        c.config = new CryptoConfig() {
            public String dataKey() { return Base64.getEncoder().encodeToString(filled(dataSeed)); }
            public String indexKey() { return Base64.getEncoder().encodeToString(filled(indexSeed)); }
        };
        c.init();
        return c;
    }

    static byte[] filled(byte b) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, b);
        return k;
    }

    @Test
    void roundTripsAndNeverRepeatsCiphertext() {
        FieldCipher c = cipher((byte) 1, (byte) 2);
        String a = c.encrypt("Nguyễn Thị Lan");
        assertEquals("Nguyễn Thị Lan", c.decrypt(a));
        assertNotEquals(a, c.encrypt("Nguyễn Thị Lan"));
        assertFalse(a.contains("Lan"));
        assertNull(c.encrypt(null));
    }

    @Test
    void anotherKeyOrATamperedValueFailsLoudly() {
        String sealed = cipher((byte) 1, (byte) 2).encrypt("079203001234");
        assertThrows(IllegalStateException.class, () -> cipher((byte) 9, (byte) 2).decrypt(sealed));
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
        assertThrows(IllegalStateException.class, () -> cipher((byte) 1, (byte) 2).decrypt(tampered));
    }

    @Test
    void indexIgnoresCaseAccentsAndSpacingButDependsOnTheKey() {
        FieldCipher c = cipher((byte) 1, (byte) 2);
        assertEquals(c.index("Nguyễn Thị Lan"), c.index("  nguyen   thi LAN "));
        assertEquals(c.index("Đỗ Mai"), c.index("do mai"));
        assertNotEquals(c.index("Nguyễn Thị Lan"), c.index("Nguyễn Thị Lân Anh"));
        assertNotEquals(c.index("Nguyễn Thị Lan"), cipher((byte) 1, (byte) 3).index("Nguyễn Thị Lan"));
        assertNull(c.index("   "));
    }

    @Test
    void refusesAShortKey() {
        FieldCipher c = new FieldCipher();
        c.config = new CryptoConfig() {
            public String dataKey() { return Base64.getEncoder().encodeToString(new byte[16]); }
            public String indexKey() { return Base64.getEncoder().encodeToString(new byte[32]); }
        };
        assertThrows(IllegalStateException.class, c::init);
    }
}
