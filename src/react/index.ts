/**
 * `eq-support/react`: React components for the eq- elements, made with `@lit/react`.
 *
 * Each wrapper renders the real custom element (importing this module registers the tags it
 * wraps), passes React props to the element's properties (objects and functions included, e.g.
 * `getToken`), and turns every eq- event the element lets out into an `onXxx` prop:
 * `eq-case-created` → `onCaseCreated`, `eq-error` → `onError`. Events are bubbling and composed,
 * so an element also lets out the events of the elements it is made of: `<CaseForm>` the article
 * suggestion events, `<CaseList>` the case view's, `<SupportButton>` those of everything its
 * dialog shows.
 *
 * ```jsx
 * import { SupportProvider, CaseForm } from 'eq-support/react';
 *
 * <SupportProvider apiBase="/api" getToken={getToken}>
 *   <CaseForm dealId="12333" onCaseCreated={(e) => setNumber(e.case.number)} />
 * </SupportProvider>
 * ```
 *
 * React (17 or newer) is an optional peer dependency: only this entry point needs it.
 */
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import { EqArticleSuggest } from '../components/article-suggest/article-suggest.js';
import { EqCaseForm } from '../components/case-form/case-form.js';
import { EqCaseList } from '../components/case-list/case-list.js';
import { EqCaseView } from '../components/case-view/case-view.js';
import { EqDocumentation } from '../components/documentation/documentation.js';
import { EqSupportButton } from '../components/support-button/support-button.js';
import { EqUserSettings } from '../components/user-settings/user-settings.js';
import { EqSupportProvider } from '../context/support-provider.js';
import type { EqArticleOpenEvent } from '../events/article-open-event.js';
import type { EqArticleSolvedEvent } from '../events/article-solved-event.js';
import type { EqCaseBackEvent } from '../events/case-back-event.js';
import type {
  EqAttachmentAddedEvent,
  EqCaseClosedEvent,
  EqCaseReopenedEvent,
  EqConcernRaisedEvent,
  EqMessageSentEvent,
  EqSurveyAnsweredEvent,
} from '../events/case-action-events.js';
import type { EqCaseFilterChangeEvent } from '../events/case-filter-change-event.js';
import type {
  EqCancelEvent,
  EqCaseCreatedEvent,
  EqFinishEvent,
  EqStepChangeEvent,
} from '../events/case-form-events.js';
import type { EqCaseOpenEvent } from '../events/case-open-event.js';
import type { EqCreateCaseEvent } from '../events/create-case-event.js';
import type { EqErrorEvent } from '../events/error-event.js';
import type { EqCloseEvent, EqOpenEvent, EqViewChangeEvent } from '../events/launcher-events.js';
import type { EqSettingsSaveEvent } from '../events/settings-save-event.js';
import type { EqSimilarCaseSelectEvent } from '../events/similar-case-select-event.js';

// The events each element fires itself, as its JSDoc `@fires` lists them (test/packaging checks
// them against custom-elements.json). A wrapper maps its own and those of the elements inside it.

const providerEvents = {
  onError: 'eq-error' as EventName<EqErrorEvent>,
};

const articleSuggestEvents = {
  onArticleOpen: 'eq-article-open' as EventName<EqArticleOpenEvent>,
  onArticleSolved: 'eq-article-solved' as EventName<EqArticleSolvedEvent>,
  onSimilarCaseSelect: 'eq-similar-case-select' as EventName<EqSimilarCaseSelectEvent>,
  onError: 'eq-error' as EventName<EqErrorEvent>,
};

const documentationEvents = {
  onArticleOpen: 'eq-article-open' as EventName<EqArticleOpenEvent>,
  onArticleSolved: 'eq-article-solved' as EventName<EqArticleSolvedEvent>,
};

const caseFormEvents = {
  onStepChange: 'eq-step-change' as EventName<EqStepChangeEvent>,
  onCaseCreated: 'eq-case-created' as EventName<EqCaseCreatedEvent>,
  onCancel: 'eq-cancel' as EventName<EqCancelEvent>,
  onFinish: 'eq-finish' as EventName<EqFinishEvent>,
};

const caseViewEvents = {
  onCaseBack: 'eq-case-back' as EventName<EqCaseBackEvent>,
  onMessageSent: 'eq-message-sent' as EventName<EqMessageSentEvent>,
  onAttachmentAdded: 'eq-attachment-added' as EventName<EqAttachmentAddedEvent>,
  onCaseReopened: 'eq-case-reopened' as EventName<EqCaseReopenedEvent>,
  onCaseClosed: 'eq-case-closed' as EventName<EqCaseClosedEvent>,
  onConcernRaised: 'eq-concern-raised' as EventName<EqConcernRaisedEvent>,
  onSurveyAnswered: 'eq-survey-answered' as EventName<EqSurveyAnsweredEvent>,
};

