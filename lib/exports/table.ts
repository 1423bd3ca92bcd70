import { stringify } from "csv-stringify/sync";
import writeXlsxFile, { type Row as SheetRow } from "write-excel-file/node";

// One table, two files. CSV is for machines: a decimal point, a header row, one figure per
// cell, so that anyone can recompute every IKM from the sums and counts. XLSX is for people:
// numbers are numbers, so a spreadsheet shows them in its own locale (75,00 in Indonesian)
// and separates the columns whatever its list separator.

export type TableColumn = {
  name: string;
  /** A figure shown with this many decimals (the CSV writes exactly these). */
  decimals?: number;
  /** Width in characters in the spreadsheet. */
  width?: number;
};

export type Cell = string | number | null;

export type Table = {
  /** The spreadsheet's sheet name. */
  sheet: string;
  columns: ReadonlyArray<TableColumn>;
  rows: ReadonlyArray<Readonly<Record<string, Cell>>>;
};

function csvCell(column: TableColumn, value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && column.decimals !== undefined) {
    return value.toFixed(column.decimals);
  }
  return String(value);
}

/** Header row first; a table without rows is its header row alone. */
export function tableToCsv(table: Table): string {
  const names = table.columns.map((column) => column.name);
  const rows = table.rows.map((row) =>
    table.columns.map((column) => csvCell(column, row[column.name])),
  );
  return stringify([names, ...rows]);
}

function sheetCell(column: TableColumn, value: Cell | undefined) {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    const format = column.decimals ? `0.${"0".repeat(column.decimals)}` : "0";
    return { value, type: Number, format };
  }
  return { value, type: String };
}

/** The same table as an .xlsx workbook of one sheet, its header row bold and kept in view. */
export async function tableToXlsx(table: Table): Promise<Buffer> {
  const header: SheetRow = table.columns.map((column) => ({
    value: column.name,
    type: String,
    fontWeight: "bold" as const,
  }));
  const rows: SheetRow[] = table.rows.map((row) =>
    table.columns.map((column) => sheetCell(column, row[column.name])),
  );
  return writeXlsxFile([header, ...rows], {
    sheet: table.sheet,
    stickyRowsCount: 1,
    columns: table.columns.map((column) => ({ width: column.width ?? 12 })),
  }).toBuffer();
}
