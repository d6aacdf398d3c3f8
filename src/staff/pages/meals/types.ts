/** What /api/meals answers, as the console reads it: the shapes are shared with the server. */
export type {
  MealReport,
  Money,
  ReportDay,
  RosterLine,
  RosterStatus as BookingStatus,
  SittingRoster,
} from '../../../shared/meals/api-types';
