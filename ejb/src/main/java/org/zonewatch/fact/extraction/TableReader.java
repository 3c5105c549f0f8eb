package org.zonewatch.fact.extraction;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.zonewatch.units.Decimals;

/**
 * Reads a table (TAB-separated rows, the first one the header) per SPEC §5.12: every numeric data cell
 * is a fact; a growth column attaches as changePct to the amount of its row; bare cells take unit and
 * multiplier from the header's parenthesis.
 */
final class TableReader {

    private static final Pattern GROWTH = Pattern.compile("增长|增速|增幅|下降|同比|环比|变化");
    private static final Pattern GENERIC_HEADER = Pattern.compile("^(数值|数量|金额|指标|数据|数|值|规模|合计)$");
    private static final Pattern PERIOD_LABEL = Pattern.compile(
            "^(\\d{4}年.*|\\d{1,2}(?:[-—至]\\d{1,2})?月.*|.*季度|[上下]半年|今年|去年|全年|上年)$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^[-−－+]?[0-9０-９][0-9０-９.．,， \u2009\u202F\u00A0]*$");
    private static final Pattern DASH = Pattern.compile("^[—\\-–－/]*$");

    private final QuantityScanner scanner;

    TableReader(QuantityScanner scanner) {
        this.scanner = scanner;
    }

    /** Reads the rows of one table, whose first row starts at {@code tableStart} in the cleaned text. */
    void read(List<String> rows, int tableStart, List<ExtractedFact> facts, List<UnreadableNumber> unreadable,
              Budget budget) {
        // the columns read once per table, not once per cell: a long header made a table quadratic
        List<Column> columns = Arrays.stream(rows.get(0).split("\t", -1)).map(Column::of).toList();
        int rowStart = tableStart + rows.get(0).length() + 1;
        for (int r = 1; r < rows.size(); rowStart += rows.get(r).length() + 1, r++) {
            budget.check();
            String row = rows.get(r);
            String[] cells = row.split("\t", -1);
            String label = nameIn(cells[0]);
            String sentence = Sentences.row(row);
            int amountIndex = -1;
            int cellStart = rowStart + cells[0].length() + 1;
            for (int c = 1; c < cells.length; cellStart += cells[c].length() + 1, c++) {
                Column column = c < columns.size() ? columns.get(c) : Column.of("");
                TextSpan span = trimmed(cells[c], cellStart);
                Optional<Cell> cell = cell(cells[c].strip(), span, column, unreadable);
                if (cell.isEmpty()) {
                    continue;
                }
                if (column.growth()) {
                    if (amountIndex >= 0 && facts.get(amountIndex).changePct() == null) {
                        facts.set(amountIndex, facts.get(amountIndex).withChangePct(Decimals.plain(cell.get().value())));
                    }
                    continue;
                }
                facts.add(new ExtractedFact(metric(label, column), cell.get().value(), cell.get().valueMax(),
                        cell.get().unit(), cell.get().approximate(), null, null, null, sentence, period(label, column),
                        span));
                amountIndex = facts.size() - 1;
            }
        }
    }

    /**
     * A row's label or a column's name as read: its first {@link Sentences#MAX_CLAUSE} characters. A longer one names
     * nothing, and read whole for each of its cells it made a table quadratic in its length.
     */
    private static String nameIn(String cell) {
        String name = cell.strip();
        return name.length() <= Sentences.MAX_CLAUSE ? name : name.substring(0, Sentences.MAX_CLAUSE);
    }

