/**
 * The elements follow the page's language at runtime, without a reload: `<html lang>` changes,
 * a provider's `locale`, an element's own (deprecated) `locale` (which wins, for the whole page),
 * and dates formatted through Intl. One language per page: two elements never show two.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SupportBackend } from '../../src/api/backend.js';
import { PRIORITIES, type Taxonomy } from '../../src/api/schemas.js';
import type { EqCaseForm } from '../../src/components/case-form/case-form.js';
import type { EqCaseList } from '../../src/components/case-list/case-list.js';
import type { EqCaseView } from '../../src/components/case-view/case-view.js';
import { loadTaxonomy } from '../../src/data/shared-data.js';
import type { EqSupportButton } from '../../src/components/support-button/support-button.js';
import { getLocale, plural, useLocale } from '../../src/localization.js';
import { createInBrowserBackend, type InBrowserBackend } from '../../demo/server/in-browser.js';
import { spyBackend } from './case-fixtures.js';
import '../../src/components/case-form/case-form.js';
import '../../src/components/case-list/case-list.js';
import '../../src/components/case-view/case-view.js';
import '../../src/components/support-button/support-button.js';
import '../../src/context/support-provider.js';

/** Visible text with white space (no-break spaces included) folded, as a person reads it. */
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a person sees in each language: the button, and the first step of the case form. */
const SEEN = {
  en: {
    button: 'Contact Support',
    title: 'Case details',
    step: 'Step 1 of 3: Details',
    subject: 'Subject',
    category: 'Case Category',
    priority: 'Priority',
    next: 'Next',
  },
  fr: {
    button: 'Contacter le support',
    title: 'Détails du dossier',
    step: 'Étape 1 sur 3 : détails',
    subject: 'Objet',
    category: 'Catégorie du dossier',
    priority: 'Priorité',
    next: 'Suivant',
  },
  pl: {
    button: 'Kontakt z pomocą techniczną',
    title: 'Szczegóły zgłoszenia',
    step: 'Krok 1 z 3: szczegóły',
    subject: 'Temat',
    category: 'Kategoria zgłoszenia',
    priority: 'Priorytet',
    next: 'Dalej',
  },
  es: {
    button: 'Contactar con soporte',
    title: 'Detalles del caso',
    step: 'Paso 1 de 3: detalles',
    subject: 'Asunto',
    category: 'Categoría del caso',
    priority: 'Prioridad',
    next: 'Siguiente',
  },
  'pt-BR': {
    button: 'Fale com o suporte',
    title: 'Detalhes do chamado',
    step: 'Etapa 1 de 3: detalhes',
    subject: 'Assunto',
    category: 'Categoria do chamado',
    priority: 'Prioridade',
    next: 'Avançar',
  },
} as const;
type Language = keyof typeof SEEN;

const buttonLabel = (el: EqSupportButton) =>
  text(el.shadowRoot!.querySelector('[part=button] > span'));

/** The form's texts that SEEN lists, as shown. */
function formTexts(form: EqCaseForm) {
  const root = form.shadowRoot!;
  return {
    title: text(root.querySelector('#step-title')),
    step: text(root.querySelector('.step-count')),
    subject: text(root.querySelector('label[for=subject]')),
    category: text(root.querySelector('label[for=categoryId]')),
    priority: text(root.querySelector('#priority-legend')),
    next: text(root.querySelector('button[type=submit]')),
  };
}

/** Waits until the form shows `language`, and says what it shows otherwise. */
async function formShows(form: EqCaseForm, language: Language): Promise<void> {
  const { button: _button, ...expected } = SEEN[language];
  await waitUntil(
    () => JSON.stringify(formTexts(form)) === JSON.stringify(expected),
    `the case form is in ${language}; it shows ${JSON.stringify(formTexts(form))}`,
    { timeout: 5000 },
  );
}

async function buttonShows(button: EqSupportButton, language: Language): Promise<void> {
  await waitUntil(
    () => buttonLabel(button) === SEEN[language].button,
    `the button is in ${language}; it shows "${buttonLabel(button)}"`,
    { timeout: 5000 },
  );
}

