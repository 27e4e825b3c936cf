/**
 * The peer of `npm run bench`: Sentry's User Feedback widget as a host page adds it, with
 * `@sentry/browser` and its feedback integration (the synchronous one: the asynchronous one loads
 * its form from Sentry's CDN). The DSN points at the bench server, which accepts the envelopes.
 */
import { feedbackIntegration, init } from '@sentry/browser';

init({
  dsn: `${location.protocol}//public@${location.host}/peer-sentry/1`,
  integrations: [feedbackIntegration({ autoInject: true, colorScheme: 'light' })],
});
