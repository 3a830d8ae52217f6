// What the column-mapping form's choices make of the dashboard's proposed mapping. Pure: no React, no DOM.
import type { ColumnMapping } from '../../ingest';

/** The form's choices: a column name for each role ('' for none), the typed period, the value columns, and "import anyway". */
export interface MappingChoices {
  areaCode: string;
  areaName: string;
  period: string;
  fixedPeriod: string;
  category: string;
  sex: string;
  age: string;
  values: string[];
  anyway: boolean;
}

/** The choices the form opens with: the proposal's, '' where it proposes none. */
export function initialChoices(proposal: ColumnMapping): MappingChoices {
  return {
    areaCode: proposal.areaCode ?? '',
    areaName: proposal.areaName ?? '',
    period: proposal.period ?? '',
    fixedPeriod: proposal.fixedPeriod ?? '',
    category: proposal.category ?? '',
    sex: proposal.sex ?? '',
    age: proposal.age ?? '',
    values: proposal.values.map((v) => v.column),
    anyway: false,
  };
}

/** The header's columns that have a name (only those can be chosen). */
export function namedColumns(header: readonly string[]): string[] {
  return header.filter((h) => h.trim() !== '');
}

/** An import needs an area column (code or name) and at least one value column. */
export function mappingValid(choices: Pick<MappingChoices, 'areaCode' | 'areaName' | 'values'>): boolean {
  return Boolean(choices.areaCode || choices.areaName) && choices.values.length > 0;
}

/** The value columns after ticking (`checked`) or unticking `column`; a ticked column goes last. */
export function toggledValues(values: readonly string[], column: string, checked: boolean): string[] {
  return checked ? [...values, column] : values.filter((v) => v !== column);
}

/**
 * The mapping to import with: the proposal with the chosen columns. Value columns keep what the proposal said of
 * them (a new one is named after its column); without a period column the typed period is written on every row;
 * a changed category column drops the proposed category type; count, denominator and limits need exactly one value column.
 */
export function chosenMapping(proposal: ColumnMapping, choices: MappingChoices): ColumnMapping {
  const { areaCode, areaName, period, fixedPeriod, category, sex, age, values, anyway } = choices;
  const byColumn = new Map(proposal.values.map((v) => [v.column, v]));
  const mapping: ColumnMapping = {
    ...proposal,
    areaCode: areaCode || null,
    areaName: areaName || null,
    period: period || null,
    category: category || null,
    sex: sex || null,
    age: age || null,
    values: values.map((column) => byColumn.get(column) ?? { column, indicatorId: column, name: column }),
  };
  if (!period) mapping.fixedPeriod = fixedPeriod.trim();
  if (category !== proposal.category) delete mapping.categoryType;
  if (values.length !== 1) {
    mapping.count = null;
    mapping.denominator = null;
    mapping.lower95 = null;
    mapping.upper95 = null;
  }
  if (anyway) mapping.allowDuplicates = true;
  return mapping;
}
