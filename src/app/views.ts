import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { type ViewProps } from '../ui/viewProps';
import type { ViewId } from '../ui/url/keys';

export interface ViewDefinition {
  id: ViewId;
  /** The words in the navigation bar. */
  label: string;
  component: LazyExoticComponent<ComponentType<ViewProps>>;
  /** Starts downloading the view's code (idempotent): the page asks for it at once, beside the data. */
  preload(): Promise<unknown>;
  /** False for views that work without the bundled figures (About, Import), so they still open when the figures file fails. */
  needsFigures?: false;
}

/**
 * A view's code as its own chunk, with a way to fetch it before React first renders it. Without the preload, a view's
 * chunk was requested only once the data had arrived and the view could render: a round trip after the data that
 * the first screen's largest paint waited for.
 */
function lazyView(load: () => Promise<{ default: ComponentType<ViewProps> }>): Pick<ViewDefinition, 'component' | 'preload'> {
  let loading: Promise<{ default: ComponentType<ViewProps> }> | null = null;
  const preload = () => (loading ??= load());
  return { component: lazy(preload), preload };
}

// Views not shown are not downloaded: each is its own chunk.
export const VIEWS: ViewDefinition[] = [
  { id: 'map', label: 'Ward map', ...lazyView(() => import('../features/map/MapView')) },
  { id: 'priorities', label: 'Priorities', ...lazyView(() => import('../features/priorities/PrioritiesView')) },
  { id: 'overview', label: 'All wards at a glance', ...lazyView(() => import('../features/overview/OverviewView')) },
  { id: 'explorer', label: 'Indicator explorer', ...lazyView(() => import('../features/explorer/ExplorerView')) },
  { id: 'profile', label: 'Ward profile', ...lazyView(() => import('../features/profile/ProfileView')) },
  { id: 'inequality', label: 'Inequality gradient', ...lazyView(() => import('../features/inequality/InequalityView')) },
  { id: 'groups', label: 'Ward groups', ...lazyView(() => import('../features/groups/GroupsView')) },
  { id: 'briefing', label: 'Briefing', ...lazyView(() => import('../features/briefing/BriefingView')) },
  { id: 'trends', label: 'Trends', ...lazyView(() => import('../features/trends/TrendsView')) },
  { id: 'authorities', label: 'York among authorities', ...lazyView(() => import('../features/authorities/AuthoritiesView')) },
  { id: 'import', label: 'Import data', ...lazyView(() => import('../features/import/ImportView')), needsFigures: false },
  { id: 'about', label: 'About the data', ...lazyView(() => import('../features/about/AboutView')), needsFigures: false },
];

/** The views offered in this build: a published read-only snapshot has no import page. */
export const AVAILABLE_VIEWS: ViewDefinition[] = __READ_ONLY__ ? VIEWS.filter((v) => v.id !== 'import') : VIEWS;

export function findView(id: ViewId | undefined): ViewDefinition {
  return AVAILABLE_VIEWS.find((v) => v.id === id) ?? (AVAILABLE_VIEWS[0] as ViewDefinition);
}
