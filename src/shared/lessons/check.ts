/**
 * The rules of a lesson that span fields, checked after its schema passes: every id on a screen
 * is unique, the step's target (and a drag's drop) is an item on that step's own screen, and the
 * file is named for the lesson's id. Each problem names its path, like the schema's.
 */
import type { Lesson, LessonStep } from './schema';

export interface LessonProblem {
  path: string;
  message: string;
}

function stepProblems(step: LessonStep, at: string): LessonProblem[] {
  const problems: LessonProblem[] = [];
  const ids: string[] = [];
  step.screen.elements.forEach((element, e) => {
    (element.items ?? []).forEach((item, i) => {
      if (ids.includes(item.id))
        problems.push({
          path: `${at}.screen.elements[${e}].items[${i}].id`,
          message: `the id "${item.id}" is used twice on this screen — give each item its own id`,
        });
      ids.push(item.id);
    });
  });
  const onScreen =
    ids.length === 0 ? 'this screen has no items' : `its items are ${ids.join(', ')}`;
  if (!ids.includes(step.target))
    problems.push({
      path: `${at}.target`,
      message: `"${step.target}" is not an item on this step's screen — ${onScreen}`,
    });
  const gesture = step.gesture ?? 'tap';
  if (gesture === 'drag') {
    if (step.dropOn === undefined)
      problems.push({
        path: `${at}.dropOn`,
        message: 'a "drag" step needs "dropOn": the id of the item the target is dragged onto',
      });
    else if (step.dropOn === step.target || !ids.includes(step.dropOn))
      problems.push({
        path: `${at}.dropOn`,
        message: `"${step.dropOn}" must be another item on this step's screen — ${onScreen}`,
      });
  } else if (step.dropOn !== undefined)
    problems.push({
      path: `${at}.dropOn`,
      message: `"dropOn" is only for a "drag" step — this step's gesture is "${gesture}"; remove it`,
    });
  return problems;
}

/** Every cross-field problem of one valid-shaped lesson stored as `idFromName`. */
export function lessonProblems(lesson: Lesson, idFromName: string): LessonProblem[] {
  const problems: LessonProblem[] = [];
  if (lesson.id !== idFromName)
    problems.push({
      path: 'id',
      message: `the id "${lesson.id}" differs from the file name — name the file lessons/${lesson.id}.json or change the id to "${idFromName}"`,
    });
  lesson.steps.forEach((step, s) => {
    problems.push(...stepProblems(step, `steps[${s}]`));
  });
  return problems;
}
