/**
 * The class check-in's screen names, for the router. The screen itself loads on demand with the
 * flow (index.ts, named in app/screens.tsx), so only its name is in the first load.
 */
export type ClassScreenId = 'class-checkin';
