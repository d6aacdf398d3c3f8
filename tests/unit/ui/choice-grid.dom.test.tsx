import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type Choice, ChoiceGrid, KioskUiProvider } from '../../../src/kiosk/ui';
import { tap } from './helpers';

const choices = (n: number): Choice[] =>
  Array.from({ length: n }, (_, i) => ({ id: `c${i}`, icon: 'meal', label: `选项${i}` }));

describe('ChoiceGrid', () => {
  it('shows each choice as a button in a named group and reports the chosen id', () => {
    const onChoose = vi.fn();
    render(
      <KioskUiProvider>
        <ChoiceGrid label="今天想做的事" choices={choices(4)} onChoose={onChoose} />
      </KioskUiProvider>,
    );
    const group = screen.getByRole('group', { name: '今天想做的事' });
    expect(group.querySelectorAll('button')).toHaveLength(4);
    tap(screen.getByRole('button', { name: '选项2' }));
    expect(onChoose).toHaveBeenCalledWith('c2');
  });

  it('accepts six choices', () => {
    render(<ChoiceGrid label="组" choices={choices(6)} onChoose={() => {}} />);
    expect(screen.getAllByRole('button')).toHaveLength(6);
  });

  it('throws on more than six choices (one decision per screen)', () => {
    expect(() =>
      render(<ChoiceGrid label="组" choices={choices(7)} onChoose={() => {}} />),
    ).toThrow(/at most 6/);
  });
});
