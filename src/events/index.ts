export { EqErrorEvent } from './error-event.js';
