// The explorer's download: its table as CSV (numbers unrounded, missing values empty, never 0) and the
// names of the CSV and PNG files. Pure: no React, no DOM.
import { toSafeCsv } from '../../ingest';
import { distinguishingLabel } from '../../core/breakdown';
import type { ExplorerModel } from './model';

export const CSV_HEADER = [
  'Area code',
  'Area name',
  'Area type',
  'Indicator',
  'Time period',
  'Unit',
  'Value',
  'Lower 95% confidence limit',
  'Upper 95% confidence limit',
  'Count',
  'Denominator',
  'Rank (1 = highest)',
  'Compared with',
  'Benchmark value',
  'Comparison',
  'Value note',
  // The breakdown every row belongs to: a download never mixes sexes, ages or categories.
  'Sex',
  'Age',
  'Category type',
  'Category',
];

/** The table's rows as CSV cells: numbers unrounded, missing values empty (never 0). */
export function explorerCsvRows(model: ExplorerModel): (string | number | null)[][] {
  const benchmarkValue = model.benchmark?.row.value ?? null;
  return [
    CSV_HEADER,
    ...model.rows.map((r) => [
      r.code,
      r.name,
      model.areaSingular,
      model.meta.name,
      model.period,
      model.meta.unit,
      r.value,
      r.lower95,
      r.upper95,
      r.count,
      r.denominator,
      r.rank,
      model.benchmark?.name ?? '',
      benchmarkValue,
      r.value === null ? 'No data' : r.outcome === 'not-compared' ? `Not compared (${r.notComparedReason})` : r.style.label,
      r.missingNote,
      model.breakdown.sex,
      model.breakdown.age,
      model.breakdown.categoryType,
      model.breakdown.category,
    ]),
  ];
}

/** CSV safe to open in a spreadsheet (formula-like names neutralised), with a BOM so Excel reads UTF-8. */
export function explorerCsv(model: ExplorerModel): string {
  return `\uFEFF${toSafeCsv(explorerCsvRows(model))}`;
}

export function explorerFileName(model: ExplorerModel, extension: 'csv' | 'png'): string {
  const slug = (text: string) => text.replace(/[^A-Za-z0-9-]+/g, '-');
  const label = distinguishingLabel(model.breakdown, model.breakdowns);
  return `${model.meta.id}-${model.geography}${label ? `-${slug(label).toLowerCase()}` : ''}-${slug(model.period)}.${extension}`;
}
