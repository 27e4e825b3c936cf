/* eslint-disable @typescript-eslint/unbound-method -- console and fetch are compared, not called */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SupportBackend } from '../../src/api/backend.js';
import type { EqCaseForm } from '../../src/components/case-form/case-form.js';
import type { EqSupportButton } from '../../src/components/support-button/support-button.js';
import type { EqSupportLauncher } from '../../src/components/launcher/launcher.js';
import type { EqFileDrop } from '../../src/components/shared/file-drop.js';
import {
  runningDiagnostics,
  startDiagnostics,
  type DiagnosticsReport,
} from '../../src/diagnostics/collector.js';
import { redactText, redactUrl } from '../../src/diagnostics/redact.js';
import type { EqOpenEvent } from '../../src/events/launcher-events.js';
import type { EqCaseCreatedEvent } from '../../src/events/case-form-events.js';
import { reportError } from '../../src/report-error.js';
import { createInBrowserBackend, type InBrowserBackend } from '../../demo/server/in-browser.js';
import '../../src/components/case-form/case-form.js';
import '../../src/components/support-button/support-button.js';
import '../../src/context/support-provider.js';

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A backend that keeps every uploaded file, to read what was attached. */
function recordingUploads(backend: SupportBackend): {
  backend: SupportBackend;
  uploads: { name: string; file: Blob }[];
} {
  const uploads: { name: string; file: Blob }[] = [];
  const recording = Object.create(backend) as SupportBackend;
  recording.uploadAttachment = (file, name, options) => {
    uploads.push({ name, file });
    return backend.uploadAttachment(file, name, options);
  };
  return { backend: recording, uploads };
}

async function formReady(el: EqCaseForm): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('eq-file-drop'), 'the form renders', {
    timeout: 10_000,
  });
  await el.updateComplete;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** Ticks "Include diagnostics" and waits for the lines to review. */
async function review(el: EqCaseForm): Promise<HTMLElement> {
  const box = $<HTMLInputElement>(el, '[part=diagnostics] input[type=checkbox]')!;
  expect(box.checked, 'off by default').to.equal(false);
  box.click();
  await waitUntil(() => $(el, '[part=diagnostics-review]'), 'the review shows', {
    timeout: 10_000,
  });
  return $<HTMLElement>(el, '[part=diagnostics-review]')!;
}

async function attached(
  el: EqCaseForm,
  uploads: { name: string; file: Blob }[],
): Promise<DiagnosticsReport> {
  const attach = [...$(el, '[part=diagnostics-review]')!.querySelectorAll('button')].find(
    (b) => text(b) === 'Attach diagnostics',
  )!;
  attach.click();
  await waitUntil(() => uploads.length === 1, 'the diagnostics upload', { timeout: 10_000 });
  const drop = $<EqFileDrop>(el, 'eq-file-drop')!;
  await waitUntil(() => drop.uploaded.length === 1, 'listed with the uploads', { timeout: 10_000 });
  expect(uploads[0]!.name).to.match(/^diagnostics-\d{8}-\d{6}\.json$/);
  expect(uploads[0]!.file.type).to.equal('application/json');
  return JSON.parse(await uploads[0]!.file.text()) as DiagnosticsReport;
}

