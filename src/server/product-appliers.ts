/**
 * The product's entry kinds, composed in one place: each feature defines its handlers, and this
 * file (not sync) names them, so the registry module never imports the features it serves.
 * A new flow adds its handlers here.
 */
import { classHandlers } from './classes/classes.appliers';
import { presenterHandlers } from './classes/presenter.appliers';
import { type HelpSource, helpHandlers } from './help/help.appliers';
import { type SubsidiesSource, subsidyApplyHandlers } from './help/subsidy-apply.appliers';
import { lessonHandlers } from './lessons/lesson-progress.appliers';
import { type CanteenSource, mealHandlers } from './meals/meals.appliers';
import { type ApplierRegistry, applierRegistry, type EntryHandler } from './sync/appliers';

/** What the product's appliers read besides the database: the canteen, for the meal kinds. */
export interface ProductDeps {
  canteen?: CanteenSource;
  /** The centre's help.json, for the service-request categories. */
  help?: HelpSource;
  /** The centre's subsidies.json, for 帮我申请's programmes and documents. */
  subsidies?: SubsidiesSource;
}

/**
 * The product's kinds: meals (booking, cancelling), help (calls, requests), lesson progress,
 * 帮我申请 (an appointment request in help's queue) and class check-ins.
 */
export function productAppliers(deps: ProductDeps = {}): EntryHandler[] {
  return [
    ...mealHandlers(deps.canteen ?? (() => undefined)),
    ...helpHandlers(deps.help ?? (() => undefined)),
    ...lessonHandlers(),
    ...subsidyApplyHandlers(deps.subsidies ?? (() => undefined)),
    ...classHandlers(),
    ...presenterHandlers(),
  ];
}

/** The server's registry: the product's kinds, plus `extra` (tests register their own kinds). */
export function createApplierRegistry(
  extra: readonly EntryHandler[] = [],
  deps: ProductDeps = {},
): ApplierRegistry {
  return applierRegistry([...productAppliers(deps), ...extra]);
}
