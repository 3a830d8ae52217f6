import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { type ViewProps } from '../ui/viewProps';
import type { ViewId } from '../ui/url/keys';

export interface ViewDefinition {
  id: ViewId;
  /** The words in the navigation bar. */
  label: string;
  component: LazyExoticComponent<ComponentType<ViewProps>>;
  /** False for views that work without the bundled figures (About, Import), so they still open when the figures file fails. */
  needsFigures?: false;
}

// Views not shown are not downloaded: each is its own chunk.
export const VIEWS: ViewDefinition[] = [
  { id: 'map', label: 'Ward map', component: lazy(() => import('../features/map/MapView')) },
  { id: 'priorities', label: 'Priorities', component: lazy(() => import('../features/priorities/PrioritiesView')) },
  { id: 'overview', label: 'All wards at a glance', component: lazy(() => import('../features/overview/OverviewView')) },
  { id: 'explorer', label: 'Indicator explorer', component: lazy(() => import('../features/explorer/ExplorerView')) },
  { id: 'profile', label: 'Ward profile', component: lazy(() => import('../features/profile/ProfileView')) },
  { id: 'inequality', label: 'Inequality gradient', component: lazy(() => import('../features/inequality/InequalityView')) },
  { id: 'groups', label: 'Ward groups', component: lazy(() => import('../features/groups/GroupsView')) },
  { id: 'briefing', label: 'Briefing', component: lazy(() => import('../features/briefing/BriefingView')) },
  { id: 'trends', label: 'Trends', component: lazy(() => import('../features/trends/TrendsView')) },
  { id: 'authorities', label: 'York among authorities', component: lazy(() => import('../features/authorities/AuthoritiesView')) },
  { id: 'import', label: 'Import data', component: lazy(() => import('../features/import/ImportView')), needsFigures: false },
  { id: 'about', label: 'About the data', component: lazy(() => import('../features/about/AboutView')), needsFigures: false },
];

/** The views offered in this build: a published read-only snapshot has no import page. */
export const AVAILABLE_VIEWS: ViewDefinition[] = __READ_ONLY__ ? VIEWS.filter((v) => v.id !== 'import') : VIEWS;

export function findView(id: ViewId | undefined): ViewDefinition {
  return AVAILABLE_VIEWS.find((v) => v.id === id) ?? (AVAILABLE_VIEWS[0] as ViewDefinition);
}
