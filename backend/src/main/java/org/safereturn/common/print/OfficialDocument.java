package org.safereturn.common.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A printable record in the layout of Vietnamese administrative documents (Decree 30/2020): the
 * issuing organization and the record's number on the left, the national heading on the right,
 * the place and date, a centred title, the body, and a signature block per party. Set in
 * Liberation Serif (metric-compatible with Times New Roman, the documents' typeface), embedded,
 * so every diacritic prints on any reader.
 *
 * <p>Features fill it from the view made for the audience that prints, never from the entity:
 * a record prints what its reader may see and nothing more.
 */
public final class OfficialDocument {
    private static final BaseFont REGULAR = font("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = font("LiberationSerif-Bold.ttf");
    private static final BaseFont ITALIC = font("LiberationSerif-Italic.ttf");
    private static final float SIZE = 13;

    private final String parentAuthority;
    private final String issuer;
    private final String number;
    private final String place;
    private final LocalDate date;
    private final String title;
    private final List<Element> body = new ArrayList<>();
    private final List<Signature> signatures = new ArrayList<>();

    /** One party's signature block: its role ("BÊN GIAO") and, when known, the name printed under the signature. */
    public record Signature(String role, String name) {}

    private OfficialDocument(String parentAuthority, String issuer, String number, String place, LocalDate date, String title) {
        this.parentAuthority = parentAuthority;
        this.issuer = issuer;
        this.number = number;
        this.place = place;
        this.date = date;
        this.title = title;
    }

    /**
     * A record issued by {@code issuer} (its parent authority above it, if any), numbered, dated at
     * {@code place} on {@code date}, titled.
     */
    public static OfficialDocument of(String parentAuthority, String issuer, String number, String place, LocalDate date, String title) {
        return new OfficialDocument(parentAuthority, issuer, number, place, date, title);
    }

    /** A section heading ("I. Bên giao"). */
    public OfficialDocument section(String heading) {
        Paragraph p = new Paragraph(heading, new Font(BOLD, SIZE));
        p.setSpacingBefore(8);
        p.setSpacingAfter(2);
        body.add(p);
        return this;
    }

    /** "Label: value", with "…" dots where the value is unknown, to be filled in by hand. */
    public OfficialDocument field(String label, String value) {
        Paragraph p = new Paragraph();
        p.setLeading(SIZE * 1.35f);
        p.add(new Chunk(label + ": ", new Font(REGULAR, SIZE)));
        p.add(new Chunk(value == null || value.isBlank() ? "…………………………………………" : value, new Font(BOLD, SIZE)));
        body.add(p);
        return this;
    }

    /** A paragraph of running text. */
    public OfficialDocument text(String text) {
        Paragraph p = new Paragraph(text, new Font(REGULAR, SIZE));
        p.setLeading(SIZE * 1.35f);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setSpacingBefore(4);
        body.add(p);
        return this;
    }

    /** A ruled table with a bold header row. */
    public OfficialDocument table(List<String> headers, List<List<String>> rows, float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, new Font(BOLD, SIZE - 1)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPadding(4);
            t.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, new Font(REGULAR, SIZE - 1)));
                cell.setPadding(4);
                t.addCell(cell);
            }
        }
        body.add(t);
        return this;
    }

    public OfficialDocument sign(String role, String name) {
        signatures.add(new Signature(role, name));
        return this;
    }

    /** The PDF. */
    public byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        Document doc = new Document(PageSize.A4, mm(30), mm(20), mm(20), mm(20));
        PdfWriter.getInstance(doc, out);
        doc.addTitle(title);
        doc.addCreator("SafeReturn");
        doc.open();
        doc.add(heading());
        Paragraph titled = new Paragraph(title.toUpperCase(java.util.Locale.forLanguageTag("vi")), new Font(BOLD, SIZE + 1));
        titled.setAlignment(Element.ALIGN_CENTER);
        titled.setSpacingBefore(18);
        titled.setSpacingAfter(10);
        doc.add(titled);
        for (Element e : body) {
            doc.add(e);
        }
        if (!signatures.isEmpty()) {
            doc.add(signatureBlock());
        }
        doc.close();
        return out.toByteArray();
    }

    private PdfPTable heading() {
        PdfPTable t = new PdfPTable(new float[] {42, 58});
        t.setWidthPercentage(100);
        PdfPCell left = borderless();
        if (parentAuthority != null) {
            left.addElement(centred(parentAuthority.toUpperCase(java.util.Locale.forLanguageTag("vi")), new Font(REGULAR, SIZE - 1)));
        }
        left.addElement(centred(issuer.toUpperCase(java.util.Locale.forLanguageTag("vi")), new Font(BOLD, SIZE - 1)));
        left.addElement(centred("———", new Font(REGULAR, SIZE - 2)));
        left.addElement(centred("Số: " + number, new Font(REGULAR, SIZE)));
        PdfPCell right = borderless();
        right.addElement(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", new Font(BOLD, SIZE - 1)));
        right.addElement(centred("Độc lập - Tự do - Hạnh phúc", new Font(BOLD, SIZE, Font.UNDERLINE)));
        right.addElement(centred(" ", new Font(REGULAR, SIZE - 4)));
        right.addElement(centred(dated(), new Font(ITALIC, SIZE)));
        t.addCell(left);
        t.addCell(right);
        return t;
    }

    /** "Quảng Ninh, ngày 05 tháng 12 năm 2026". */
    String dated() {
        return String.format("%s, ngày %02d tháng %02d năm %d", place == null ? "………" : place,
                date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private PdfPTable signatureBlock() {
        PdfPTable t = new PdfPTable(signatures.size());
        t.setWidthPercentage(100);
        t.setSpacingBefore(20);
        t.setKeepTogether(true);
        for (Signature s : signatures) {
            PdfPCell cell = borderless();
            cell.addElement(centred(s.role().toUpperCase(java.util.Locale.forLanguageTag("vi")), new Font(BOLD, SIZE)));
            cell.addElement(centred("(Ký, ghi rõ họ tên)", new Font(ITALIC, SIZE - 1)));
            for (int i = 0; i < 4; i++) {
                cell.addElement(centred(" ", new Font(REGULAR, SIZE)));
            }
            cell.addElement(centred(s.name() == null ? "" : s.name(), new Font(BOLD, SIZE)));
            t.addCell(cell);
        }
        return t;
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(font.getSize() * 1.25f);
        return p;
    }

    private static PdfPCell borderless() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    private static BaseFont font(String file) {
        try (InputStream in = OfficialDocument.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the class path (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    /** "04/12/2026", or null. */
    public static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    /** "18:29 ngày 04/12/2026" in Vietnam's time, or null. */
    public static String dateTime(java.time.OffsetDateTime at) {
        if (at == null) {
            return null;
        }
        var local = at.atZoneSameInstant(org.safereturn.common.time.VietnamTime.ZONE);
        return TIME.format(local) + " ngày " + DAY.format(local);
    }
}
