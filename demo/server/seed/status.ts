/** Service status shown next to the support entry points: one degraded component. */
import type { ServiceStatus } from '../../../src/api/schemas.js';

const MINUTE = 60_000;

export function serviceStatus(now: Date): ServiceStatus {
  const ago = (minutes: number): string => new Date(now.getTime() - minutes * MINUTE).toISOString();
  return {
    updatedAt: ago(5),
    components: [
      { id: 'maestro-ui', name: 'Maestro UI', status: 'operational' },
      { id: 'maestro-api', name: 'Maestro API', status: 'operational' },
      { id: 'ad-serving', name: 'Ad serving', status: 'operational' },
      { id: 'reporting', name: 'Reporting', status: 'degraded' },
      { id: 'programmatic-rtb', name: 'Programmatic / RTB', status: 'operational' },
      { id: 'forecast', name: 'Forecast', status: 'operational' },
      { id: 'client-portal', name: 'Client portal', status: 'operational' },
    ],
    incidents: [
      {
        id: 'inc-reporting-delay',
        title: 'Delayed report generation',
        status: 'identified',
        impact: 'minor',
        componentIds: ['reporting'],
        message:
          'Instant Insights reports and Reporting API tasks take longer than usual to complete ' +
          'because of a backlog in the aggregation pipeline. The cause has been identified and ' +
          'extra capacity is being added. Ad serving and data collection are not affected; no ' +
          'data is lost and delayed reports will complete automatically.',
        startedAt: ago(130),
        updatedAt: ago(25),
      },
    ],
    statusPageUrl: 'https://status.example.com',
  };
}
