/**
 * The lessons flow's screens, in one module so the screen registry can load the whole flow on
 * demand (its phone drawing, pictures and ladder are not part of the kiosk's first load).
 */
export { LessonScreen } from './LessonScreen';
export { LessonsScreen } from './LessonsScreen';
