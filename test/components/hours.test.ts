import { expect } from '@open-wc/testing';
import type { SupportCenter } from '../../src/api/schemas.js';
import { centerState, weeklyHours, zonedInstant } from '../../src/components/launcher/hours.js';

const weekdays = (open: string, close: string) =>
  [1, 2, 3, 4, 5].map((day) => ({ day, open, close }));
const center = (timeZone: string, open: string, close: string): SupportCenter => ({
  id: timeZone,
  city: timeZone,
  country: '',
  region: 'europe',
  timeZone,
  languages: ['en'],
  hours: weekdays(open, close),
});

describe('delivery center hours', () => {
  const paris = center('Europe/Paris', '09:00', '18:00');
  const newYork = center('America/New_York', '09:30', '18:30');

  it('converts a wall time of a time zone to the instant, across daylight saving time', () => {
    expect(zonedInstant(2026, 1, 15, 9 * 60, 'Europe/Paris').toISOString()).to.equal(
      '2026-01-15T08:00:00.000Z',
    );
    expect(zonedInstant(2026, 7, 15, 9 * 60, 'Europe/Paris').toISOString()).to.equal(
      '2026-07-15T07:00:00.000Z',
    );
    expect(zonedInstant(2026, 11, 23, 9 * 60 + 30, 'America/New_York').toISOString()).to.equal(
      '2026-11-23T14:30:00.000Z',
    );
  });

  it('is open during the local business hours and says when it closes', () => {
    const state = centerState(paris, new Date('2026-11-23T10:00:00Z')); // Monday 11:00 in Paris
    expect(state.open).to.equal(true);
    expect(state.next?.toISOString()).to.equal('2026-11-23T17:00:00.000Z');
  });

  it('is closed before opening and says when it opens the same day', () => {
    const state = centerState(newYork, new Date('2026-11-23T13:00:00Z')); // Monday 08:00 in New York
    expect(state.open).to.equal(false);
    expect(state.next?.toISOString()).to.equal('2026-11-23T14:30:00.000Z');
  });

  it('is closed on the weekend and opens on Monday', () => {
    const state = centerState(paris, new Date('2026-11-21T12:00:00Z')); // Saturday
    expect(state.open).to.equal(false);
    expect(state.next?.toISOString()).to.equal('2026-11-23T08:00:00.000Z');
  });

  it('is closed after closing time on Friday and opens on Monday', () => {
    const state = centerState(paris, new Date('2026-11-27T18:30:00Z')); // Friday 19:30 in Paris
    expect(state.open).to.equal(false);
    expect(state.next?.toISOString()).to.equal('2026-11-30T08:00:00.000Z');
  });
  it('is closed all day on a local public holiday the backend lists, and opens the next working day', () => {
    const holidayMonday = { ...paris, holidays: ['2026-11-23'] };
    const during = centerState(holidayMonday, new Date('2026-11-23T10:00:00Z')); // Monday 11:00
    expect(during.open).to.equal(false);
    expect(during.holiday).to.equal(true);
    expect(during.next?.toISOString()).to.equal('2026-11-24T08:00:00.000Z');
    const weekend = centerState(holidayMonday, new Date('2026-11-21T12:00:00Z')); // Saturday
    expect(weekend.holiday).to.equal(undefined);
    expect(weekend.next?.toISOString()).to.equal('2026-11-24T08:00:00.000Z', 'Monday skipped');
    // The date is the center's own: 23:30 on Sunday in UTC is already the holiday in Paris.
    expect(centerState(holidayMonday, new Date('2026-11-22T23:30:00Z')).holiday).to.equal(true);
    // A week of holidays: the next opening is the week after.
    const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
    const closedWeek = centerState({ ...paris, holidays: week }, new Date('2026-11-23T10:00:00Z'));
    expect(closedWeek.next?.toISOString()).to.equal('2026-11-30T08:00:00.000Z');
  });

  it('writes the week as the guide does: consecutive days with the same hours as one range', () => {
    const oneSpace = (value: string) => value.replace(/\s/g, ' ');
    expect(oneSpace(weeklyHours(newYork, 'en'))).to.equal('Monday – Friday, 9:30 AM – 6:30 PM');
    const saturday = {
      ...paris,
      hours: [...paris.hours, { day: 6, open: '10:00', close: '13:00' }],
    };
    expect(oneSpace(weeklyHours(saturday, 'fr'))).to.equal(
      'lundi – vendredi, 09:00 – 18:00; samedi, 10:00 – 13:00',
    );
    const split = { ...paris, hours: paris.hours.filter((h) => h.day !== 3) };
    expect(oneSpace(weeklyHours(split, 'en'))).to.equal(
      'Monday – Tuesday, 9:00 AM – 6:00 PM; Thursday – Friday, 9:00 AM – 6:00 PM',
    );
  });
});
