/** "About this centre", loaded on demand (app/lazy-screen.tsx), with its words. */
import { registerAreas } from '../../../i18n';
import { about } from '../../../i18n/areas/about';

registerAreas({ about });

export { AboutScreen } from './AboutScreen';
