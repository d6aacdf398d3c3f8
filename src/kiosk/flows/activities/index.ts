/** Today's activities, loaded on demand (app/lazy-screen.tsx); its words are in the about area. */
import { registerAreas } from '../../../i18n';
import { about } from '../../../i18n/areas/about';

registerAreas({ about });

export { ActivitiesScreen } from './ActivitiesScreen';
