package io.keyplan.intake;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as CRMs and Excel write it: UTF-8 with or without a byte order mark (or UTF-16
 * with one, Excel's "Unicode text"), comma, semicolon, tab or pipe between fields (found from the
 * header line, or from Excel's {@code sep=;} first line), quoted fields with delimiters, line breaks
 * and doubled quotes inside, CRLF or LF line ends. Parsing is Commons CSV's.
 */
final class CsvReader {
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private CsvReader() {}

    /** The table, or null when the file cannot be used (the reason is reported). */
    static Table read(Path path, String file, Diagnostics d) throws IOException {
        if (Files.size(path) > Limits.MAX_FILE_BYTES) {
            d.error(
                    SourceSpan.file(file),
                    "import-limit",
                    "the file is larger than " + Limits.MAX_FILE_BYTES / (1024 * 1024) + " MB",
                    "split the export into smaller files and import them one after the other");
            return null;
        }
        String text = decode(Files.readAllBytes(path), file, d);
        if (text == null) {
            return null;
        }
        int[] lineStarts = lineStarts(text);
        int skipped = 0;
        char delimiter;
        if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4 && isLineEnd(text, 5)) {
            // Excel writes and reads this first line to say which delimiter the file uses.
            delimiter = text.charAt(4);
            skipped = text.charAt(5) == '\r' && text.length() > 6 && text.charAt(6) == '\n' ? 7 : 6;
        } else {
            delimiter = sniff(text);
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        List<String> header = null;
        int headerLine = 0;
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(skipped)), format)) {
            for (CSVRecord record : parser) {
                int offset = skipped + (int) record.getCharacterPosition();
                while (offset < text.length() && (text.charAt(offset) == '\r' || text.charAt(offset) == '\n')) {
                    offset++; // the position may be that of the empty lines before the record
                }
                int line = lineOf(lineStarts, offset);
                if (record.size() > Limits.MAX_COLUMNS) {
                    d.error(
                            new SourceSpan(file, line, Limits.MAX_COLUMNS + 1),
                            "import-limit",
                            "this row has more than " + Limits.MAX_COLUMNS + " columns");
                    return null;
                }
                List<String> values = record.toList();
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i).length() > Limits.MAX_CELL_CHARS) {
                        d.error(
                                new SourceSpan(file, line, i + 1),
                                "import-limit",
                                "this cell holds more than " + Limits.MAX_CELL_CHARS + " characters");
                        return null;
                    }
                }
                if (header == null) {
                    header = values;
                    headerLine = line;
                    continue;
                }
                if (values.size() == 1 && header.size() > 1) {
                    // A line without a single delimiter in a file of many columns is no data row:
                    // Salesforce ends its report exports with such lines (title, copyright).
                    continue;
                }
                Table.Row row = new Table.Row(
                        line, values.stream().map(Table.Cell::text).toList());
                if (row.isBlank()) {
                    continue;
                }
                if (rows.size() >= Limits.MAX_ROWS) {
                    d.error(
                            new SourceSpan(file, line, 1),
                            "import-limit",
                            "the file has more than " + Limits.MAX_ROWS + " rows",
                            "split the export into smaller files and import them one after the other");
                    return null;
                }
                rows.add(row);
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            // Commons CSV stops at a quote that is never closed; it says where in its message only.
            d.error(
                    new SourceSpan(file, errorLine(e, lineStarts, text), 1),
                    "csv-syntax",
                    "the CSV file cannot be read: a quoted value is not closed",
                    "every value that starts with \" must end with \"; a \" inside a value is written \"\"");
            return null;
        }
        if (header == null) {
            d.error(SourceSpan.file(file), "csv-syntax", "the file is empty", "export the accounts with a header row");
            return null;
        }
        return new Table(file, headerLine, header, rows, false, false);
    }

    /** UTF-8 (a BOM is dropped), or UTF-16 with a BOM; null when the bytes are neither (reported). */
    static String decode(byte[] bytes, String file, Diagnostics d) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            d.error(
                    SourceSpan.file(file),
                    "csv-encoding",
                    "the file is not UTF-8 text",
                    "in Excel, save it with 'CSV UTF-8 (comma delimited)'; in other tools choose the UTF-8 encoding");
            return null;
        }
    }

    /** The delimiter the header line uses most, outside quotes; a comma when it has none. */
    static char sniff(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < DELIMITERS.length; k++) {
                    if (c == DELIMITERS[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < DELIMITERS.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return DELIMITERS[best];
    }

    private static boolean isLineEnd(String text, int i) {
        return i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
    }

    /** Where each line starts; a line ends at CRLF, LF or CR. */
    static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** The 1-based line of character {@code offset}. */
    static int lineOf(int[] lineStarts, int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Commons CSV says "(line N)" in its message; the line of the value that was never closed. */
    private static int errorLine(Exception e, int[] lineStarts, String text) {
        String m = String.valueOf(e.getMessage());
        java.util.regex.Matcher found =
                java.util.regex.Pattern.compile("line (\\d+)").matcher(m);
        int line = 0;
        while (found.find()) {
            line = Integer.parseInt(found.group(1));
        }
        return Math.max(1, Math.min(line, lineStarts.length));
    }
}
