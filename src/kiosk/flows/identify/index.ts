/**
 * The identify screen, loaded on demand (app/lazy-screen.tsx). The card reader itself listens
 * from boot (card-reader.ts, in the first load) and holds a read made before this arrives.
 */
import { registerAreas } from '../../../i18n';
import { identify } from '../../../i18n/areas/identify';

registerAreas({ identify });

export { IdentifyScreen } from './IdentifyScreen';
