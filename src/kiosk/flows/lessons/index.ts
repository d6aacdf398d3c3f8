/**
 * The lessons flow, loaded on demand (app/lazy-screen.tsx): the lesson list, the lesson screen
 * with its simulated phone, and their words.
 */
import { registerAreas } from '../../../i18n';
import { lessons } from '../../../i18n/areas/lessons';

registerAreas({ lessons });

export { LessonScreen } from './LessonScreen';
export { LessonsScreen } from './LessonsScreen';
