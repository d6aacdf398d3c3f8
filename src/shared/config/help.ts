/**
 * help.json: the emergency button's timing and the service categories an elder can ask for.
 * Optional: a centre that leaves it out cannot enable the "help" job (the fixed emergency button
 * then still tells the elder whom to phone, but does not call staff).
 *
 * The escalation webhook's address and secret are not here: this folder is sent to every kiosk,
 * so they are server settings (NUANXIN_ESCALATION_URL / NUANXIN_ESCALATION_SECRET).
 */
import * as v from 'valibot';
import {
  block,
  doc,
  LocalText,
  numberFrom,
  phoneNumber,
  quoted,
  schemaRef,
  shown,
  slug,
  yesNo,
} from './fields';

type Issue = v.BaseIssue<unknown>;

/** The pictures a help category can show; the kiosk draws each (src/kiosk/ui/icon). */
export const HELP_ICONS = [
  'medical',
  'clean',
  'bath',
  'shopping',
  'walk',
  'meal',
  'talk',
  'home-repair',
  'advice',
  'complaint',
  'help',
] as const;
export type HelpIcon = (typeof HELP_ICONS)[number];

/** The extra questions a category may ask before it is sent. */
export const HELP_ASKS = ['when', 'where'] as const;
export type HelpAsk = (typeof HELP_ASKS)[number];

/** One service an elder can ask for, like 助浴 (bathing). */
export const HelpCategorySchema = block(
  {
    id: slug('category id', 2, 40),
    icon: doc(
      v.picklist(
        HELP_ICONS,
        (i: Issue) => `${shown(i.input)} is not a help picture — use one of ${quoted(HELP_ICONS)}`,
      ),
      `The picture on its button: ${quoted(HELP_ICONS)}`,
    ),
    label: LocalText('the category name', 20),
    asks: v.optional(
      doc(
        v.pipe(
          v.array(
            v.picklist(
              HELP_ASKS,
              (i: Issue) =>
                `${shown(i.input)} is not a question the kiosk can ask — use ${quoted(HELP_ASKS)}`,
            ),
            (i: Issue) => `must be a list like ["when", "where"] — found ${shown(i.input)}`,
          ),
          v.checkItems(
            (x, index, all) => all.indexOf(x) === index,
            (i: Issue) => `${shown(i.input)} is listed twice — list each question once`,
          ),
        ),
        'Questions asked before sending: "when" (today / tomorrow / this week), "where" (here / at home)',
      ),
    ),
    complaint: v.optional(
      doc(
        yesNo(),
        'true for complaints and suggestions: may be sent without identifying, and only admins see it',
      ),
    ),
  },
  'a help category',
);
export type HelpCategory = v.InferOutput<typeof HelpCategorySchema>;

/** help.json: the emergency button and the service categories. */
export const HelpSchema = block(
  {
    $schema: schemaRef('help'),
    emergency: doc(
      block(
        {
          countdownSeconds: doc(
            numberFrom(2, 10, 'seconds'),
            'Seconds of spoken countdown, with a big Cancel, before the call goes out',
          ),
          escalateAfterSeconds: doc(
            numberFrom(15, 600, 'seconds'),
            'Seconds without a staff member answering before the escalation webhook is called',
          ),
          localAlarm: doc(
            yesNo(),
            'Play a loud chime in the room when the kiosk cannot reach the server: true or false',
          ),
          escalationPhone: v.optional(
            doc(
              phoneNumber,
              'The number an elder is told to ring when nobody answers; leave out to use the duty phone',
            ),
          ),
        },
        'emergency',
      ),
      'The emergency button on every screen',
    ),
    categories: doc(
      v.pipe(
        v.array(
          HelpCategorySchema,
          (i: Issue) => `categories must be a list in [ ] brackets — found ${shown(i.input)}`,
        ),
        v.nonEmpty('no help categories — add at least one, like 助洁 (cleaning)'),
        v.maxLength(
          12,
          (i: Issue) => `${String(i.received)} categories — at most 12 (two screens of 6)`,
        ),
        v.checkItems(
          (c, index, all) => all.findIndex((d) => d.id === c.id) === index,
          (i: Issue) =>
            `the id "${(i.input as { id: string }).id}" is used by an earlier category too — give each its own id`,
        ),
      ),
      'The services an elder can ask for, in the order shown (6 to a screen)',
    ),
  },
  'help.json',
);
/** A valid help.json. */
export type HelpConfig = v.InferOutput<typeof HelpSchema>;
