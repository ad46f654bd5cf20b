package app.recoverydesk.web.volume;

import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.volume.LocationVolume;
import app.recoverydesk.volume.Volumes;
import app.recoverydesk.web.input.NumberInput;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file of daily volumes as people export it from a till or a booking system: {@code date,units} or
 * {@code location,date,units} a line, separated by commas, semicolons or tabs (quotes allowed), an optional header
 * line, dates in ISO ({@code 2026-11-30}) or as the reader's language writes them ({@code 30.11.2026},
 * {@code 11/30/2026}), units with the language's grouping ({@code 1 760}). Pure: the page and the API read it the
 * same way. The first bad line refuses the whole file, naming the line and the field.
 */
public final class VolumeCsv {

    /** The largest file read: ten years of days is some 80 kB; a megabyte leaves room for long location names. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** One line of data: its number in the file, the location as written (null in a two-column file), day, units. */
    public record Row(int line, String location, LocalDate day, long units) {
    }

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private VolumeCsv() {
    }

    /** Reads the file; {@code field} names the file as a whole in a refusal ({@code body}, {@code file}). */
    public static List<Row> read(byte[] content, Locale locale, String field) {
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(field, "volume.csv.tooLarge", MAX_BYTES / 1024);
        }
        String text = utf8(content, field);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        char separator = separator(lines);
        List<Row> rows = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int number = i + 1;
            List<String> cells = cells(line, separator, number, field);
            if (first && isHeader(cells)) {
                first = false;
                continue;
            }
            first = false;
            if (cells.size() != 2 && cells.size() != 3) {
                throw new InvalidInputException(field, "volume.csv.columns", number, cells.size());
            }
            if (rows.size() == Volumes.MAX_ENTRIES) {
                throw new InvalidInputException(field, "volume.tooMany", Volumes.MAX_ENTRIES);
            }
            String location = cells.size() == 3 ? cells.get(0).strip() : null;
            if (location != null && location.isEmpty()) {
                throw new InvalidInputException("location", "volume.line.location", number, "");
            }
            String date = cells.get(cells.size() - 2);
            String units = cells.get(cells.size() - 1);
            rows.add(new Row(number, location, day(date, locale).orElseThrow(
                    () -> new InvalidInputException("date", "volume.line.date", number, shown(date))),
                    units(units, locale).orElseThrow(
                            () -> new InvalidInputException("units", "volume.line.units", number, shown(units)))));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(field, "volume.empty");
        }
        return rows;
    }

    /** A day in ISO or as the language writes it with a four-digit year; empty if it is none. */
    static Optional<LocalDate> day(String text, Locale locale) {
        String s = text.strip();
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                "en".equals(locale.getLanguage()) ? SLASHED : DOTTED)) {
            try {
                // Croatian writes "30. 11. 2026." — spaces after the dots and one at the end
                return Optional.of(LocalDate.parse(format == DOTTED ? s.replace(" ", "").replaceAll("\\.$", "") : s, format));
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        return Optional.empty();
    }

    /** Units: a whole number from 0 to {@link LocationVolume#MAX_UNITS}, grouped as the language groups. */
    static Optional<Long> units(String text, Locale locale) {
        return NumberInput.whole(text, locale).filter(n -> n <= LocationVolume.MAX_UNITS);
    }

    /** The header names its columns: no cell of it holds a digit, while every data line has a date. */
    private static boolean isHeader(List<String> cells) {
        return cells.stream().noneMatch(c -> c.chars().anyMatch(Character::isDigit));
    }

    /** Semicolons or tabs where the first line has them (spreadsheets in languages with a decimal comma), else commas. */
    private static char separator(String[] lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return line.indexOf(';') >= 0 ? ';' : line.indexOf('\t') >= 0 ? '\t' : ',';
            }
        }
        return ',';
    }

    /** The cells of a line; a cell in double quotes may hold the separator, and "" stands for one quote. */
    private static List<String> cells(String line, char separator, int number, String field) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException(field, "volume.csv.quote", number);
        }
        cells.add(cell.toString());
        return cells;
    }

    /** A value as it stood, cut short for the message. */
    private static String shown(String value) {
        String s = value.strip();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String utf8(byte[] content, String field) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(field, "volume.csv.utf8");
        }
    }
}
