import type { Palette } from '../../core/outcomes';
import type { NamedArea } from '../../domain/place';
import { PaletteSelect } from '../../ui/controls';

interface WardPickerProps {
  /** The wards, in the order listed (by name). */
  wards: readonly NamedArea[];
  /** The ward shown, or '' for none yet (a link named an unknown ward). */
  wardCode: string;
  palette: Palette;
  onWard(code: string): void;
  onPalette(changes: { palette: Palette }): void;
}

/** "Choose a ward": the ward list and the colours. */
export function WardPicker({ wards, wardCode, palette, onWard, onPalette }: WardPickerProps) {
  return (
    <section className="controls" aria-label="Choose a ward">
      <label>
        Ward
        <select value={wardCode} onChange={(e) => onWard(e.target.value)}>
          {wardCode === '' && (
            <option value="" disabled>
              Choose a ward
            </option>
          )}
          {wards.map((w) => (
            <option key={w.code} value={w.code}>
              {w.name}
            </option>
          ))}
        </select>
      </label>
      <PaletteSelect palette={palette} setUrl={onPalette} />
    </section>
  );
}
