package org.safereturn.testing;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Reads back the text of a printed record, to check what it says. */
public final class Pdfs {
    private Pdfs() {}

    public static String text(byte[] pdf) throws java.io.IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        }
    }
}
