import './choice-grid.css';
import { BigButton } from '../big-button/BigButton';
import type { IconName } from '../icon/paths';

/** One choice of a ChoiceGrid. */
export interface Choice {
  id: string;
  icon: IconName;
  label: string;
  sublabel?: string;
}

/** Props of ChoiceGrid. */
export interface ChoiceGridProps {
  /** At most 6 (elder-ux: one decision per screen, ≤6 choices). */
  choices: Choice[];
  onChoose: (id: string) => void;
  /** Accessible name of the group. */
  label: string;
}

/** The most choices one screen may offer. */
export const MAX_CHOICES = 6;

/** One decision: up to six big icon-and-word buttons that fill the space in any orientation. */
export function ChoiceGrid({ choices, onChoose, label }: ChoiceGridProps) {
  if (choices.length > MAX_CHOICES) {
    // A programming error: a screen with more choices must be split, never squeezed.
    const message = `ChoiceGrid takes at most ${MAX_CHOICES} choices, got ${choices.length}`;
    if (import.meta.env.DEV) throw new Error(message);
    // In a centre, a visible screen with six choices beats a crashed one.
    console.error(message);
  }
  const shown = choices.slice(0, MAX_CHOICES);
  return (
    <fieldset class="choice-grid">
      {/* Hidden: the screen's title already asks the question aloud and on screen. */}
      <legend class="visually-hidden">{label}</legend>
      <ul class="choice-grid__list" data-count={shown.length}>
        {shown.map((c) => (
          <li key={c.id} class="choice-grid__item">
            <BigButton
              id={`choice:${c.id}`}
              icon={c.icon}
              label={c.label}
              sublabel={c.sublabel}
              onPress={() => onChoose(c.id)}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
