/**
 * The case routes: list, file, read, and the actions on a case (message, file, reopen, close,
 * concern, survey). Which action each status allows is `allows` (src/api/case-rules.ts); every
 * change is applied under the store's row lock and checked again there.
 */
import { allows } from '../../../src/api/case-rules.js';
import {
  type Attachment,
  type Case,
  type CaseEvent,
  type CaseStatus,
  type FieldError,
  type Priority,
  CASE_STATUSES,
  MAX_CASE_HISTORY,
  OPEN_STATUSES,
  PRIORITIES,
} from '../../../src/api/schemas.js';
import { HISTORY_TEXTS, languageOf, taxonomyIn } from '../language.js';
import { type AppParts, type Ctx, type Handlers, pathId, randomId } from '../operations.js';
import { PROBLEM_BASE, ProblemError, validationProblem } from '../problems.js';
import { decodeCursor, type StoredCase, toAttachment } from '../store.js';

type CaseOperation =
  | 'listCases'
  | 'createCase'
  | 'getCase'
  | 'addMessage'
  | 'addCaseAttachment'
  | 'reopenCase'
  | 'closeCase'
  | 'raiseConcern'
  | 'answerSurvey';

export function caseHandlers(parts: AppParts): Handlers<CaseOperation> {
  const { store, blobs, seed, basePath, uploads } = parts;
  const nowIso = () => parts.now().toISOString();

  /** The case with every attachment's download address signed. */
  async function caseOut(c: Ctx, kase: Case): Promise<Case> {
    const sign = (a: Attachment) => uploads.signed(c, a);
    return {
      ...kase,
      attachments: await Promise.all(kase.attachments.map(sign)),
      history: await Promise.all(
        kase.history.map(async (e) =>
          e.kind === 'attachment_added' ? { ...e, attachment: await sign(e.attachment) } : e,
        ),
      ),
    };
  }

  async function requireCase(c: Ctx, id: string): Promise<StoredCase> {
    const stored = await store.getCase(c.get('viewer').organizationId, id);
    if (!stored) {
      throw new ProblemError(
        404,
        'Case not found',
        `There is no case ${id} in your organization.`,
        undefined,
        `${PROBLEM_BASE}case-not-found`,
      );
    }
    return stored;
  }

  const historyFull = (kase: Case) =>
    new ProblemError(
      409,
      'Case history full',
      `Case ${kase.number} has reached ${MAX_CASE_HISTORY} history entries and takes no more. File a new case and mention this one.`,
      undefined,
      `${PROBLEM_BASE}case-history-full`,
    );

  /** Applies a change to a case atomically; the change may throw a ProblemError. */
  async function changeCase(c: Ctx, id: string, change: (kase: Case) => Case): Promise<Response> {
    await requireCase(c, id);
    const updated = await store.updateCase(c.get('viewer').organizationId, id, (stored) => {
      const next = change(structuredClone(stored.case));
      if (next.history.length > MAX_CASE_HISTORY) throw historyFull(next);
      return { ...next, updatedAt: nowIso() };
    });
    if (!updated)
      throw new ProblemError(404, 'Case not found', `There is no case ${id} in your organization.`);
    return c.json(await caseOut(c, updated), 200);
  }

  const event = <K extends CaseEvent['kind']>(
    kind: K,
    fields: Omit<Extract<CaseEvent, { kind: K }>, 'id' | 'at' | 'kind'>,
  ) =>
    ({ id: randomId('ev'), at: nowIso(), kind, ...fields }) as unknown as Extract<
      CaseEvent,
      { kind: K }
    >;

  const statusChange = (kase: Case, to: CaseStatus, reason?: string): CaseEvent =>
    event('status_change', { from: kase.status, to, ...(reason ? { reason } : {}) });

  function requirePriorityChange(kase: Case, requested: Priority | undefined, field: string): void {
    if (requested && requested === kase.priority) {
      throw validationProblem(
        [{ field, message: 'Choose a priority other than the current one', code: 'same_priority' }],
        'The requested priority is the current one.',
      );
    }
  }

  return {
    listCases: async (c, { query }) => {
      const errors: FieldError[] = [];
      let statuses: CaseStatus[] | undefined;
      if (query.status && query.status !== 'all') {
        statuses = [];
        for (const token of query.status.split(',').map((s) => s.trim())) {
          if (token === 'open') statuses.push(...OPEN_STATUSES);
          else if (token === 'closed') statuses.push('resolved', 'closed');
          else if ((CASE_STATUSES as readonly string[]).includes(token))
            statuses.push(token as CaseStatus);
          else
            errors.push({
              field: 'status',
              message: `Unknown status "${token}": use open, closed, all or ${CASE_STATUSES.join(', ')}`,
              code: 'invalid_value',
            });
        }
      }
      let priorities: Priority[] | undefined;
      if (query.priority) {
        priorities = [];
        for (const token of query.priority.split(',').map((s) => s.trim())) {
          if ((PRIORITIES as readonly string[]).includes(token)) priorities.push(token as Priority);
          else
            errors.push({
              field: 'priority',
              message: `Unknown priority "${token}": use ${PRIORITIES.join(', ')}`,
              code: 'invalid_value',
            });
        }
      }
      const limit = query.limit ? Number(query.limit) : 25;
      if (limit < 1 || limit > 100)
        errors.push({
          field: 'limit',
          message: 'Use a limit from 1 to 100',
          code: limit < 1 ? 'too_small' : 'too_big',
        });
      if (errors.length > 0) throw validationProblem(errors, 'Some query parameters are invalid.');
      const viewer = c.get('viewer');
      const sort = query.sort ?? '-updatedAt';
      if (query.cursor && !decodeCursor(query.cursor, sort)) {
        throw validationProblem([
          {
            field: 'cursor',
            message: 'This cursor is invalid or belongs to another sort order',
            code: 'invalid_cursor',
          },
        ]);
      }
      const result = await store.listCases({
        organizationId: viewer.organizationId,
        ...(query.scope === 'organization' ? {} : { mineOf: viewer }),
        ...(statuses ? { statuses } : {}),
        ...(priorities ? { priorities } : {}),
        ...(query.q ? { q: query.q } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
        sort,
        limit,
      });
      return c.json({ ...result, waitingForCustomer: await store.countWaiting(viewer) });
    },

    createCase: async (c, { body: input }) => {
      const user = c.get('user');
      const viewer = c.get('viewer');
      const errors: FieldError[] = [];
      const type = seed.taxonomy.caseTypes.find((t) => t.id === input.typeId);
      if (!type)
        errors.push({
          field: 'typeId',
          message: 'Choose one of the available types',
          code: 'unknown_type',
        });
      else if (!type.categories.some((cat) => cat.id === input.categoryId)) {
        errors.push({
          field: 'categoryId',
          message: `Choose a category of the type "${type.label}"`,
          code: 'category_not_in_type',
        });
      }
      const contacts = new Map(
        (await store.listContacts(viewer.organizationId)).map((x) => [x.id, x]),
      );
      const collaboratorIds = [...new Set(input.collaboratorIds ?? [])];
      const collaborators = collaboratorIds.flatMap((id, index) => {
        const contact = contacts.get(id);
        if (!contact) {
          errors.push({
            field: `collaboratorIds.${index}`,
            message: 'This contact is not part of your organization',
            code: 'unknown_contact',
          });
          return [];
        }
        if (!contact.portalAccess) {
          errors.push({
            field: `collaboratorIds.${index}`,
            message: `${contact.name} has no access to the portal and cannot be added`,
            code: 'no_portal_access',
          });
          return [];
        }
        return [contact];
      });
      if (errors.length > 0) throw validationProblem(errors);
      const caseId = randomId('case');
      const attachments = await uploads.claim(c, input.attachmentIds, caseId, 'attachmentIds');
      const at = nowIso();
      // Empty strings are absent values.
      const optional = (value: string | undefined) => (value === '' ? undefined : value);
      const created = await store.insertCase(
        {
          organizationId: viewer.organizationId,
          createdByUserId: user.id,
          watcherContactIds: [user.contactId, ...collaborators.map((x) => x.id)],
        },
        caseId,
        (number: string) => {
          const kase: Case = {
            id: caseId,
            number,
            subject: input.subject,
            description: input.description,
            status: 'new',
            priority: input.priority,
            typeId: input.typeId,
            categoryId: input.categoryId,
            createdAt: at,
            updatedAt: at,
            contact: {
              name: user.name,
              email: user.email,
              ...(user.phone ? { phone: user.phone } : {}),
            },
            collaborators,
            attachments: attachments.map(toAttachment),
            concerns: [],
            history: [{ id: randomId('ev'), at, kind: 'status_change', from: null, to: 'new' }],
          };
          for (const [key, value] of [
            ['howToReproduce', optional(input.howToReproduce)],
            ['insertionId', optional(input.insertionId)],
            ['dealId', optional(input.dealId)],
            ['campaignId', optional(input.campaignId)],
            ['domainUrl', optional(input.domainUrl)],
          ] as const) {
            if (value) kase[key] = value;
          }
          if (input.technicalContact) kase.technicalContact = input.technicalContact;
          if (input.metadata) kase.metadata = input.metadata;
          return kase;
        },
      );
      c.header('Location', `${basePath}/cases/${created.id}`);
      return c.json(await caseOut(c, created), 201);
    },

    getCase: async (c) => c.json(await caseOut(c, (await requireCase(c, pathId(c))).case)),

    addMessage: async (c, { body: input }) => {
      const id = pathId(c);
      const stored = await requireCase(c, id);
      const requireOpen = (kase: Case) => {
        if (!allows(kase.status, 'message')) {
          throw new ProblemError(
            409,
            'Case not open',
            'This case is resolved or closed. Reopen it to add a message.',
            undefined,
            `${PROBLEM_BASE}case-not-open`,
          );
        }
      };
      requireOpen(stored.case);
      requirePriorityChange(
        stored.case,
        input.priorityChange?.requested,
        'priorityChange.requested',
      );
      const claimed = await uploads.claim(c, input.attachmentIds, id, 'attachmentIds');
      const user = c.get('user');
      return changeCase(c, id, (kase) => {
        // Again under the row lock: the case may have been closed since (another instance).
        requireOpen(kase);
        // An id sent twice, or one already on the case, is attached once (see NewMessage).
        const onCase = new Set(kase.attachments.map((a) => a.id));
        const added = claimed.filter((r) => !onCase.has(r.id)).map(toAttachment);
        kase.attachments.push(...added);
        kase.history.push(
          event('message', {
            author: { role: 'customer', name: user.name },
            body: input.body,
            ...(added.length ? { attachmentIds: added.map((a) => a.id) } : {}),
          }),
          ...added.map((attachment) => event('attachment_added', { attachment })),
        );
        if (input.priorityChange) {
          kase.history.push(
            event('priority_change_requested', { from: kase.priority, ...input.priorityChange }),
          );
        }
        if (kase.status === 'waiting_for_customer') {
          kase.history.push(
            statusChange(kase, 'in_progress', HISTORY_TEXTS[languageOf(c)].customerReplied),
          );
          kase.status = 'in_progress';
        }
        return kase;
      });
    },

    addCaseAttachment: async (c) => {
      const id = pathId(c);
      const stored = await requireCase(c, id);
      // The same rule as messages: a resolved or closed case takes nothing new until it is reopened.
      const requireRoom = (kase: Case) => {
        if (!allows(kase.status, 'attach')) {
          throw new ProblemError(
            409,
            'Case not open',
            'This case is resolved or closed. Reopen it to add files.',
            undefined,
            `${PROBLEM_BASE}case-not-open`,
          );
        }
        if (kase.history.length >= MAX_CASE_HISTORY) throw historyFull(kase);
      };
      // Checked before the file is received, so a refused case costs no upload…
      requireRoom(stored.case);
      const record = await uploads.receive(c, null);
      try {
        const response = await changeCase(c, id, (kase) => {
          // …and again under the row lock: the case may have been closed since (another instance).
          requireRoom(kase);
          const attachment = toAttachment(record);
          kase.attachments.push(attachment);
          kase.history.push(event('attachment_added', { attachment }));
          return kase;
        });
        await store.claimAttachments(c.get('viewer'), [record.id], id);
        return response;
      } catch (error) {
        // A refused change leaves neither the row nor the file behind.
        if (await store.deleteOrphanAttachment(record.id)) await blobs.remove(record.id);
        throw error;
      }
    },

    reopenCase: async (c, { body: input }) => {
      const id = pathId(c);
      const user = c.get('user');
      return changeCase(c, id, (kase) => {
        if (!allows(kase.status, 'reopen')) {
          throw new ProblemError(
            409,
            'Case is open',
            'Only a resolved or closed case can be reopened. Add a message instead.',
            undefined,
            `${PROBLEM_BASE}case-open`,
          );
        }
        requirePriorityChange(kase, input.priorityChange?.requested, 'priorityChange.requested');
        kase.history.push(statusChange(kase, 'in_progress', HISTORY_TEXTS[languageOf(c)].reopened));
        kase.history.push(
          event('message', { author: { role: 'customer', name: user.name }, body: input.message }),
        );
        if (input.priorityChange) {
          kase.history.push(
            event('priority_change_requested', { from: kase.priority, ...input.priorityChange }),
          );
        }
        kase.status = 'in_progress';
        delete kase.closeReason;
        return kase;
      });
    },

    closeCase: async (c, { body: input }) => {
      const id = pathId(c);
      // Written into the history in the language of the person closing the case.
      const label =
        taxonomyIn(seed, languageOf(c)).closeReasons.find((r) => r.id === input.reason)?.label ??
        input.reason;
      const user = c.get('user');
      return changeCase(c, id, (kase) => {
        if (!allows(kase.status, 'close')) {
          throw new ProblemError(
            409,
            'Case already closed',
            'This case is already closed.',
            undefined,
            `${PROBLEM_BASE}case-closed`,
          );
        }
        kase.history.push(statusChange(kase, 'closed', label));
        if (input.comment) {
          kase.history.push(
            event('message', {
              author: { role: 'customer', name: user.name },
              body: input.comment,
            }),
          );
        }
        kase.status = 'closed';
        kase.closeReason = input.reason;
        return kase;
      });
    },

    raiseConcern: async (c, { body: input }) => {
      const id = pathId(c);
      await requireCase(c, id);
      return changeCase(c, id, (kase) => {
        if (!allows(kase.status, 'concern'))
          throw new ProblemError(409, 'Concern not available', 'This case takes no concern.');
        const concern = { id: randomId('con'), ...input, createdAt: nowIso() };
        kase.concerns.push(concern);
        kase.history.push(event('concern_raised', { category: input.category }));
        return kase;
      });
    },

    answerSurvey: async (c, { body: input }) => {
      const id = pathId(c);
      return changeCase(c, id, (kase) => {
        if (!allows(kase.status, 'survey')) {
          throw new ProblemError(
            409,
            'Survey not available',
            'The satisfaction survey opens once the case is resolved.',
            undefined,
            `${PROBLEM_BASE}survey-not-available`,
          );
        }
        if (kase.survey) {
          throw new ProblemError(
            409,
            'Survey already answered',
            'You already answered the survey for this case. Thank you!',
            undefined,
            `${PROBLEM_BASE}survey-answered`,
          );
        }
        kase.survey = {
          rating: input.rating,
          ...(input.comment ? { comment: input.comment } : {}),
          answeredAt: nowIso(),
        };
        kase.history.push(event('survey_answered', { rating: input.rating }));
        return kase;
      });
    },
  };
}
