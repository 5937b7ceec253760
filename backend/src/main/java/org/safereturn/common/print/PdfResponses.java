package org.safereturn.common.print;

import jakarta.ws.rs.core.Response;
import org.safereturn.common.files.Uploads;

/** How a printable record leaves the API: a PDF download, never cached (it holds personal data). */
public final class PdfResponses {
    public static final String MEDIA_TYPE = "application/pdf";

    private PdfResponses() {}

    public static Response attachment(String fileName, byte[] pdf) {
        return Response.ok(pdf, MEDIA_TYPE)
                .header("Content-Disposition", Uploads.attachment(fileName))
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
