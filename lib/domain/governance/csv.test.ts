import { describe, expect, it } from "vitest";
import { csvCell, csvRow, toCsv } from "./csv";

describe("csvCell", () => {
  it("leaves plain text alone and writes missing values as empty cells", () => {
    expect(csvCell("ae.doctor")).toBe("ae.doctor");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(false)).toBe("false");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling embedded quotes", () => {
    expect(csvCell("Smith, Jo")).toBe('"Smith, Jo"');
    expect(csvCell('said "now"')).toBe('"said ""now"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("quotes leading and trailing spaces so spreadsheets keep them", () => {
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell("padded ")).toBe('"padded "');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://example.invalid")')).toBe('"\'=HYPERLINK(""http://example.invalid"")"');
    expect(csvCell("+1+2")).toBe("'+1+2");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
  });

  it("does not touch a formula character that is not first", () => {
    expect(csvCell("reason: a=b")).toBe("reason: a=b");
  });
});

describe("toCsv", () => {
  it("starts with a byte order mark, puts the header first and ends every row with CRLF", () => {
    const csv = toCsv(
      ["Name", "Note"],
      [
        ["Jo", "fine"],
        ["Sam, Lee", null],
      ],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe('Name,Note\r\nJo,fine\r\n"Sam, Lee",\r\n');
  });

  it("writes only the header row when there are no rows", () => {
    expect(toCsv(["A", "B"], [])).toBe("\uFEFFA,B\r\n");
  });

  it("joins a row's cells with commas", () => {
    expect(csvRow(["a", 1, null, "=x"])).toBe("a,1,,'=x");
  });
});
