// What every view is given by the app shell.
import { type DashboardData } from '../data/useDashboardData';

export interface ViewProps {
  data: DashboardData;
}
