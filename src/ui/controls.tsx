import type { IndicatorMeta } from '../domain/indicators';
import type { Palette } from '../core/outcomes';
import { groupByTheme, pickerGroups } from '../core/themes';
import { URL_KEYS } from './url/keys';
import { availableGeographies, GEOGRAPHY_LABEL, type Geography } from '../core/mapModel';

/**
 * The indicator choices, grouped by theme in the Alliance's order, imported ones labelled. In a ward view
 * (`onlyLabel` given, "York and England only") indicators with ward or neighbourhood figures come first.
 */
export function IndicatorOptions({ indicators, onlyLabel }: { indicators: IndicatorMeta[]; onlyLabel?: string }) {
  const groups = onlyLabel === undefined ? groupByTheme(indicators) : pickerGroups(indicators, (m) => availableGeographies(m).length > 0, onlyLabel);
  return (
    <>
      {groups.map(([label, list]) => (
        <optgroup key={label} label={label}>
          {list.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
              {m.origin === 'imported' ? ' (imported)' : ''}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/**
 * The palette switch every view offers: colour-blind-safe by default (no URL parameter), Fingertips'
 * colours on request (`palette=rag`).
 */
export function PaletteSelect({ palette, setUrl }: { palette: Palette; setUrl: (changes: { palette: Palette }) => void }) {
  return (
    <label>
      Colours
      <select value={palette} onChange={(e) => setUrl({ palette: URL_KEYS.palette.parse(e.target.value) })}>
        <option value="colour-blind-safe">Blue and orange (colour-blind safe)</option>
        <option value="rag">Red, amber, green (as Fingertips)</option>
      </select>
    </label>
  );
}

/** "Areas": wards, MSOAs or LSOAs as radio buttons; `name` groups the radios of one page. */
export function GeographyChoice<G extends Geography>({ geographies, geography, name, onChoose }: { geographies: readonly G[]; geography: G; name: string; onChoose: (g: G) => void }) {
  if (geographies.length === 0) return null;
  return (
    <fieldset>
      <legend>Areas</legend>
      {geographies.map((g) => (
        <label key={g} className="inline">
          <input type="radio" name={name} value={g} checked={g === geography} onChange={() => onChoose(g)} />
          {GEOGRAPHY_LABEL[g].plural}
        </label>
      ))}
    </fieldset>
  );
}
