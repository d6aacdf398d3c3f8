/**
 * Where home shows "今天的课：…" while a class's check-in is open. The tile comes with the classes
 * flow's chunk, not the first load: it is drawn once that has arrived (leaving the attract screen
 * fetches every flow, so it usually has), and nothing is drawn until then or if it cannot be
 * fetched — the elder still has every job, and the trainer can check them in at the console.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { logError } from '../../app/device';

type Tile = FunctionComponent<{ timeZone: string }>;
let tile: Tile | null = null;

export function ClassTileSlot({ timeZone }: { timeZone: string }) {
  const [, setArrived] = useState(false);
  useEffect(() => {
    if (tile) return;
    let live = true;
    import('../classes').then(
      (flow) => {
        tile = flow.ClassTile;
        if (live) setArrived(true);
      },
      (error: unknown) => logError(error, 'chunk'),
    );
    return () => {
      live = false;
    };
  }, []);
  const Tile = tile;
  return Tile ? <Tile timeZone={timeZone} /> : null;
}
