/** Named example states of ScrollArea. */
import { defineStates, sample } from '../showcase/kit-state';
import { ScrollArea } from './ScrollArea';

const PARAGRAPHS = ['para1', 'para2', 'para3', 'para4', 'para5', 'para6'];

function Box({ count }: { count: number }) {
  return (
    // A fixed height, as a screen's body would give it.
    <div style={{ blockSize: 'min(40vh, 420px)', inlineSize: '100%', display: 'flex' }}>
      <ScrollArea label={sample('aboutCentre')}>
        {PARAGRAPHS.slice(0, count).map((key) => (
          <p key={key}>{sample(key)}</p>
        ))}
      </ScrollArea>
    </div>
  );
}

export const scrollAreaStates = defineStates('ScrollArea', 'scroll-area', {
  short: () => <Box count={1} />,
  overflowing: () => <Box count={6} />,
});
