/** Customer support delivery centers and their business hours (closed on public holidays). */
import type { OpeningHours, SupportCenter } from '../../../src/api/schemas.js';

/** Monday to Friday, same hours every day. */
function weekdays(open: string, close: string): OpeningHours[] {
  return [1, 2, 3, 4, 5].map((day) => ({ day, open, close }));
}

export const supportCenters: SupportCenter[] = [
  {
    id: 'krakow',
    city: 'Kraków',
    country: 'Poland',
    region: 'europe',
    timeZone: 'Europe/Warsaw',
    languages: ['pl', 'en'],
    hours: weekdays('09:00', '17:00'),
  },
  {
    id: 'madrid',
    city: 'Madrid',
    country: 'Spain',
    region: 'europe',
    timeZone: 'Europe/Madrid',
    languages: ['es', 'en'],
    hours: weekdays('09:00', '18:00'),
  },
  {
    id: 'paris',
    city: 'Paris',
    country: 'France',
    region: 'europe',
    timeZone: 'Europe/Paris',
    languages: ['fr', 'en'],
    hours: weekdays('09:00', '18:00'),
  },
  {
    id: 'new-york',
    city: 'New York',
    country: 'USA',
    region: 'americas',
    timeZone: 'America/New_York',
    languages: ['en'],
    hours: weekdays('09:30', '18:30'),
  },
  {
    id: 'sao-paulo',
    city: 'São Paulo',
    country: 'Brazil',
    region: 'americas',
    timeZone: 'America/Sao_Paulo',
    languages: ['pt-BR', 'es', 'en'],
    hours: weekdays('10:00', '19:00'),
  },
  {
    id: 'singapore',
    city: 'Singapore',
    country: 'Singapore',
    region: 'apac',
    timeZone: 'Asia/Singapore',
    languages: ['en'],
    hours: weekdays('09:00', '18:00'),
  },
];
