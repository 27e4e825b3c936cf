import type { ReportedError } from '../diagnostics/types.js';

/** The launcher's views, as hosts name them in `open({ view })`. */
export type LauncherView = 'home' | 'create' | 'cases' | 'case' | 'docs' | 'settings';

/** `eq-open`: the support dialog opened (`view` it opened on; `report` when from an error). */
export class EqOpenEvent extends Event {
  /** `eq-open`, the name to listen for. */
  static readonly eventName = 'eq-open';
  constructor(
    /** The view now shown (`home`, `create`, `cases`, `case`, `docs`, `settings`). */
    readonly view: LauncherView,
    /** The error the dialog opened for, when a host called `reportError()`. */
    readonly report?: ReportedError,
  ) {
    super(EqOpenEvent.eventName, { bubbles: true, composed: true });
  }
}

/** `eq-close`: the support dialog closed (a half-filled case stays as a draft). */
export class EqCloseEvent extends Event {
  /** `eq-close`, the name to listen for. */
  static readonly eventName = 'eq-close';
  constructor() {
    super(EqCloseEvent.eventName, { bubbles: true, composed: true });
  }
}

/** `eq-view-change`: the launcher moved to another view. */
export class EqViewChangeEvent extends Event {
  /** `eq-view-change`, the name to listen for. */
  static readonly eventName = 'eq-view-change';
  constructor(
    /** The view now shown (`home`, `create`, `cases`, `case`, `docs`, `settings`). */
    readonly view: LauncherView,
  ) {
    super(EqViewChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eq-open': EqOpenEvent;
    'eq-close': EqCloseEvent;
    'eq-view-change': EqViewChangeEvent;
  }
}