    /** The cell's text without the blanks around it, where it stands in the cleaned text. */
    private static TextSpan trimmed(String cell, int cellStart) {
        int from = 0;
        int to = cell.length();
        while (from < to && Character.isWhitespace(cell.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(cell.charAt(to - 1))) {
            to--;
        }
        return new TextSpan(cellStart + from, cellStart + to);
    }

    /** Rows or columns named by a period (2021年, 1-7月) state the fact's period. */
    private static String period(String label, Column column) {
        return PERIOD_LABEL.matcher(label).matches() ? label
                : PERIOD_LABEL.matcher(column.name()).matches() ? column.name() : null;
    }

    private static String metric(String label, Column column) {
        if (PERIOD_LABEL.matcher(label).matches()) {
            return column.name();
        }
        if (GENERIC_HEADER.matcher(column.name()).matches() || PERIOD_LABEL.matcher(column.name()).matches()
                || label.contains(column.name())) {
            return label;
        }
        return label + column.name();
    }

    private Optional<Cell> cell(String text, TextSpan span, Column column, List<UnreadableNumber> unreadable) {
        if (DASH.matcher(text).matches()) {
            return Optional.empty();
        }
        String numeral = text.endsWith("%") || text.endsWith("％") ? text.substring(0, text.length() - 1) : text;
        if (BARE_NUMBER.matcher(numeral).matches()) {
            Optional<BigDecimal> bare = NumberReader.parse(numeral);
            boolean percent = !numeral.equals(text) || "%".equals(column.unit());
            if (bare.isEmpty()) {
                if (percent || column.unit() != null) {
                    unreadable.add(new UnreadableNumber(text, span)); // 3,40 under 进出口额（万元）
                }
                return Optional.empty();
            }
            if (percent) {
                return Optional.of(new Cell(bare.get(), null, "%", false));
            }
            if (column.unit() == null) {
                return Optional.empty();
            }
            return Optional.of(new Cell(Decimals.plain(bare.get().multiply(column.multiplier())), null,
                    column.unit(), false));
        }
        List<Quantity> quantities = scanner.scan(text, span.start(), unreadable);
        if (quantities.size() != 1 || !quantities.get(0).fact()) {
            return Optional.empty();
        }
        Quantity q = quantities.get(0);
        String unit = q.kind() == Quantity.Kind.TIMES ? "%" : q.unit();
        return Optional.of(new Cell(q.value(), q.valueMax(), unit, q.approximate()));
    }

    private record Cell(BigDecimal value, BigDecimal valueMax, String unit, boolean approximate) {
    }

    /** A column header: the quantity it names, and the unit and multiplier in its parenthesis. */
    private record Column(String name, String unit, BigDecimal multiplier, boolean growth) {

        static Column of(String header) {
            String h = header.strip();
            int open = unitOpening(h);
            String name = nameIn(open >= 0 ? h.substring(0, open) : h);
            String unit = null;
            BigDecimal multiplier = BigDecimal.ONE;
            if (open >= 0) {
                String inside = h.substring(open + 1, h.length() - 1).strip();
                int k = 0;
                while (k < inside.length() && "十百千万亿萬億".indexOf(inside.charAt(k)) >= 0) {
                    k++;
                }
                if (k > 0) {
                    multiplier = NumberReader.parse("1" + inside.substring(0, k)).orElse(BigDecimal.ONE);
                }
                unit = inside.substring(k);
                if (unit.equals("％")) {
                    unit = "%";
                }
                if (unit.startsWith("元")) {
                    unit = "元";
                }
            }
            return new Column(name, unit == null || unit.isEmpty() ? null : unit, multiplier,
                    GROWTH.matcher(name).find());
        }

        /**
         * Where the parenthesis that ends the header opens (进出口额（万元）), or -1: the first opening after the
         * previous closing. Found in one pass from the end, since a pattern for it backtracked to quadratic time.
         */
        private static int unitOpening(String header) {
            int close = header.length() - 1;
            if (close < 0 || "）)".indexOf(header.charAt(close)) < 0) {
                return -1;
            }
            int open = -1;
            for (int k = close - 1; k >= 0 && "）)".indexOf(header.charAt(k)) < 0; k--) {
                if ("（(".indexOf(header.charAt(k)) >= 0) {
                    open = k;
                }
            }
            return open;
        }
    }
}
