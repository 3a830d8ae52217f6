import { useState, type ReactNode } from 'react';

interface LazyDetailsProps {
  className?: string;
  /** Extra data attribute naming what the section holds (tests and styles find it by this). */
  dataTheme?: string;
  summary: ReactNode;
  children: ReactNode;
}

/**
 * A <details> whose content is rendered the first time it is opened, then kept. York at a glance has some
 * 1,600 elements in closed themes below the map; building them before the first paint cost a phone a
 * quarter of a second of main-thread work for content nobody sees until they open a theme.
 */
export function LazyDetails({ className, dataTheme, summary, children }: LazyDetailsProps) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} data-theme={dataTheme} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