const caseListEvents = {
  onCaseOpen: 'eq-case-open' as EventName<EqCaseOpenEvent>,
  onCaseFilterChange: 'eq-case-filter-change' as EventName<EqCaseFilterChangeEvent>,
  onCreateCase: 'eq-create-case' as EventName<EqCreateCaseEvent>,
};

const userSettingsEvents = {
  onSettingsSave: 'eq-settings-save' as EventName<EqSettingsSaveEvent>,
};

const supportButtonEvents = {
  onOpen: 'eq-open' as EventName<EqOpenEvent>,
  onClose: 'eq-close' as EventName<EqCloseEvent>,
  onError: 'eq-error' as EventName<EqErrorEvent>,
  // From the launcher dialog in the button's shadow root.
  onViewChange: 'eq-view-change' as EventName<EqViewChangeEvent>,
};

/**
 * `<eq-support-provider>`: backend, signed-in person and language for the eq- elements inside.
 * Props: `apiBase`, `locale`, `getToken`, `backend`; `onError` when the person cannot be loaded.
 */
export const SupportProvider = /* @__PURE__ */ createComponent({
  tagName: 'eq-support-provider',
  elementClass: EqSupportProvider,
  react: React,
  events: providerEvents,
  displayName: 'SupportProvider',
});

/**
 * `<eq-support-button>`: the Contact Support button and its dialog. Call `open()` / `close()`
 * through a ref; `prefill` prefills new cases. Also lets out the events of the dialog's content.
 */
export const SupportButton = /* @__PURE__ */ createComponent({
  tagName: 'eq-support-button',
  elementClass: EqSupportButton,
  react: React,
  events: {
    ...caseFormEvents,
    ...articleSuggestEvents,
    ...caseListEvents,
    ...caseViewEvents,
    ...userSettingsEvents,
    ...supportButtonEvents,
  },
  displayName: 'SupportButton',
});

/** `<eq-case-form>`: files a case in three steps; `onCaseCreated` receives the case number. */
export const CaseForm = /* @__PURE__ */ createComponent({
  tagName: 'eq-case-form',
  elementClass: EqCaseForm,
  react: React,
  events: { ...articleSuggestEvents, ...caseFormEvents },
  displayName: 'CaseForm',
});

/** `<eq-case-list>`: the person's cases; opens `<eq-case-view>` in place, whose events it lets out. */
export const CaseList = /* @__PURE__ */ createComponent({
  tagName: 'eq-case-list',
  elementClass: EqCaseList,
  react: React,
  events: { ...caseViewEvents, ...caseListEvents },
  displayName: 'CaseList',
});

/** `<eq-case-view>`: one case with its history and actions. */
export const CaseView = /* @__PURE__ */ createComponent({
  tagName: 'eq-case-view',
  elementClass: EqCaseView,
  react: React,
  events: caseViewEvents,
  displayName: 'CaseView',
});

/** `<eq-article-suggest>`: help articles and similar open cases for a query. */
export const ArticleSuggest = /* @__PURE__ */ createComponent({
  tagName: 'eq-article-suggest',
  elementClass: EqArticleSuggest,
  react: React,
  events: articleSuggestEvents,
  displayName: 'ArticleSuggest',
});

/** `<eq-documentation>`: the help center — articles, known errors, search. */
export const Documentation = /* @__PURE__ */ createComponent({
  tagName: 'eq-documentation',
  elementClass: EqDocumentation,
  react: React,
  events: documentationEvents,
  displayName: 'Documentation',
});

/** `<eq-user-settings>`: the person's language and e-mail notifications ("My Settings"). */
export const UserSettings = /* @__PURE__ */ createComponent({
  tagName: 'eq-user-settings',
  elementClass: EqUserSettings,
  react: React,
  events: userSettingsEvents,
  displayName: 'UserSettings',
});

/** Props of each wrapper, for hosts that type their own components around them. */
export type SupportProviderProps = React.ComponentProps<typeof SupportProvider>;
export type SupportButtonProps = React.ComponentProps<typeof SupportButton>;
export type CaseFormProps = React.ComponentProps<typeof CaseForm>;
export type CaseListProps = React.ComponentProps<typeof CaseList>;
export type CaseViewProps = React.ComponentProps<typeof CaseView>;
export type ArticleSuggestProps = React.ComponentProps<typeof ArticleSuggest>;
export type DocumentationProps = React.ComponentProps<typeof Documentation>;
export type UserSettingsProps = React.ComponentProps<typeof UserSettings>;
