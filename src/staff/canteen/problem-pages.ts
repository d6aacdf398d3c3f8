/** Which canteen page fixes a problem of meals.json: the meals and the menu, or the rest. */
import type { ConfigProblem } from '../../shared/config/validate';

export function pageOfProblem(problem: ConfigProblem): 'canteen-menu' | 'canteen-rules' {
  return /^(meals|menu)\b/.test(problem.path) ? 'canteen-menu' : 'canteen-rules';
}
