import type { ReactNode } from 'react';
import type { NamedArea } from '../../domain/place';
import { CONCERN_THEME, type ThemeOption } from './model';

interface PriorityControlsProps {
  themes: ThemeOption[];
  themeSlug: string;
  concernHasWardData: boolean;
  wards: readonly NamedArea[];
  wardCode: string;
  counts: Map<string, number>;
  onTheme(slug: string | null): void;
  onWard(code: string | null): void;
  /** Further controls after the two choices (the colours). */
  children?: ReactNode;
}

/** The theme and ward to rank, each ward with its number of priority findings. */
export function PriorityControls({ themes, themeSlug, concernHasWardData, wards, wardCode, counts, onTheme, onWard, children }: PriorityControlsProps) {
  return (
    <section className="controls" aria-label="Choose what to rank">
      <label>
        Theme
        <select value={themeSlug} onChange={(e) => onTheme(e.target.value || null)}>
          <option value="">All themes{concernHasWardData ? ` (${CONCERN_THEME.toLowerCase()} first)` : ''}</option>
          {themes.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.theme}
              {!t.hasWardData
                ? ' (no ward-level data yet)'
                : t.ranked === 0
                  ? ' (nothing to rank)'
                  : ` (${t.priorities} priority ${t.priorities === 1 ? 'finding' : 'findings'})`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Ward
        <select value={wardCode} onChange={(e) => onWard(e.target.value || null)}>
          <option value="">All wards</option>
          {[...wards]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((w) => (
              <option key={w.code} value={w.code}>
                {w.name} ({counts.get(w.code) ?? 0})
              </option>
            ))}
        </select>
      </label>
      {children}
    </section>
  );
}
