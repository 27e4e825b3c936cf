/**
 * Customer support delivery centers, their business hours and their local public holidays (the
 * demo lists those of winter 2026 to summer 2027; a real backend keeps them current).
 */
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
    holidays: [
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2027-01-01',
      '2027-01-06',
      '2027-03-29',
      '2027-05-03',
    ],
  },
  {
    id: 'madrid',
    city: 'Madrid',
    country: 'Spain',
    region: 'europe',
    timeZone: 'Europe/Madrid',
    languages: ['es', 'en'],
    hours: weekdays('09:00', '18:00'),
    holidays: ['2026-12-08', '2026-12-25', '2027-01-01', '2027-01-06', '2027-03-25', '2027-03-26'],
  },
  {
    id: 'paris',
    city: 'Paris',
    country: 'France',
    region: 'europe',
    timeZone: 'Europe/Paris',
    languages: ['fr', 'en'],
    hours: weekdays('09:00', '18:00'),
    holidays: ['2026-12-25', '2027-01-01', '2027-03-29', '2027-05-01', '2027-05-08', '2027-07-14'],
  },
  {
    id: 'new-york',
    city: 'New York',
    country: 'USA',
    region: 'americas',
    timeZone: 'America/New_York',
    languages: ['en'],
    hours: weekdays('09:30', '18:30'),
    holidays: ['2026-11-26', '2026-12-25', '2027-01-01', '2027-01-18', '2027-05-31', '2027-07-05'],
  },
  {
    id: 'sao-paulo',
    city: 'São Paulo',
    country: 'Brazil',
    region: 'americas',
    timeZone: 'America/Sao_Paulo',
    languages: ['pt-BR', 'es', 'en'],
    hours: weekdays('10:00', '19:00'),
    holidays: ['2026-11-20', '2026-12-25', '2027-01-01', '2027-01-25', '2027-02-08', '2027-02-09'],
  },
  {
    id: 'singapore',
    city: 'Singapore',
    country: 'Singapore',
    region: 'apac',
    timeZone: 'Asia/Singapore',
    languages: ['en'],
    hours: weekdays('09:00', '18:00'),
    holidays: ['2026-12-25', '2027-01-01', '2027-02-06', '2027-02-08', '2027-05-01'],
  },
];