describe('diagnostics', () => {
  let reference: InBrowserBackend;

  beforeEach(async () => {
    localStorage.clear();
    runningDiagnostics()?.stop();
    reference = await createInBrowserBackend();
  });
  afterEach(() => runningDiagnostics()?.stop());

  describe('redaction', () => {
    it('keeps query names but not their values, drops fragments, credentials and tokens', () => {
      const page = 'https://maestro.example/deals/12333';
      expect(redactUrl('/api/cases?q=Acme%20revenue&token=abc#section', page)).to.equal(
        'https://maestro.example/api/cases?q=[redacted]&token=[redacted]#[redacted]',
      );
      expect(redactUrl('https://user:pw@api.example/v1/x', page)).to.equal(
        'https://api.example/v1/x',
      );
      expect(
        redactUrl('https://api.example/reset/4f9a0c1e2b3d4e5f6a7b8c9d0e1f2a3b/confirm', page),
      ).to.equal('https://api.example/reset/[redacted]/confirm');
      expect(redactText('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc')).to.equal(
        'Authorization: Bearer [redacted]',
      );
      expect(redactText('login failed password=hunter2 for user')).to.equal(
        'login failed password=[redacted] for user',
      );
    });

    it("applies the host's rules after the SDK's, and redacts all when a rule throws", () => {
      expect(
        redactText('Revenue for Acme: 1200 EUR', [/Acme/, (t) => t.replace(/\d+ EUR/, 'N')]),
      ).to.equal('Revenue for [redacted]: N');
      expect(
        redactText('anything', [
          () => {
            throw new Error('bad rule');
          },
        ]),
      ).to.equal('[redacted]');
    });
  });

  describe('collector', () => {
    it('records nothing before the host opts in, then console errors, warnings and failed requests, redacted', async () => {
      const quiet = console.error;
      console.error('before opt-in: secret=1');
      const collector = startDiagnostics();
      // The test runner reports console output; keep these lines out of its log.
      try {
        console.error(new TypeError('Cannot read properties of undefined'), { dealId: 12333 });
        console.warn('slow answer, token=abc123');
        await fetch('/no-such-file?deal=12333').catch(() => undefined);
        await fetch('http://127.0.0.1:9/unreachable').catch(() => undefined);
        await new Promise<void>((done) => {
          const xhr = new XMLHttpRequest();
          xhr.open('POST', '/also-missing?key=v');
          xhr.addEventListener('loadend', () => done());
          xhr.send('{"password":"never recorded"}');
        });
        await fetch('/package.json'); // succeeds: not recorded
      } finally {
        expect(console.error).to.not.equal(quiet);
      }
      const report = collector.snapshot();
      const lines = report.entries.map((e) =>
        e.type === 'console' ? `${e.level} ${e.message}` : `${e.method} ${e.url} ${e.status}`,
      );
      const origin = location.origin;
      expect(lines).to.deep.equal([
        'error TypeError: Cannot read properties of undefined {"dealId":12333}',
        'warning slow answer, token=[redacted]',
        `GET ${origin}/no-such-file?deal=[redacted] 404`,
        'GET http://127.0.0.1:9/unreachable 0',
        `POST ${origin}/also-missing?key=[redacted] 404`,
      ]);
      expect(JSON.stringify(report)).to.not.contain('never recorded');
      expect(JSON.stringify(report)).to.not.contain('before opt-in');
      expect(report.timeZone).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
      expect(report.language).to.equal(navigator.language);
      for (const entry of report.entries)
        if (entry.type === 'request') expect(entry.durationMs).to.be.at.least(0);
    });

    it('keeps the last entries of each kind only, and gives the page back its console and fetch on stop', () => {
      const original = { error: console.error, fetch: window.fetch };
      const collector = startDiagnostics({ limit: 3 });
      expect(startDiagnostics(), 'one collector per page').to.equal(collector);
      for (let i = 1; i <= 5; i += 1) console.warn(`warning ${i}`);
      expect(
        collector.snapshot().entries.map((e) => (e.type === 'console' ? e.message : '')),
      ).to.deep.equal(['warning 3', 'warning 4', 'warning 5']);
      collector.stop();
      expect(console.error).to.equal(original.error);
      expect(window.fetch).to.equal(original.fetch);
      expect(runningDiagnostics()).to.equal(undefined);
    });
  });

  describe('in the case form', () => {
    it('offers nothing when the host collects nothing', async () => {
      const el = await fixture<EqCaseForm>(
        html`<eq-case-form .backend=${reference.client('demo-user-1')}></eq-case-form>`,
      );
      await formReady(el);
      expect($(el, '[part=diagnostics]')).to.equal(null);
    });

    it("starts with the provider's `diagnostics`; the person reviews, removes a line, attaches the file", async () => {
      const { backend, uploads } = recordingUploads(reference.client('demo-user-1'));
      const provider = await fixture(
        html`<eq-support-provider diagnostics .backend=${backend}
          ><eq-case-form></eq-case-form
        ></eq-support-provider>`,
      );
      await waitUntil(() => runningDiagnostics(), 'the provider starts collecting', {
        timeout: 10_000,
      });
      console.warn('keep this line');
      console.warn('remove this line: Acme revenue');
      const el = provider.querySelector<EqCaseForm>('eq-case-form')!;
      await formReady(el);
      const lines = await review(el);
      expect(text(lines)).to.contain('keep this line').and.to.contain('remove this line');
      const remove = lines.querySelector<HTMLButtonElement>('button[aria-label="Remove line 2"]')!;
      remove.click();
      await el.updateComplete;
      expect(text($(el, '[part=diagnostics-review]'))).to.not.contain('remove this line');
      const report = await attached(el, uploads);
      const messages = report.entries.map((e) => (e.type === 'console' ? e.message : e.url));
      expect(messages).to.include('keep this line');
      expect(messages).to.not.include('remove this line: Acme revenue');
      expect($(el, '[part=diagnostics-review]'), 'the review closes').to.equal(null);
    });
  });

  describe('reportError()', () => {
    it('opens the form prefilled from an error; the stack and event id go into the diagnostics; the events say so', async () => {
      const { backend, uploads } = recordingUploads(reference.client('demo-user-1'));
      const button = await fixture<EqSupportButton>(
        html`<eq-support-button .backend=${backend}></eq-support-button>`,
      );
      const opened = oneEvent(button, 'eq-open');
      const error = new TypeError("Cannot read properties of undefined (reading 'budget')");
      await reportError(error, {
        eventId: 'a1b2c3d4e5f6',
        context: { dealId: '12333' },
        button,
      });
      const event = (await opened) as unknown as EqOpenEvent;
      expect(event.view).to.equal('create');
      expect(event.report?.eventId).to.equal('a1b2c3d4e5f6');

      const launcher = button.shadowRoot!.querySelector<EqSupportLauncher>('eq-support-launcher')!;
      await waitUntil(() => launcher.shadowRoot!.querySelector('eq-case-form'), 'the form opens', {
        timeout: 10_000,
      });
      const form = launcher.shadowRoot!.querySelector<EqCaseForm>('eq-case-form')!;
      await formReady(form);
      const field = (id: string) => $<HTMLInputElement>(form, `#${id}`)!.value;
      expect(field('description')).to.equal(
        "TypeError: Cannot read properties of undefined (reading 'budget')",
      );
      expect(field('dealId')).to.equal('12333');

      const lines = await review(form);
      expect(text(lines)).to.contain('Event ID: a1b2c3d4e5f6');
      expect(lines.querySelector('pre')?.textContent).to.contain('diagnostics.test');
      const report = await attached(form, uploads);
      expect(report.error?.eventId).to.equal('a1b2c3d4e5f6');
      expect(report.error?.stack).to.contain('diagnostics.test');

      const caseType = reference.seed.taxonomy.caseTypes[0]!;
      const set = async (id: string, value: string) => {
        const control = $<HTMLInputElement | HTMLSelectElement>(form, `#${id}`)!;
        control.value = value;
        control.dispatchEvent(
          new Event(control instanceof HTMLSelectElement ? 'change' : 'input', {
            bubbles: true,
            composed: true,
          }),
        );
        await form.updateComplete;
      };
      $<HTMLInputElement>(form, '#priority-medium')!.click();
      await set('subject', 'Deal ID 12333 — the budget page fails to load');
      await set('typeId', caseType.id);
      await set('categoryId', caseType.categories[0]!.id);
      const next = () =>
        [...form.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Next')!.click();
      next();
      await waitUntil(() => text($(form, '#step-title')) === 'Add Collaborators', 'step 2', {
        timeout: 10_000,
      });
      const created = oneEvent(button, 'eq-case-created');
      next();
      const filed = (await created) as unknown as EqCaseCreatedEvent;
      expect(filed.report?.eventId).to.equal('a1b2c3d4e5f6');
      expect(filed.case.attachments.map((a) => a.name)).to.have.length(1);
      expect(filed.case.attachments[0]!.name).to.match(/^diagnostics-/);
    });

    it('says plainly when the page has no button to open', async () => {
      let failure: unknown;
      await reportError(new Error('x')).catch((error: unknown) => (failure = error));
      expect((failure as Error).message).to.contain('no <eq-support-button>');
    });
  });
});
