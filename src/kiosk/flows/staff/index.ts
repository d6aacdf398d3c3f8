/** The staff screens (PIN, enrollment code, settings), loaded on demand (app/lazy-screen.tsx). */
import { registerAreas } from '../../../i18n';
import { identify } from '../../../i18n/areas/identify';
import { staff } from '../../../i18n/areas/staff';
import { sync } from '../../../i18n/areas/sync';

registerAreas({ staff, sync, identify });

export { StaffEnrollScreen } from './StaffEnrollScreen';
export { StaffPinScreen } from './StaffPinScreen';
export { StaffScreen } from './StaffScreen';
