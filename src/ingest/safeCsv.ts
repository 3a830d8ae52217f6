// CSV for downloads, safe to open in a spreadsheet.

/** First characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

function stringCell(s: string): string {
  let v = s;
  if (v.length > 0 && FORMULA_START.has(v[0]!)) v = `'${v}`;
  // Quote when the cell holds a delimiter, quote or line break, or begins or ends with a
  // space (which some readers would otherwise trim).
  if (/[",\r\n]/.test(v) || v !== v.trim()) return `"${v.replace(/"/g, '""')}"`;
  return v;
}

function numberCell(n: number): string {
  if (!Number.isFinite(n)) return '';
  // Numbers stay numbers, negative ones included: the sign is not a formula.
  return Object.is(n, -0) ? '0' : String(n);
}

/**
 * Writes rows as RFC 4180 CSV (CRLF line ends). Strings that begin with = + - @ tab or
 * carriage return get a leading apostrophe so spreadsheets show them as text instead of
 * running them; numbers are written as numbers (so -3.2 stays a number); null, NaN and
 * ±Infinity become empty cells. Prepend '\uFEFF' if Excel must detect UTF-8.
 */
export function toSafeCsv(rows: (string | number | null)[][]): string {
  const lines: string[] = [];
  for (const row of rows) {
    const cells: string[] = [];
    for (const cell of row) {
      if (cell === null || cell === undefined) cells.push('');
      else if (typeof cell === 'number') cells.push(numberCell(cell));
      else cells.push(stringCell(String(cell)));
    }
    lines.push(cells.join(','));
  }
  return lines.length ? `${lines.join('\r\n')}\r\n` : '';
}
