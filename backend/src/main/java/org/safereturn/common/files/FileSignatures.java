package org.safereturn.common.files;

import java.util.Map;

/** The first bytes each accepted type starts with: a file whose bytes contradict its declared type is refused. */
public final class FileSignatures {
    private static final Map<String, byte[]> MAGIC = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private FileSignatures() {}

    /** True when {@code content} starts as {@code mediaType} files do; a type without a known signature passes. */
    public static boolean matches(String mediaType, byte[] content) {
        byte[] magic = MAGIC.get(mediaType);
        if (magic == null) {
            return true;
        }
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
