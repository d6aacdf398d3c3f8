/**
 * The subsidy check's screen names, for the router. The screens themselves load on demand with
 * the flow (index.ts, named in app/screens.tsx), so only their names are in the first load.
 */
export type SubsidyScreenId =
  | 'subsidies'
  | 'subsidies-local'
  | 'subsidies-category'
  | 'subsidies-disability'
  | 'subsidies-answer'
  | 'subsidies-mine'
  | 'subsidies-applied';
