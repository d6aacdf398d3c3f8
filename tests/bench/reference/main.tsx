/**
 * The bench's reference page (`npm run bench`): Preact and signals drawing one heading and four
 * buttons, built by the same Vite and Preact preset as the kiosk. It is the floor for this stack;
 * the kiosk's load figures are reported as ratios to it, which drift less than absolute times on
 * a shared machine.
 */
import { signal } from '@preact/signals';
import { render } from 'preact';

const pressed = signal('');
const LABELS = ['订餐', '呼叫帮助', '中心信息', '今天的活动'];

function Reference() {
  return (
    <main style={{ fontFamily: 'sans-serif', padding: '48px' }}>
      <h1 style={{ fontSize: '64px', margin: '0 0 48px' }}>您想做什么？</h1>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '32px' }}>
        {LABELS.map((label) => (
          <button
            key={label}
            type="button"
            style={{ fontSize: '48px', minHeight: '160px' }}
            aria-pressed={pressed.value === label}
            onClick={() => (pressed.value = label)}
          >
            {label}
          </button>
        ))}
      </div>
    </main>
  );
}

render(<Reference />, document.getElementById('app') as HTMLElement);
// The same mark the kiosk sets once its first screen is drawn.
performance.mark('kiosk-interactive');
