package io.keyplan.intake;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an .xlsx workbook with FastExcel's streaming reader: the first row with
 * a value is the header. Text cells (shared or inline strings) give their text; numeric cells keep
 * their number, so that a date stored as a serial number can be read as a date where a date is
 * expected. Before FastExcel sees the file, every part is unpacked once and counted, so a zip bomb
 * is refused instead of filling the memory.
 */
final class XlsxReader {
    private XlsxReader() {}

    /** The table, or null when the workbook cannot be used (the reason is reported). */
    static Table read(Path path, String file, Diagnostics d) throws IOException {
        if (Files.size(path) > Limits.MAX_FILE_BYTES) {
            d.error(
                    SourceSpan.file(file),
                    "import-limit",
                    "the workbook is larger than " + Limits.MAX_FILE_BYTES / (1024 * 1024) + " MB",
                    "save the accounts in a smaller workbook or as CSV");
            return null;
        }
        String refused = unpackedSizeProblem(path);
        if (refused != null) {
            d.error(SourceSpan.file(file), "xlsx-refused", refused, "open it in Excel and save it again as .xlsx");
            return null;
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(path.toFile(), new ReadingOptions(false, false));
                Stream<Row> stream = wb.getFirstSheet().openStream()) {
            List<String> header = null;
            int headerLine = 0;
            List<Table.Row> rows = new ArrayList<>();
            for (Row r : (Iterable<Row>) stream::iterator) {
                if (r.getCellCount() > Limits.MAX_COLUMNS) {
                    d.error(
                            new SourceSpan(file, r.getRowNum(), Limits.MAX_COLUMNS + 1),
                            "import-limit",
                            "this row has more than " + Limits.MAX_COLUMNS + " columns");
                    return null;
                }
                List<Table.Cell> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(cell(r.getCell(i)));
                }
                Table.Row row = new Table.Row(r.getRowNum(), cells);
                if (row.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(Table.Cell::text).toList();
                    headerLine = r.getRowNum();
                    continue;
                }
                if (rows.size() >= Limits.MAX_ROWS) {
                    d.error(
                            new SourceSpan(file, r.getRowNum(), 1),
                            "import-limit",
                            "the sheet has more than " + Limits.MAX_ROWS + " rows",
                            "split the accounts over several workbooks and import them one after the other");
                    return null;
                }
                rows.add(row);
            }
            if (header == null) {
                d.error(SourceSpan.file(file), "xlsx-refused", "the first sheet is empty", "put a header row on top");
                return null;
            }
            return new Table(file, headerLine, header, rows, true, wb.isDate1904());
        } catch (ExcelReaderException | ZipException | IllegalStateException | IllegalArgumentException e) {
            d.error(
                    SourceSpan.file(file),
                    "xlsx-refused",
                    "the file cannot be read as an Excel workbook (.xlsx)",
                    "open it in Excel and save it again as 'Excel Workbook (.xlsx)', or save it as CSV UTF-8");
            return null;
        }
    }

    private static Table.Cell cell(Cell c) {
        if (c == null || c.getType() == CellType.EMPTY) {
            return Table.Cell.EMPTY;
        }
        if (c.getType() == CellType.NUMBER) {
            BigDecimal n = c.asNumber();
            return new Table.Cell(plain(n), n);
        }
        String raw = c.getType() == CellType.FORMULA ? c.getRawValue() : c.getText();
        String text = raw == null ? "" : raw;
        if (text.length() > Limits.MAX_CELL_CHARS) {
            text = text.substring(0, Limits.MAX_CELL_CHARS);
        }
        return Table.Cell.text(text);
    }

    static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /**
     * Unpacks every part once, counting, and says why the file is refused: too many parts, too much
     * in all, or a part that unpacks to far more than a real workbook would. Null when it is fine.
     */
    static String unpackedSizeProblem(Path path) throws IOException {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.size() > Limits.MAX_ZIP_ENTRIES) {
                return "the workbook has more than " + Limits.MAX_ZIP_ENTRIES + " parts";
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                long packed = Math.max(1, e.getCompressedSize());
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        unpacked += n;
                        total += n;
                        if (total > Limits.MAX_UNPACKED_BYTES) {
                            return "the workbook unpacks to more than " + Limits.MAX_UNPACKED_BYTES / (1024 * 1024)
                                    + " MB";
                        }
                        if (unpacked > Limits.RATIO_FREE_BYTES && unpacked / packed > Limits.MAX_PACK_RATIO) {
                            return "a part of the workbook unpacks to more than " + Limits.MAX_PACK_RATIO
                                    + " times its size (a zip bomb?)";
                        }
                    }
                }
            }
            return null;
        } catch (ZipException e) {
            return "the file is not an Excel workbook (.xlsx): it is no zip archive";
        }
    }
}
