/**
 * The class check-in, loaded on demand (app/lazy-screen.tsx; home's tile through
 * home/ClassTileSlot.tsx): the tile, the check-in screen and their words.
 */
import { registerAreas } from '../../../i18n';
import { classes } from '../../../i18n/areas/classes';

registerAreas({ classes });

export { CheckinScreen } from './CheckinScreen';
export { ClassTile } from './ClassTile';
