/**
 * A lesson step's phone screen drawn for paper: the same data the kiosk draws (shared/lessons/
 * schema.ts) and the same pictures (phone-icons.ts, drawn for the project), in black lines that
 * print well, with the step's target circled and named ("点这里", "按住这里") and, for a drag, the
 * item to drop it on marked too. Nothing here is touchable: it is a picture on a card.
 */

import { tIn } from '../../i18n';
import { PHONE_PICTURES } from '../../kiosk/flows/lessons/phone-icons';
import type { Language } from '../../shared/config/fields';
import type {
  Gesture,
  LessonStep,
  PhoneElement,
  PhoneIcon,
  PhoneItem,
} from '../../shared/lessons/schema';

function Picture({ icon }: { icon: PhoneIcon }) {
  return (
    <svg class="sketch__pic" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {PHONE_PICTURES[icon].paths.map((d) => (
        <path
          key={d}
          d={d}
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      ))}
    </svg>
  );
}

const MARKS = {
  tap: 'lessonCards.mark.tap',
  hold: 'lessonCards.mark.hold',
  drag: 'lessonCards.mark.drag',
} as const;

/** The mark beside the target (or the drop item): what to do there, in the card's language. */
function markOf(item: PhoneItem, step: LessonStep, lang: Language): string | null {
  const gesture: Gesture = step.gesture ?? 'tap';
  if (item.id === step.target) return tIn(lang, MARKS[gesture]);
  if (gesture === 'drag' && item.id === step.dropOn) return tIn(lang, 'lessonCards.mark.drop');
  return null;
}

function Item({ item, step, lang }: { item: PhoneItem; step: LessonStep; lang: Language }) {
  const mark = markOf(item, step, lang);
  const role =
    item.id === step.target ? ' sketch__item--target' : mark ? ' sketch__item--drop' : '';
  return (
    <div
      class={`sketch__item${role}${item.from ? ` sketch__item--${item.from}` : ''}`}
      data-item={item.id}
    >
      {item.icon && <Picture icon={item.icon} />}
      <span class="sketch__label">
        {item.label[lang]}
        {item.detail && <span class="sketch__detail">{item.detail[lang]}</span>}
      </span>
      {item.switch !== undefined && (
        <span class={`sketch__switch${item.switch ? ' sketch__switch--on' : ''}`} />
      )}
      {mark && <span class="sketch__mark">{mark}</span>}
    </div>
  );
}

function Element({
  element,
  step,
  lang,
}: {
  element: PhoneElement;
  step: LessonStep;
  lang: Language;
}) {
  return (
    <div class={`sketch__el sketch__el--${element.kind}`}>
      {(element.kind === 'camera' || element.kind === 'map') && (
        <div class={`sketch__${element.kind}`} aria-hidden="true" />
      )}
      {element.title && <p class="sketch__title">{element.title[lang]}</p>}
      {element.body && <p class="sketch__body">{element.body[lang]}</p>}
      {element.kind === 'pay' && <div class="sketch__qr" aria-hidden="true" />}
      {(element.items ?? []).length > 0 && (
        <div class="sketch__items">
          {(element.items ?? []).map((item) => (
            <Item key={item.id} item={item} step={step} lang={lang} />
          ))}
        </div>
      )}
    </div>
  );
}

export function PhoneSketch({ step, lang }: { step: LessonStep; lang: Language }) {
  return (
    <div class="sketch" role="img" aria-label={step.words[lang]}>
      <p class="sketch__status" aria-hidden="true">
        {step.screen.time ?? '09:41'}
      </p>
      <div class="sketch__screen">
        {step.screen.elements.map((element, i) => (
          // Elements have no id; their place on the screen is their identity.
          <Element key={i} element={element} step={step} lang={lang} />
        ))}
      </div>
    </div>
  );
}
