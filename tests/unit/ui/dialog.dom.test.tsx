import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BigButton, Dialog } from '../../../src/kiosk/ui';

describe('Dialog', () => {
  it('is a modal alert dialog named by its title, with focus moved inside', () => {
    render(
      <>
        <button type="button">behind</button>
        <Dialog title="您还在用吗？" message="20 秒后回到首页">
          <BigButton label="我还要用" onPress={() => {}} />
        </Dialog>
      </>,
    );
    const dialog = screen.getByRole('alertdialog', { name: '您还在用吗？' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement?.textContent).toContain('我还要用');
  });

  it('keeps Tab inside the dialog', () => {
    render(
      <Dialog title="标题" message="内容">
        <BigButton label="甲" onPress={() => {}} />
        <BigButton label="乙" onPress={() => {}} />
      </Dialog>,
    );
    const [first, second] = screen.getAllByRole('button');
    second?.focus();
    fireEvent.keyDown(second as HTMLElement, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
  });

  it('gives focus back when it closes', () => {
    const page = (open: boolean) => (
      <>
        <button type="button">before</button>
        {open && (
          <Dialog title="标题" message="内容">
            <BigButton label="好" onPress={vi.fn()} />
          </Dialog>
        )}
      </>
    );
    const { rerender } = render(page(false));
    const before = screen.getByRole('button', { name: 'before' });
    before.focus();
    rerender(page(true));
    expect(document.activeElement?.textContent).toContain('好');
    rerender(page(false));
    expect(document.activeElement).toBe(before);
  });
});
