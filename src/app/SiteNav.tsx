import { useEffect, useRef, useState } from 'react';
import { hrefTo } from '../ui/url/keys';
import type { ViewDefinition } from './views';

interface SiteNavProps {
  views: readonly ViewDefinition[];
  current: ViewDefinition;
  onChoose(view: ViewDefinition): void;
}

/**
 * The views. On a wide screen every view is a link in one bar; on a phone the bar is one row, a menu
 * button naming the current view, so the page's own content (the map) starts on the first screen.
 * Escape closes the menu and returns focus to its button.
 */
export function SiteNav({ views, current, onChoose }: SiteNavProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <nav className="site-nav" aria-label="Views">
      <button
        ref={button}
        type="button"
        className="nav-toggle"
        aria-expanded={open}
        aria-controls="site-nav-list"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="nav-toggle-icon">
          {open ? '✕' : '☰'}
        </span>{' '}
        Menu<span className="nav-toggle-current">: {current.label}</span>
      </button>
      <ul id="site-nav-list" className={open ? 'open' : undefined}>
        {views.map((v) => (
          <li key={v.id}>
            <a
              href={hrefTo(v.id)}
              aria-current={v.id === current.id ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                setOpen(false);
                onChoose(v);
              }}
            >
              {v.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