/** Resolves when a change of `<html lang>` made after this call has been observed. */
function langObserved(): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  });
}

const twoFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function formReady(form: EqCaseForm): Promise<void> {
  await waitUntil(() => form.shadowRoot!.querySelector('form'), 'the form renders', {
    timeout: 5000,
  });
  await form.updateComplete; // the rest of step 1 follows the form's first frame
}

describe('localization at runtime', () => {
  let backend: SupportBackend;
  let originalLang: string;

  beforeEach(async () => {
    localStorage.clear();
    originalLang = document.documentElement.lang;
    document.documentElement.lang = 'en';
    backend = (await createInBrowserBackend()).client('demo-user-1');
  });

  afterEach(async () => {
    for (const button of document.querySelectorAll('eq-support-button')) button.close();
    document.documentElement.lang = originalLang;
    await useLocale('en');
  });

  it('switches the button and the case form when <html lang> changes, keeping what was typed', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <eq-support-button .backend=${backend}></eq-support-button>
        <eq-case-form .backend=${backend}></eq-case-form>
      </div>
    `);
    const button = page.querySelector<EqSupportButton>('eq-support-button')!;
    const form = page.querySelector<EqCaseForm>('eq-case-form')!;
    await formReady(form);
    await buttonShows(button, 'en');
    await formShows(form, 'en');

    const subject = form.shadowRoot!.querySelector<HTMLInputElement>('#subject')!;
    subject.value = 'Deal ID 12333 — no delivery';
    subject.dispatchEvent(new Event('input', { bubbles: true, composed: true }));

    for (const language of ['fr', 'pl', 'es', 'pt-BR', 'en'] as const) {
      document.documentElement.lang = language;
      await buttonShows(button, language);
      await formShows(form, language);
      expect(getLocale()).to.equal(language);
      // The same elements, not a reload: the person's text is still there.
      expect(page.isConnected).to.be.true;
      expect(form.shadowRoot!.querySelector<HTMLInputElement>('#subject')).to.equal(subject);
      expect(subject.value).to.equal('Deal ID 12333 — no delivery');
    }
  });

  it('opens the launcher in the page language, with the portal terms, and passes axe', async () => {
    const actions = {
      fr: ['Créer un dossier', 'Voir mes dossiers', 'Consulter la documentation'],
      pl: ['Utwórz zgłoszenie', 'Zobacz moje zgłoszenia', 'Przeczytaj dokumentację'],
    } as const;
    for (const language of ['fr', 'pl'] as const) {
      document.documentElement.lang = language;
      const button = await fixture<EqSupportButton>(
        html`<eq-support-button .backend=${backend}></eq-support-button>`,
      );
      await buttonShows(button, language);
      await button.open();
      const launcher = button.shadowRoot!.querySelector('eq-support-launcher')!;
      await waitUntil(() => launcher.shadowRoot?.querySelector('.centers'), 'the home view loads', {
        timeout: 5000,
      });
      expect(text(launcher.shadowRoot!.querySelector('#title'))).to.equal(SEEN[language].button);
      const buttons = [...launcher.shadowRoot!.querySelectorAll('button')].map(text);
      for (const action of actions[language]) {
        expect(
          buttons.some((b) => b.startsWith(action)),
          `"${action}" in ${buttons.join(' | ')}`,
        ).to.be.true;
      }
      await expect(launcher).to.be.accessible();
      button.close();
    }
  });

  it('follows a regional page language (fr-CA → fr, pt → pt-BR)', async () => {
    const button = await fixture<EqSupportButton>(
      html`<eq-support-button .backend=${backend}></eq-support-button>`,
    );
    document.documentElement.lang = 'fr-CA';
    await buttonShows(button, 'fr');
    document.documentElement.lang = 'pt';
    await buttonShows(button, 'pt-BR');
    document.documentElement.lang = 'de';
    await buttonShows(button, 'en');
  });

  it("gives an element's own locale attribute precedence over the provider's and the page's", async () => {
    document.documentElement.lang = 'fr';
    const provider = await fixture<HTMLElement>(html`
      <eq-support-provider locale="es" .backend=${backend}>
        <eq-support-button locale="pl"></eq-support-button>
        <eq-case-form locale="pl"></eq-case-form>
      </eq-support-provider>
    `);
    const button = provider.querySelector<EqSupportButton>('eq-support-button')!;
    const form = provider.querySelector<EqCaseForm>('eq-case-form')!;
    await formReady(form);
    await buttonShows(button, 'pl');
    await formShows(form, 'pl');

    // The page language changes: the elements keep their own. The page's observer has seen the
    // change once ours has (observers run in the order they were made), and a switch to English
    // would have rendered within two frames (English needs no download).
    const noticed = langObserved();
    document.documentElement.lang = 'en';
    await noticed;
    await Promise.all([button.updateComplete, form.updateComplete]);
    await twoFrames();
    expect(buttonLabel(button)).to.equal(SEEN.pl.button);
    await formShows(form, 'pl');

    // Their own attribute changes: they follow it.
    button.setAttribute('locale', 'pt-BR');
    form.setAttribute('locale', 'pt-BR');
    await buttonShows(button, 'pt-BR');
    await formShows(form, 'pt-BR');

    // Without it, the provider's language applies, not the page's.
    button.removeAttribute('locale');
    form.removeAttribute('locale');
    await buttonShows(button, 'es');
    await formShows(form, 'es');
  });

  it('holds two elements asking for two languages to one page language, and says so', async () => {
    document.documentElement.lang = 'en';
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const page = await fixture<HTMLElement>(html`
        <div>
          <eq-support-button locale="fr" .backend=${backend}></eq-support-button>
          <eq-case-form locale="es" .backend=${backend}></eq-case-form>
        </div>
      `);
      const button = page.querySelector<EqSupportButton>('eq-support-button')!;
      const form = page.querySelector<EqCaseForm>('eq-case-form')!;
      await formReady(form);
      // One language for the page: the one asked last (the form's), never a mix.
      await buttonShows(button, 'es');
      await formShows(form, 'es');
      expect(button.supportConfig.locale).to.equal(form.supportConfig.locale);
      const conflicts = warnings.filter((w) => w.includes('asks for'));
      expect(conflicts).to.have.length(1);
      expect(conflicts[0]).to.contain('<eq-case-form> asks for es').and.contain('one language');

      // The form leaves: the button's wish is the page's language again.
      form.remove();
      await buttonShows(button, 'fr');
    } finally {
      console.warn = warn;
    }
  });

  it("picks a counted text's form by the language's own plural rules", async () => {
    const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };
    await useLocale('pl');
    expect([1, 2, 4, 5, 12, 22, 25, 0].map((n) => plural(n, forms))).to.deep.equal([
      'one',
      'few',
      'few',
      'many',
      'many',
      'few',
      'many',
      'many',
    ]);
    await useLocale('fr');
    expect(
      [0, 1, 2].map((n) => plural(n, forms)),
      'French counts 0 as one',
    ).to.deep.equal(['one', 'one', 'other']);
    await useLocale('en');
    expect([0, 1, 2].map((n) => plural(n, { one: 'one', other: 'other' }))).to.deep.equal([
      'other',
      'one',
      'other',
    ]);
  });

  it('counts cases in Polish with the form each number takes', async () => {
    document.documentElement.lang = 'pl';
    const list = await fixture<EqCaseList>(html`<eq-case-list .backend=${backend}></eq-case-list>`);
    const more = () => text(list.shadowRoot!.querySelector('[part=more] p'));
    // demo-user-1 has 6 cases, all shown, and 1 waiting for a reply.
    await waitUntil(() => more() === 'Wyświetlono wszystkie 6 zgłoszeń', `shown: "${more()}"`, {
      timeout: 5000,
    });
    expect(text(list.shadowRoot!.querySelector('[part=waiting-summary] span'))).to.equal(
      '1 zgłoszenie oczekuje na odpowiedź.',
    );
    document.documentElement.lang = 'fr';
    await waitUntil(() => more() === 'Les 6 dossiers sont affichés', `shown: "${more()}"`, {
      timeout: 5000,
    });
  });

  it('formats dates through Intl in the resolved language', async () => {
    document.documentElement.lang = 'fr';
    const list = await fixture<EqCaseList>(html`<eq-case-list .backend=${backend}></eq-case-list>`);
    const firstRow = () => list.shadowRoot!.querySelector('button.row');
    await waitUntil(() => firstRow(), 'the cases are shown', { timeout: 5000 });
    const updated = {
      fr: 'Mis à jour',
      pl: 'Zaktualizowano',
      es: 'Actualizado',
      'pt-BR': 'Atualizado',
      en: 'Updated',
    } as const;

    const shown = new Map<string, string>();
    for (const language of ['fr', 'pl', 'es', 'pt-BR', 'en'] as const) {
      document.documentElement.lang = language;
      const time = () => firstRow()!.querySelector('time')!;
      const exact = () =>
        new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(time().dateTime),
        );
      await waitUntil(
        () => time().title === exact() && text(time().parentElement).startsWith(updated[language]),
        `the date is formatted in ${language}: "${time().title}", "${text(time().parentElement)}"`,
        { timeout: 5000 },
      );
      shown.set(language, time().title);
    }
    // The same date really reads differently (month names, order, 24-hour clock).
    expect(shown.get('fr')).to.not.equal(shown.get('en'));
  });
});

describe('texts of the backend at runtime', () => {
  let reference: InBrowserBackend;
  let originalLang: string;

  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    originalLang = document.documentElement.lang;
    document.documentElement.lang = 'en';
    reference = await createInBrowserBackend();
  });

  afterEach(async () => {
    document.documentElement.lang = originalLang;
    await useLocale('en');
  });

  it('shows the case form’s priorities in French after a switch at runtime, keeping what was typed', async () => {
    const { backend, calls } = spyBackend(reference.client('demo-user-1'));
    const form = await fixture<EqCaseForm>(html`<eq-case-form .backend=${backend}></eq-case-form>`);
    await formReady(form);
    const root = form.shadowRoot!;
    const $ = <T extends Element = HTMLElement>(selector: string) =>
      root.querySelector<T>(selector)!;
    const description = (id: string) => text($(`#priority-${id}-description`));
    const english = reference.seed.taxonomy;
    const french = reference.seed.taxonomyTranslations.fr;
    expect(description('critical')).to.equal(english.priorities[1]!.description);

    // A half-filled form: a priority, a subject, a description, a type and a category.
    $<HTMLInputElement>('#priority-critical').click();
    const fill = (selector: string, value: string) => {
      const control = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
      control.value = value;
      control.dispatchEvent(
        new Event(control instanceof HTMLSelectElement ? 'change' : 'input', {
          bubbles: true,
          composed: true,
        }),
      );
    };
    const type = english.caseTypes[2]!;
    const category = type.categories[1]!;
    fill('#subject', 'Deal ID 12333 — no delivery for last 24 hours');
    await form.updateComplete;
    fill('#description', 'Delivery stopped yesterday at 10:00.');
    fill('#typeId', type.id);
    await form.updateComplete;
    fill('#categoryId', category.id);
    await form.updateComplete;
    const subject = $<HTMLInputElement>('#subject');

    document.documentElement.lang = 'fr';
    await waitUntil(
      () => description('critical') === french.priorities.critical.description,
      `the priority descriptions are in French; they read "${description('critical')}"`,
      { timeout: 5000 },
    );
    await formShows(form, 'fr');
    for (const id of PRIORITIES) {
      const option = $(`#priority-${id}`).closest('[part=priority-option]')!;
      expect(text(option.querySelector('label'))).to.equal(french.priorities[id].label);
      expect(description(id)).to.equal(french.priorities[id].description);
      expect([...option.querySelectorAll('details li')].map(text)).to.deep.equal(
        french.priorities[id].examples,
      );
    }
    const frenchType = french.caseTypes[type.id]!;
    expect(text($<HTMLSelectElement>('#typeId').selectedOptions[0])).to.equal(frenchType.label);
    expect(text($<HTMLSelectElement>('#categoryId').selectedOptions[0])).to.equal(
      frenchType.categories[category.id],
    );
    expect([...root.querySelectorAll('.notes li')].map(text)).to.deep.equal(french.outOfScope);

    // Nothing typed is lost, and the form was not rebuilt underneath the person.
    expect($('#subject')).to.equal(subject);
    expect(subject.value).to.equal('Deal ID 12333 — no delivery for last 24 hours');
    expect($<HTMLTextAreaElement>('#description').value).to.equal(
      'Delivery stopped yesterday at 10:00.',
    );
    expect($<HTMLInputElement>('#priority-critical').checked).to.equal(true);
    expect($<HTMLSelectElement>('#typeId').value).to.equal(type.id);
    expect($<HTMLSelectElement>('#categoryId').value).to.equal(category.id);
    const asked = calls.filter((c) => c.method === 'getTaxonomy');
    expect(asked.map((c) => (c.args[0] as { locale?: string }).locale)).to.deep.equal(['en', 'fr']);
    await expect(form).to.be.accessible();

    // And back: English again, still with the same draft.
    document.documentElement.lang = 'en';
    await waitUntil(
      () => description('critical') === english.priorities[1]!.description,
      'the priority descriptions are in English again',
      { timeout: 5000 },
    );
    expect(subject.value).to.equal('Deal ID 12333 — no delivery for last 24 hours');
    expect($<HTMLSelectElement>('#categoryId').value).to.equal(category.id);
  });

  it('shows the case view’s types, categories and close reasons in the new language', async () => {
    const { backend } = spyBackend(reference.client('demo-user-1'));
    const view = await fixture<EqCaseView>(
      html`<eq-case-view case-id="case-00010014" .backend=${backend}></eq-case-view>`,
    );
    const details = () => text(view.shadowRoot!.querySelector('.details'));
    await waitUntil(() => details().includes('Type Programmatic'), 'the English type', {
      timeout: 5000,
    });
    const kase = view.case!;
    const polish = reference.seed.taxonomyTranslations.pl.caseTypes[kase.typeId]!;
    document.documentElement.lang = 'fr';
    await waitUntil(
      () => details().includes('Type Programmatique'),
      `the type is in French; the details read "${details()}"`,
      { timeout: 5000 },
    );
    document.documentElement.lang = 'pl';
    await waitUntil(
      () => details().includes(`Kategoria ${polish.categories[kase.categoryId]!}`),
      `the category is in Polish; the details read "${details()}"`,
      { timeout: 5000 },
    );
    view.shadowRoot!.querySelector<HTMLButtonElement>('#action-close')!.click();
    await view.updateComplete;
    const reasons = [...view.shadowRoot!.querySelectorAll('#panel .choice label')].map(text);
    expect(reasons).to.deep.equal(
      reference.seed.taxonomy.closeReasons.map(
        (r) => reference.seed.taxonomyTranslations.pl.closeReasons[r.id].label,
      ),
    );
  });

  it('caches the taxonomy per backend and language, never one language for another', async () => {
    const asked: (string | undefined)[] = [];
    // The answers wait for the gate, opened once both French loads have asked: the second one
    // surely comes while the first is in flight, on any machine.
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    const backend = {
      getTaxonomy: async (options?: { locale?: string }) => {
        asked.push(options?.locale);
        await gate;
        return { outOfScope: [`in ${options?.locale}`] } as Taxonomy;
      },
    } as unknown as SupportBackend;
    const signal = new AbortController().signal;
    const both = Promise.all([
      loadTaxonomy(backend, 'fr', signal),
      loadTaxonomy(backend, 'fr', signal),
    ]);
    openGate();
    const [fr1, fr2] = await both;
    expect(asked).to.deep.equal(['fr']);
    expect(fr1.outOfScope).to.deep.equal(['in fr']);
    expect(fr2).to.equal(fr1);
    const en = await loadTaxonomy(backend, 'en', signal);
    expect(en.outOfScope).to.deep.equal(['in en']);
    expect(await loadTaxonomy(backend, 'fr', signal)).to.equal(fr1);
    expect(asked).to.deep.equal(['fr', 'en']);
  });
});
