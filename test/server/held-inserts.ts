/**
 * A store whose case inserts the test can hold, to make "duplicates arrive while the first insert
 * is in flight" certain instead of likely: while `hold(total)` is armed, an insert waits until each
 * of the `total` concurrent requests has either answered or is waiting in an insert too. A server
 * that refuses duplicates answers them 409 and the first insert then goes on; one that lets them
 * through gets every request into an insert, so it is released as well and fails the test on its
 * counts rather than hanging. No delay, so no assertion depends on the machine's speed.
 */
import type { SupportStore } from '../../demo/server/store.js';

interface Hold {
  total: number;
  settled: number;
  release: () => void;
  released: Promise<void>;
}

export function heldInserts(): {
  /** `store`, its inserts subject to the hold (several stores can share one hold). */
  wrap: (store: SupportStore) => SupportStore;
  /** Arms the hold for `total` requests; call `answered` as each answers, `done` at the end. */
  hold: (total: number) => { answered: () => void; done: () => void };
} {
  let hold: Hold | undefined;
  const check = () => {
    if (hold && hold.settled >= hold.total) hold.release();
  };
  const wrap = (store: SupportStore) =>
    new Proxy(store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        const method = value as (...args: unknown[]) => Promise<unknown>;
        if (prop !== 'insertCase') return method.bind(target);
        return async (...args: unknown[]) => {
          const current = hold;
          if (current) {
            current.settled += 1;
            check();
            await current.released;
          }
          return method.apply(target, args);
        };
      },
    });
  return {
    wrap,
    hold(total) {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const current: Hold = { total, settled: 0, release, released };
      hold = current;
      return {
        answered: () => {
          current.settled += 1;
          check();
        },
        done: () => {
          current.release();
          if (hold === current) hold = undefined;
        },
      };
    },
  };
}
