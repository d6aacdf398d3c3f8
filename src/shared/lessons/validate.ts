/**
 * Validate the lesson files of a config bundle (`lessons/<id>.json`): JSON, the schema, then the
 * cross-field rules. Used by validateConfigFiles (config:check, console, publish) and by the
 * server when it lists and serves lessons.
 */
import * as v from 'valibot';
import { parseJsonText } from '../config/json-text';
import { lessonProblems } from './check';
import { isLessonFile, lessonIdOf } from './files';
import { type Lesson, LessonSchema } from './schema';

export interface LessonFileProblem {
  file: string;
  path: string;
  message: string;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const { key } of issue.path ?? []) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** One lesson file's lesson, or its problems. */
export function validateLessonFile(
  file: string,
  text: string,
): { lesson: Lesson; problems?: undefined } | { problems: LessonFileProblem[] } {
  const id = lessonIdOf(file);
  if (id === undefined)
    return {
      problems: [
        {
          file,
          path: '',
          message:
            'a lesson file is named lessons/<id>.json, the id 2 to 40 lowercase letters a–z, digits and dashes, like lessons/big-text.json',
        },
      ],
    };
  const json = parseJsonText(text);
  if (!json.ok) return { problems: [{ file, path: '', message: json.message }] };
  const result = v.safeParse(LessonSchema, json.value, { abortEarly: false });
  if (!result.success) {
    const seen = new Set<string>();
    const problems: LessonFileProblem[] = [];
    for (const issue of result.issues) {
      const problem = { file, path: pathOf(issue), message: issue.message };
      const key = `${problem.path}\0${problem.message}`;
      if (!seen.has(key)) problems.push(problem);
      seen.add(key);
    }
    return { problems };
  }
  const problems = lessonProblems(result.output, id).map((p) => ({ file, ...p }));
  return problems.length > 0 ? { problems } : { lesson: result.output };
}

/** Every lesson in a bundle's files, sorted by their order, and every problem found. */
export function validateLessonFiles(files: Record<string, string>): {
  lessons: Lesson[];
  problems: LessonFileProblem[];
} {
  const lessons: Lesson[] = [];
  const problems: LessonFileProblem[] = [];
  for (const name of Object.keys(files).filter(isLessonFile).sort()) {
    const outcome = validateLessonFile(name, files[name] as string);
    if (outcome.problems) problems.push(...outcome.problems);
    else lessons.push(outcome.lesson);
  }
  lessons.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  return { lessons, problems };
}

/** What the lesson list needs of each lesson: no screens, so it stays small. */
export interface LessonListing {
  id: string;
  order: number;
  icon: Lesson['icon'];
  title: Lesson['title'];
  summary: Lesson['summary'];
  steps: number;
}

/** The lesson list served at /lessons/index.json. */
export interface LessonIndex {
  /** The config version the lessons belong to. */
  version: string;
  lessons: LessonListing[];
}

export const listingOf = (lesson: Lesson): LessonListing => ({
  id: lesson.id,
  order: lesson.order,
  icon: lesson.icon,
  title: lesson.title,
  summary: lesson.summary,
  steps: lesson.steps.length,
});
