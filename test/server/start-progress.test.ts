/**
 * What `npm start` says while it starts (demo/server/progress.ts): each step with its counts and
 * its time; never more than one update per 500 ms; on a terminal one line redrawn in place, into a
 * pipe or a file whole lines only (no carriage returns). The clock is fake: nothing waits.
 */
import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import { StartProgress, duration } from '../../demo/server/progress.js';

/** An output that keeps what is written, as a terminal (`isTTY`) or a pipe. */
function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, out: { isTTY, columns: 200, write: (text: string) => writes.push(text) } };
}

function fakeClock(t: TestContext) {
  t.mock.timers.enable({ apis: ['setInterval', 'Date'], now: 0 });
  return { now: () => Date.now(), tick: (ms: number) => t.mock.timers.tick(ms) };
}

describe('start progress', () => {
  test('into a pipe: whole lines, counts at most every 500 ms, then the time', async (t) => {
    const clock = fakeClock(t);
    const { writes, out } = recorder(false);
    const progress = new StartProgress({ out, now: clock.now });
    const result = await progress.step('seeding the demo data', (report) => {
      for (let done = 1; done <= 600; done += 1) {
        report(done, 600, 'cases');
        clock.tick(10); // a case every 10 ms: 6 s in all
      }
      return Promise.resolve('seeded');
    });
    assert.equal(result, 'seeded');
    const text = writes.join('');
    assert.ok(!text.includes('\r') && !text.includes('\u001b'), 'no redrawing without a terminal');
    const lines = text.trimEnd().split('\n');
    assert.equal(lines[0], 'eq-support demo: seeding the demo data…');
    assert.equal(lines.at(-1), '  done in 6.0 s (600 cases)');
    const counts = lines.filter((line) => /^ {2}\d+\/600 cases$/.test(line));
    // 6 s of cases: a count each 500 ms, never more often.
    assert.ok(counts.length >= 10 && counts.length <= 12, lines.join('\n'));
    assert.equal(counts[0], '  51/600 cases', 'the first count half a second in');
  });

  test('into a pipe: a step that says nothing for 5 s says it is still running', async (t) => {
    const clock = fakeClock(t);
    const { writes, out } = recorder(false);
    const progress = new StartProgress({ out, now: clock.now });
    let finish!: () => void;
    const running = progress.step('creating the database', (report) => {
      report(1, 2, 'files');
      return new Promise<void>((done) => (finish = done));
    });
    clock.tick(4500);
    assert.equal(writes.length, 1, 'only the step itself so far');
    clock.tick(500);
    assert.equal(writes[1], '  … still creating the database (1/2 files, 5 s)\n');
    clock.tick(4500);
    assert.equal(writes.length, 2);
    clock.tick(500);
    assert.equal(writes[2], '  … still creating the database (1/2 files, 10 s)\n');
    finish();
    await running;
    assert.equal(writes.at(-1), '  done in 10.0 s (1 files)\n');
  });

  test('on a terminal: one line per step, redrawn in place at most every 500 ms', async (t) => {
    const clock = fakeClock(t);
    const { writes, out } = recorder(true);
    const progress = new StartProgress({ out, now: clock.now });
    await progress.step('seeding', (report) => {
      for (let done = 1; done <= 100; done += 1) {
        report(done, 100, 'cases');
        clock.tick(20); // 2 s in all
      }
      return Promise.resolve();
    });
    assert.ok(
      writes.every((w) => w.startsWith('\r\x1b[K')),
      'each write replaces the line',
    );
    assert.equal(writes[0], '\r\x1b[Keq-support demo: seeding…');
    assert.ok(writes.length <= 2 + 2000 / 500, `${writes.length} redraws in 2 s`);
    assert.ok(writes.some((w) => /seeding… \d+\/100 cases · 1 s$/.test(w)));
    assert.equal(writes.at(-1), '\r\x1b[Keq-support demo: seeding: done in 2.0 s (100 cases)\n');
    assert.equal(writes.filter((w) => w.includes('\n')).length, 1, 'one line in the end');
  });

  test('a step that fails says so and throws', async (t) => {
    const clock = fakeClock(t);
    const { writes, out } = recorder(false);
    const progress = new StartProgress({ out, now: clock.now });
    await assert.rejects(
      progress.step('opening the database', () => {
        clock.tick(1200);
        return Promise.reject(new Error('locked'));
      }),
      /locked/,
    );
    assert.equal(writes.at(-1), '  failed after 1.2 s\n');
  });

  test('times read as a person would say them', () => {
    assert.equal(duration(97.4), '97 ms');
    assert.equal(duration(999), '999 ms');
    assert.equal(duration(12_345), '12.3 s');
  });
});
