package io.keyplan.intake;

import java.math.BigDecimal;
import java.util.List;

/**
 * A CSV file or the first sheet of a workbook, read into memory: the header and every data row
 * with the place it came from, so that every message can point at the row and the column.
 *
 * @param file        the file as the user typed it
 * @param headerLine  the line (CSV) or row number (.xlsx) of the header
 * @param spreadsheet true for .xlsx: rows are row numbers and columns have letters
 * @param date1904    the workbook counts dates from 1904 (old Mac Excel)
 */
public record Table(
        String file, int headerLine, List<String> header, List<Row> rows, boolean spreadsheet, boolean date1904) {
    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One data row; {@code line} is the line in the CSV file or the row number in the sheet. */
    public record Row(int line, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell of column {@code index} (0-based); an empty cell past the row's end. */
        public Cell cell(int index) {
            return index < cells.size() ? cells.get(index) : Cell.EMPTY;
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c.text().isBlank() && c.number() == null);
        }
    }

    /**
     * One value as the file holds it; {@code number} is set only for a numeric spreadsheet cell
     * (where a date is a serial number), null in CSV.
     */
    public record Cell(String text, BigDecimal number) {
        public static final Cell EMPTY = new Cell("", null);

        public static Cell text(String text) {
            return new Cell(text, null);
        }

        public boolean isBlank() {
            return number == null && text.isBlank();
        }
    }

    /** How messages name a column: its letter in a spreadsheet, its number in a CSV file. */
    public String columnName(int index) {
        return spreadsheet ? "column " + letters(index) : "column " + (index + 1);
    }

    /** {@code A}, {@code B}, ... {@code Z}, {@code AA}: a spreadsheet's name for column {@code index} (0-based). */
    static String letters(int index) {
        StringBuilder b = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            b.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return b.toString();
    }
}
