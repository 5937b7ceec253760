package org.safereturn.common.files;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.safereturn.common.error.ProblemException;

/**
 * The checks every uploaded file passes, whatever it is attached to: an accepted type, not empty,
 * within the size limit, bytes that are what the type says, and a plain file name.
 */
@ApplicationScoped
public class Uploads {
    /** The header a file's name travels in (percent-encoded UTF-8), so that it never lands in a URL. */
    public static final String FILE_NAME_HEADER = "SafeReturn-File-Name";

    /** What may be uploaded. */
    @ConfigMapping(prefix = "safereturn.documents")
    public interface Limits {
        int maxBytes();

        Set<String> mediaTypes();
    }

    /** A file that passed: its media type without parameters, and its name. */
    public record Checked(String mediaType, String fileName) {}

    @Inject
    Limits limits;

    /** Checks the file; 415, 413, 422 (problem details) when it may not be stored. */
    public Checked check(String mediaType, String fileName, byte[] content) {
        String type = mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!limits.mediaTypes().contains(type)) {
            throw new ProblemException(415, "document.unsupported-type", "Unsupported Media Type",
                    "Upload one of " + limits.mediaTypes().stream().sorted().toList() + " with its Content-Type");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("content", "the file is empty");
        }
        if (content.length > limits.maxBytes()) {
            throw new ProblemException(413, "document.too-large", "Content Too Large",
                    "A document may have at most " + limits.maxBytes() + " bytes; this one has " + content.length);
        }
        if (!FileSignatures.matches(type, content)) {
            throw new ProblemException(422, "document.content-mismatch", "The file is not what it says",
                    "The file's first bytes are not those of " + type + ": send it with its own type");
        }
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.trim();
        if (name.length() > 255 || name.contains("/") || name.contains("\\")) {
            throw ProblemException.invalid("fileName", "must be a plain file name of at most 255 characters");
        }
        return new Checked(type, name);
    }

    /** The file name sent in {@link #FILE_NAME_HEADER}, decoded; null when none was sent. */
    public static String fileNameFromHeader(String header) {
        if (header == null) {
            return null;
        }
        try {
            return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("fileName", "the " + FILE_NAME_HEADER + " header must be percent-encoded UTF-8");
        }
    }

    /** A Content-Disposition value that carries any UTF-8 name safely. */
    public static String attachment(String fileName) {
        return "attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
