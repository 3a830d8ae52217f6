import { createContext, useContext } from 'react';
import type { DashboardData } from '../data/useDashboardData';

// The shell's data, for shared parts that a view renders without threading the index through every
// layout (the ward panel's plain-English story on the map). Views still get `data` as a prop.
export const DashboardDataContext = createContext<DashboardData | null>(null);

export function useDashboardDataContext(): DashboardData | null {
  return useContext(DashboardDataContext);
}
