/** The draft's problems by field, and which settings page each belongs to. */
import type { ConfigProblem } from '../../shared/config/validate';
import { problems } from './draft';
import { type Path, pathText } from './paths';

/** The problem messages for exactly this field ("" path: the whole file). */
export function messagesAt(file: string, path: Path): string[] {
  const at = pathText(path);
  return problems.value.filter((p) => p.file === file && p.path === at).map((p) => p.message);
}

/** The first problem message for exactly this field, if any. */
export function messageAt(file: string, path: Path): string | undefined {
  return messagesAt(file, path)[0];
}

/** How many problems lie at or below this path. */
export function countUnder(file: string, path: Path): number {
  const at = pathText(path);
  return problems.value.filter(
    (p) =>
      p.file === file &&
      (at === '' || p.path === at || p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`)),
  ).length;
}

/** The settings pages, in the order of their tabs. */
export const SECTIONS = [
  'centre',
  'kiosk',
  'voice',
  'help',
  'subsidies',
  'languages',
  'publish',
] as const;
export type Section = (typeof SECTIONS)[number];

/** The page where staff fix a problem; null for a file these pages do not edit (meals.json). */
export function sectionOf(problem: ConfigProblem): Section | null {
  if (problem.file === 'centre.json') return 'centre';
  if (problem.file === 'help.json') return 'help';
  if (problem.file === 'subsidies.json') return 'subsidies';
  if (problem.file !== 'kiosk.json') return null;
  if (problem.path.startsWith('languages')) return 'languages';
  if (problem.path.startsWith('voice')) return 'voice';
  return 'kiosk';
}
