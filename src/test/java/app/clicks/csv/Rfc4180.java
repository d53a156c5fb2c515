package app.clicks.csv;

import java.util.ArrayList;
import java.util.List;

/** A tiny RFC 4180 reader for the tests: quoted fields (doubled quotes, CR and LF inside), rows ended by CRLF. */
public final class Rfc4180 {
  private Rfc4180() {}

  /** The rows of {@code text}; fails on what RFC 4180 does not allow (a quote inside an unquoted field, a bare LF). */
  public static List<List<String>> read(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = text.length();
    boolean quoted = false;
    boolean fieldStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r') {
            throw new IllegalArgumentException("text after a closing quote at " + i);
          }
          continue;
        }
        field.append(c);
        i++;
        continue;
      }
      if (c == '"') {
        if (!fieldStart) {
          throw new IllegalArgumentException("quote inside an unquoted field at " + i);
        }
        quoted = true;
        fieldStart = false;
        i++;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        i++;
      } else if (c == '\r') {
        if (i + 1 >= n || text.charAt(i + 1) != '\n') {
          throw new IllegalArgumentException("CR without LF at " + i);
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        fieldStart = true;
        i += 2;
      } else if (c == '\n') {
        throw new IllegalArgumentException("bare LF at " + i);
      } else {
        field.append(c);
        fieldStart = false;
        i++;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quote");
    }
    if (!fieldStart || !row.isEmpty()) {
      throw new IllegalArgumentException("the last row has no CRLF");
    }
    return rows;
  }
}
