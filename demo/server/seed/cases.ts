/**
 * Seed cases of the three demo users. Each case is written as a list of steps dated in hours
 * before `now`; `seedCases` turns them into history events, derives the status, survey and
 * concerns, and numbers the cases from the oldest (`00010001`) to the newest.
 */
import type {
  Attachment,
  CaseEvent,
  CaseStatus,
  CloseReason,
  Concern,
  ConcernCategory,
  Priority,
  SurveyAnswer,
  TechnicalContact,
} from '../../../src/api/schemas.js';
import { users } from './people.js';
import type { SeedAttachment, SeedCase } from './types.js';

const HOUR = 3_600_000;
const FIRST_NUMBER = 10001;

/** A file added to a case; `content` is small text stored in the blob store. */
interface FileSpec {
  id: string;
  name: string;
  contentType: string;
  content: string;
}

/** One thing that happened on a case, `at` hours before now. */
type Step =
  | {
      at: number;
      kind: 'message';
      from: 'support' | 'customer';
      /** Defaults to the case's customer for customer messages. */
      name?: string;
      body: string;
      files?: FileSpec[];
    }
  | { at: number; kind: 'status'; to: CaseStatus; reason?: string }
  | { at: number; kind: 'priority_request'; requested: Priority; justification: string }
  | { at: number; kind: 'concern'; category: ConcernCategory; description: string }
  | { at: number; kind: 'survey'; rating: number; comment?: string };

interface CaseSpec {
  userId: string;
  /** Hours before now. */
  createdAgo: number;
  priority: Priority;
  typeId: string;
  categoryId: string;
  subject: string;
  description: string;
  howToReproduce?: string;
  insertionId?: string;
  dealId?: string;
  campaignId?: string;
  domainUrl?: string;
  technicalContact?: TechnicalContact;
  collaboratorIds?: string[];
  /** Files uploaded with the new case. */
  files?: FileSpec[];
  closeReason?: CloseReason;
  steps: Step[];
}

// Fictional support specialists of the delivery centers.
const PARIS = 'Julien Mercier';
const KRAKOW = 'Marta Zielińska';
const NEW_YORK = 'Derek Holloway';
const SAO_PAULO = 'Beatriz Nogueira';
const MANAGER = 'Hélène Garnier, Support Team Lead';

const HELP = 'https://help.example.com/articles';

const specs: CaseSpec[] = [
  // -------------------------------------------------------------------------------------------
  // Camille Laurent (user-1, Acme Media Group)
  // -------------------------------------------------------------------------------------------
  {
    userId: 'user-1',
    createdAgo: 30,
    priority: 'critical',
    typeId: 'programmatic',
    categoryId: 'programmatic-deals',
    subject: 'Deal ID 12333 — no delivery for last 24 hours',
    description:
      'Impacted feature: deal delivery.\n\n' +
      'Private marketplace deal 12333 ("Acme PMP – Sports Premium", buyer seat 881) delivered ' +
      'around 40,000 impressions a day until yesterday morning and has served nothing since. ' +
      'The deal is Active, its dates are valid and we did not change the targeting.\n\n' +
      'The only change: we raised the floor from 2.00 to 2.50 EUR yesterday at about 09:00 ' +
      'CET. Our network currency is USD. Instant Insights still shows bid requests for the ' +
      'deal, but bids dropped to zero. The buyer confirms the deal is active on their side.\n\n' +
      'Attached: Instant Insights export (deal 12333, hourly, last 48 hours).',
    dealId: '12333',
    collaboratorIds: ['contact-acme-3', 'contact-acme-2'],
    files: [
      {
        id: 'att-deal-12333-hourly',
        name: 'deal-12333-hourly-last-48h.csv',
        contentType: 'text/csv',
        content:
          'hour,deal_id,bid_requests,bids,won_impressions,revenue_usd\n' +
          '-48h,12333,61230,18544,1702,4.91\n' +
          '-36h,12333,58871,17902,1655,4.77\n' +
          '-30h,12333,60110,0,0,0.00\n' +
          '-24h,12333,59482,0,0,0.00\n' +
          '-12h,12333,62004,0,0,0.00\n',
      },
    ],
    steps: [
      { at: 29, kind: 'status', to: 'in_progress' },
      {
        at: 28.5,
        kind: 'message',
        from: 'support',
        name: PARIS,
        body:
          'Hello Camille,\n\nThank you for the detailed description and the export. The ' +
          'symptoms match a known error that affects deals whose floor currency differs from ' +
          `the network currency after an edit: ${HELP}/kb-deal-no-delivery-after-floor-update\n\n` +
          'Could you apply the workaround (set the floor currency to USD, save, set it back to ' +
          'EUR, save again) and tell us whether bids come back within 15 minutes? If they do ' +
          'not, please send us the exact time of the floor change so that we can check the ' +
          'auction logs.\n\nBest regards,\nJulien',
      },
      { at: 28.5, kind: 'status', to: 'waiting_for_customer' },
    ],
  },
  {
    userId: 'user-1',
    createdAgo: 216,
    priority: 'medium',
    typeId: 'accounts-user-management',
    categoryId: 'accounts-user-management-roles-permissions',
    subject: 'Cannot access the Deals page anymore',
    description:
      'Impacted feature: interface (Programmatic > Deals).\n\n' +
      'Since this morning I get "You don\'t have access to this page" when I open the Deals ' +
      'page. Yesterday our administrator changed my role from Campaign manager to Deal ' +
      'manager. Other pages work. I tried another browser with the same result.',
    howToReproduce:
      '1. Sign in as camille.laurent@acme.example.\n2. Open Programmatic > Deals.\n' +
      '3. The access-denied message is displayed.',
    steps: [
      { at: 214, kind: 'status', to: 'in_progress' },
      {
        at: 213,
        kind: 'message',
        from: 'support',
        name: KRAKOW,
        body:
          'Hello Camille,\n\nCould you send us the console output of the browser (Chrome ' +
          'Developer Tools, Console tab) when the page is displayed? It will tell us which ' +
          'permission check fails.\n\nKind regards,\nMarta',
      },
      {
        at: 210,
        kind: 'message',
        from: 'customer',
        body: 'Here is the console output, copied from Chrome.',
        files: [
          {
            id: 'att-deals-page-console',
            name: 'deals-page-console.txt',
            contentType: 'text/plain',
            content:
              'GET https://maestro.example/api/v3/deals?limit=50 403 (Forbidden)\n' +
              'PermissionError: missing permission "deals:read" (role cache: campaign_manager)\n' +
              '    at guardRoute (routes.js:412)\n' +
              '    at DealsPage.load (deals-page.js:88)\n',
          },
        ],
      },
      {
        at: 200,
        kind: 'message',
        from: 'support',
        name: KRAKOW,
        body:
          'Thank you. The log shows that your session still uses the permissions of your ' +
          `previous role. This is a known error with a fix scheduled: ${HELP}/` +
          'kb-deals-page-access-denied\n\nPlease sign out, clear the site data of the Maestro ' +
          'domain and sign in again. Let us know if the page is still blocked.',
      },
      {
        at: 190,
        kind: 'message',
        from: 'customer',
        body: 'That worked, I can see the Deals page again. Thank you!',
      },
      { at: 189, kind: 'status', to: 'resolved', reason: 'Workaround applied' },
      { at: 185, kind: 'survey', rating: 5, comment: 'Quick and clear answer, thank you!' },
    ],
  },
  {
    userId: 'user-1',
    createdAgo: 600,
    priority: 'low',
    typeId: 'setup-configuration',
    categoryId: 'setup-configuration-creative-templates',
    subject: 'Creative template preview is blank in Safari ("Feed Card v2")',
    description:
      'Impacted feature: interface (Creatives > Templates).\n\n' +
      'The preview of our native template "Feed Card v2" stays blank in Safari 18. The same ' +
      'template previews fine in Chrome and the creatives render correctly on our sites. ' +
      'Minor issue, but our creative team works on Macs.',
    collaboratorIds: ['contact-acme-5'],
    steps: [
      { at: 596, kind: 'status', to: 'in_progress' },
      {
        at: 595,
        kind: 'message',
        from: 'support',
        name: PARIS,
        body:
          'Hello Camille,\n\nThis is a known error of the preview in Safari; live delivery is ' +
          `not affected: ${HELP}/kb-creative-template-preview-blank\n\nUntil it is fixed, ` +
          'please use "Open preview in new tab", which works in Safari too.',
      },
      {
        at: 570,
        kind: 'message',
        from: 'customer',
        name: 'Camille Laurent',
        body: 'The new tab preview works for our team. Fine for us until the fix.',
      },
      { at: 569, kind: 'status', to: 'resolved' },
      {
        at: 400,
        kind: 'status',
        to: 'closed',
        reason: 'Closed after 7 days without further questions',
      },
    ],
    closeReason: 'resolution_reached',
  },
  {
    userId: 'user-1',
    createdAgo: 3,
    priority: 'low',
    typeId: 'accounts-user-management',
    categoryId: 'accounts-user-management-user-management',
    subject: 'Request for 3 new user accounts for the Paris trading desk',
    description:
      'Our administrator is on leave; could you create Maestro accounts with the Report ' +
      'viewer role for the following colleagues of the Paris trading desk?\n\n' +
      '- Inès Morel — ines.morel@acme.example\n' +
      '- Paul Girard — paul.girard@acme.example\n' +
      '- Yasmine Haddou — yasmine.haddou@acme.example\n\n' +
      'They should only see the advertisers of the "Acme Sports" agency.',
    steps: [],
  },
  {
    userId: 'user-1',
    createdAgo: 144,
    priority: 'medium',
    typeId: 'reporting',
    categoryId: 'reporting-metrics-dimensions',
    subject: 'Viewability rate dropped from 68% to 41% on insertion 884120 since Monday',
    description:
      'Impacted feature: reporting (Instant Insights).\n\n' +
      'Report parameters: dimensions Day, Insertion, Site; metrics Impressions, Measurable ' +
      'impressions, Viewable impressions, Viewability rate; time zone Europe/Paris.\n\n' +
      'The viewability rate of insertion 884120 (300x600 on news.acme.example) dropped from ' +
      'about 68% to 41% since Monday, and measurable impressions dropped by half. We did not ' +
      'change the placement. The advertiser measures a stable viewability on their side.',
    insertionId: '884120',
    domainUrl: 'https://news.acme.example/politique',
    collaboratorIds: ['contact-acme-4'],
    steps: [
      { at: 140, kind: 'status', to: 'in_progress' },
      {
        at: 139,
        kind: 'message',
        from: 'support',
        name: PARIS,
        body:
          'Hello Camille,\n\nThank you, we are looking into the measurement data for this ' +
          'insertion and will come back to you.',
      },
      {
        at: 70,
        kind: 'message',
        from: 'customer',
        body:
          'Hello, any update? The advertiser is asking for a make-good and we need to know ' +
          'whether the drop is real or a measurement problem.',
      },
      {
        at: 48,
        kind: 'concern',
        category: 'lack_of_reply',
        description:
          'No news for almost four days on a question that blocks a discussion with an ' +
          'advertiser. Could someone give us at least a first analysis?',
      },
      {
        at: 30,
        kind: 'message',
        from: 'support',
        name: MANAGER,
        body:
          'Hello Camille,\n\nI am sorry for the lack of update. Our first analysis: since ' +
          'Monday the measurement script is not loaded in about half of the impressions of ' +
          'this placement, which explains the drop in measurable impressions. The viewable ' +
          'rate on measured impressions is stable. It coincides with a lazy-loading change on ' +
          'news.acme.example. Julien will share the details and next steps today.',
      },
    ],
  },

  // -------------------------------------------------------------------------------------------
  // Jordan Blake (user-2, Acme Media Group)
  // -------------------------------------------------------------------------------------------
  {
    userId: 'user-2',
    createdAgo: 288,
    priority: 'blocker',
    typeId: 'insertion-setup',
    categoryId: 'insertion-setup-ad-serving-delivery',
    subject: 'Ad calls returning empty responses on all Acme sites since 14:05 UTC',
    description:
      'Impacted feature: delivery.\n\n' +
      'Since 14:05 UTC every ad call from our 14 websites and 3 apps returns an empty ' +
      'response: no guaranteed insertion, no deal and no open auction demand is served. ' +
      'Impressions dropped to zero in our monitoring across all placements. Nothing was ' +
      'deployed on our side today.\n\n' +
      'Example ad call that returns an empty body: ' +
      'https://ads.maestro.example/call?siteid=40211&pgid=918220&fmtid=74 ' +
      '(HTTP 200, Content-Length: 0).',
    domainUrl: 'news.acme.example',
    technicalContact: { name: 'Marcus Reyes', phone: '+1 212 555 0147' },
    collaboratorIds: ['contact-acme-6', 'contact-acme-1'],
    steps: [
      { at: 287.8, kind: 'status', to: 'in_progress' },
      {
        at: 287.6,
        kind: 'message',
        from: 'support',
        name: NEW_YORK,
        body:
          'Hello Jordan,\n\nWe confirm an infrastructure incident affecting part of the ' +
          'ad-serving cluster in the US-East region. Engineering is engaged and we are in ' +
          'contact with Marcus. We will update this case every 30 minutes.',
      },
      {
        at: 286.5,
        kind: 'message',
        from: 'support',
        name: NEW_YORK,
        body:
          'Traffic has been rerouted to healthy nodes; ad calls return responses again since ' +
          '15:52 UTC. Could you confirm on your side?',
      },
      {
        at: 286,
        kind: 'message',
        from: 'customer',
        body: 'Confirmed by Marcus: fill is back to normal on all sites and apps.',
      },
      {
        at: 284,
        kind: 'message',
        from: 'support',
        name: NEW_YORK,
        body:
          'Thank you for your help during the incident. Root cause: a faulty configuration ' +
          'deployed to one load balancer pool. The deployment has been rolled back and a ' +
          'validation step added. The incident summary is attached.',
        files: [
          {
            id: 'att-incident-summary',
            name: 'incident-summary-us-east-ad-serving.txt',
            contentType: 'text/plain',
            content:
              'Incident summary — US-East ad serving\n' +
              'Impact: empty ad responses for part of the US-East traffic, 14:05–15:52 UTC.\n' +
              'Root cause: faulty configuration deployed to a load balancer pool.\n' +
              'Resolution: rollback at 15:40 UTC, traffic rerouted at 15:52 UTC.\n' +
              'Follow-up: configuration validation added to the deployment pipeline.\n',
          },
        ],
      },
      { at: 284, kind: 'status', to: 'resolved' },
      {
        at: 280,
        kind: 'survey',
        rating: 4,
        comment: 'Fast response, but we learned about the outage from our own monitoring first.',
      },
    ],
  },
  {
    userId: 'user-2',
    createdAgo: 50,
    priority: 'medium',
    typeId: 'reporting',
    categoryId: 'reporting-reporting-api',
    subject: 'Report Task ID 1254332 failed to load',
    description:
      'Impacted feature: Maestro API (reporting).\n\n' +
      'Task ID: 1254332. Parameters: dimensions Hour, Site, Deal; metrics Impressions, ' +
      'Revenue, eCPM; date range: last 150 days; time zone America/New_York; granularity ' +
      'hour; format CSV.\n\n' +
      'The task stays RUNNING for about 40 minutes and then ends in FAILED with ' +
      '"RESULT_UNAVAILABLE". The same task for the last 7 days works. The API response is ' +
      'attached.',
    files: [
      {
        id: 'att-task-1254332-response',
        name: 'task-1254332-response.json',
        contentType: 'application/json',
        content:
          '{\n  "taskId": "1254332",\n  "status": "FAILED",\n' +
          '  "error": "RESULT_UNAVAILABLE",\n  "granularity": "hour",\n' +
          '  "dimensions": ["hour", "site", "deal"],\n' +
          '  "metrics": ["impressions", "revenue", "ecpm"]\n}\n',
      },
    ],
    steps: [
      { at: 47, kind: 'status', to: 'in_progress' },
      {
        at: 46,
        kind: 'message',
        from: 'support',
        name: NEW_YORK,
        body:
          'Hello Jordan,\n\nHourly tasks longer than 90 days currently fail because of a ' +
          `known error: ${HELP}/kb-api-report-task-failed\n\nCould you split the request into ` +
          'tasks of 31 days at most and tell us whether they succeed? Please send us the IDs ' +
          'of the new tasks so we can follow them, as report generation is also delayed today.',
      },
      { at: 46, kind: 'status', to: 'waiting_for_customer' },
    ],
  },
  {
    userId: 'user-2',
    createdAgo: 480,
    priority: 'medium',
    typeId: 'insertion-setup',
    categoryId: 'insertion-setup-capping-pacing',
    subject: 'Insertion 771045 failing to reach expected target (62% delivered, 3 days left)',
    description:
      'Impacted feature: delivery.\n\n' +
      'Insertion 771045 (campaign 55102, 2,000,000 impressions booked) has delivered 62% of ' +
      'its volume with 3 days left. It delivered on pace during the first two weeks. Pacing ' +
      'is Even, capping 1 per user per day. We need to know whether it can still reach its ' +
      'target.',
    insertionId: '771045',
    campaignId: '55102',
    collaboratorIds: ['contact-acme-5'],
    steps: [
      { at: 476, kind: 'status', to: 'in_progress' },
      {
        at: 470,
        kind: 'message',
        from: 'support',
        name: NEW_YORK,
        body:
          'Hello Jordan,\n\nTwo things reduce delivery since last week: a sponsorship ' +
          '(insertion 772310) now takes all homepage traffic, and the 1-per-day cap leaves ' +
          'few eligible users on the remaining placements. With pacing "As fast as possible" ' +
          'and a cap of 3 per day, the forecast shows the insertion can reach its target. See ' +
          `also ${HELP}/kb-insertion-underdelivery`,
      },
      {
        at: 450,
        kind: 'message',
        from: 'customer',
        body: 'We changed pacing to "As fast as possible" and the cap to 3 per day.',
      },
      {
        at: 430,
        kind: 'message',
        from: 'support',
        name: NEW_YORK,
        body:
          'Delivery is back on track: the insertion is projected to reach 100% one day before ' +
          'its end date. We are setting the case to resolved; reopen it if needed.',
      },
      { at: 430, kind: 'status', to: 'resolved' },
    ],
  },
  {
    userId: 'user-2',
    createdAgo: 840,
    priority: 'medium',
    typeId: 'reporting',
    categoryId: 'reporting-counting-discrepancies',
    subject: 'Counting discrepancy of 18% vs. third-party ad server on campaign 55210',
    description:
      'Impacted feature: reporting.\n\n' +
      'For campaign 55210 (insertions 760114 and 760115), Maestro counts 18% more ' +
      "impressions than the advertiser's ad server over the same 14 days. Both reports are " +
      'attached, daily breakdown, time zone America/New_York.',
    campaignId: '55210',
    insertionId: '760114, 760115',
    files: [
      {
        id: 'att-55210-third-party',
        name: 'campaign-55210-third-party-report.csv',
        contentType: 'text/csv',
        content:
          'day,placement,impressions,clicks\n' +
          'D1,760114,118220,402\nD1,760115,64410,190\n' +
          'D2,760114,121905,388\nD2,760115,66032,201\n',
      },
      {
        id: 'att-55210-maestro',
        name: 'campaign-55210-maestro-report.csv',
        contentType: 'text/csv',
        content:
          'day,insertion_id,impressions,clicks\n' +
          'D1,760114,139410,415\nD1,760115,76020,196\n' +
          'D2,760114,143870,401\nD2,760115,78115,207\n',
      },
    ],
    steps: [
      { at: 836, kind: 'status', to: 'in_progress' },
      {
        at: 820,
        kind: 'message',
        from: 'support',
        name: NEW_YORK,
        body:
          'Hello Jordan,\n\nWe compared both reports. The third-party tracker counts an ' +
          'impression when the creative is loaded, and it is not fired for about 15% of the ' +
          'impressions because the tracker domain is blocked until consent is given on your ' +
          'sites. Clicks match within 3%. Maestro counts begin-to-render as documented: ' +
          `${HELP}/kb-counting-discrepancies\n\nThe gap is caused by the third-party tracker, ` +
          'not by the ad server.',
      },
      {
        at: 800,
        kind: 'message',
        from: 'customer',
        body:
          'Thanks, that matches what the advertiser found on their side. We will ask them to ' +
          'declare the tracker in our CMP. You can close the case.',
      },
      { at: 799, kind: 'status', to: 'resolved' },
      { at: 780, kind: 'status', to: 'closed' },
    ],
    closeReason: 'not_caused_by_product',
  },
  {
    userId: 'user-2',
    createdAgo: 240,
    priority: 'low',
    typeId: 'programmatic',
    categoryId: 'programmatic-deal-management-api',
    subject: 'Deal management API returns 500 when updating deal targeting',
    description:
      'Impacted feature: Maestro API (deal management).\n\n' +
      'PATCH /v3/deals/12987 and /v3/deals/13002 with a new targeting object return 500 ' +
      'Internal Server Error. Request IDs: 7f3c2a91-1b0e and 0c55e8d2-93aa. Other fields ' +
      '(name, floor) can be updated. We can do the change in the UI for now.',
    dealId: '12987, 13002',
    collaboratorIds: ['contact-acme-3'],
    steps: [
      { at: 236, kind: 'status', to: 'in_progress' },
      {
        at: 234,
        kind: 'message',
        from: 'support',
        name: NEW_YORK,
        body:
          'Hello Jordan,\n\nBoth deals contain an archived line, which triggers a known error ' +
          `with a fix scheduled: ${HELP}/kb-api-deal-targeting-archived-500\n\nDeleting the ` +
          'archived lines before the PATCH works around it.',
      },
      {
        at: 221,
        kind: 'message',
        from: 'customer',
        body: 'Confirmed, the update works after deleting the archived lines.',
      },
      { at: 220, kind: 'status', to: 'resolved' },
      { at: 26, kind: 'status', to: 'in_progress', reason: 'Reopened by the customer' },
      {
        at: 26,
        kind: 'message',
        from: 'customer',
        body:
          'Reopening: our nightly synchronization now updates about 1,200 deals and deleting ' +
          'archived lines one by one is not practical. Several live deals kept outdated ' +
          'targeting last night and are delivering on the wrong sections. We request the ' +
          'Critical priority.',
      },
      {
        at: 26,
        kind: 'priority_request',
        requested: 'critical',
        justification:
          'Live deals now deliver with outdated targeting because the automated update fails; ' +
          'the workaround cannot be applied at our volume.',
      },
      {
        at: 20,
        kind: 'message',
        from: 'support',
        name: NEW_YORK,
        body:
          'Thank you for the context. We have escalated the fix with engineering and our ' +
          'team lead is reviewing the priority change. In the meantime we can run a one-off ' +
          'cleanup of archived lines on your network if you agree.',
      },
    ],
  },

  // -------------------------------------------------------------------------------------------
  // Ana Souza (user-3, Globex Publishing)
  // -------------------------------------------------------------------------------------------
  {
    userId: 'user-3',
    createdAgo: 96,
    priority: 'critical',
    typeId: 'setup-configuration',
    categoryId: 'setup-configuration-sdk-in-app',
    subject: 'In-app SDK 7.4.1 (iOS) — consent string missing from bid requests',
    description:
      'Impacted feature: delivery (in-app).\n\n' +
      'SDK version: 7.4.1 on iOS (app "Globex Reader", bundle com.globex.reader, app version ' +
      '3.11). Since the SDK update, programmatic revenue of the iOS app dropped by about 35%. ' +
      'Android (SDK 7.4.1) is stable. A captured bid request is attached: user.ext.consent is ' +
      'missing although our CMP stores a TCF string.',
    collaboratorIds: ['contact-globex-2'],
    files: [
      {
        id: 'att-ios-bid-request',
        name: 'ios-bid-request-sample.json',
        contentType: 'application/json',
        content:
          '{\n  "id": "b7e1c0",\n  "app": { "bundle": "com.globex.reader", "ver": "3.11" },\n' +
          '  "regs": { "ext": { "gdpr": 1 } },\n  "user": { "ext": {} },\n' +
          '  "ext": { "sdk": "maestro-ios-7.4.1" }\n}\n',
      },
    ],
    steps: [
      { at: 94, kind: 'status', to: 'in_progress' },
      {
        at: 93,
        kind: 'message',
        from: 'support',
        name: SAO_PAULO,
        body:
          'Olá Ana,\n\nThis is a known error of SDK 7.4.x on iOS, with a fix scheduled: ' +
          `${HELP}/kb-sdk-ios-consent-missing\n\nAs a workaround, call ` +
          'Maestro.setConsentString(_:) in the completion handler of your CMP, or upgrade to ' +
          'SDK 7.5.0.',
      },
      {
        at: 70,
        kind: 'message',
        from: 'customer',
        body:
          'Bruno added setConsentString in build 3.12, which is in App Store review. We will ' +
          'tell you when it is live.',
      },
      {
        at: 68,
        kind: 'message',
        from: 'support',
        name: SAO_PAULO,
        body:
          'Thank you. Once 3.12 is live we will monitor the bid rate of the iOS placements ' +
          'with you for a few days before resolving the case.',
      },
    ],
  },
  {
    userId: 'user-3',
    createdAgo: 75,
    priority: 'medium',
    typeId: 'forecast',
    categoryId: 'forecast-inventory-forecast',
    subject: 'Forecast for homepage takeover shows 0 available impressions',
    description:
      'Impacted feature: forecast.\n\n' +
      'A forecast for a homepage takeover next month (site 51877, all formats, key-value ' +
      'section=capa) returns 0 available impressions, while our homepage has around 2 million ' +
      'page views a day and nothing is booked on it.',
    domainUrl: 'https://www.globex.example',
    collaboratorIds: ['contact-globex-4'],
    steps: [
      { at: 72, kind: 'status', to: 'in_progress' },
      {
        at: 71,
        kind: 'message',
        from: 'support',
        name: SAO_PAULO,
        body:
          'Olá Ana,\n\nThe forecast targets section=capa, but the ad calls of your homepage ' +
          'have sent section=home since your site redesign last month, so the forecast finds ' +
          `no matching traffic (see ${HELP}/kb-inventory-forecast).\n\nCould you confirm ` +
          'which value your homepage should send, and share the forecast ID so that we can ' +
          'run it again with you?',
      },
      { at: 71, kind: 'status', to: 'waiting_for_customer' },
    ],
  },
  {
    userId: 'user-3',
    createdAgo: 1080,
    priority: 'low',
    typeId: 'customer-request',
    categoryId: 'customer-request-information-request',
    subject: 'Help designing our header bidding wrapper configuration',
    description:
      'We are redesigning our header bidding setup and would like recommendations on the ' +
      'wrapper configuration: timeouts, number of bidders, price granularity and how to ' +
      'combine it with Maestro deals.',
    steps: [
      { at: 1076, kind: 'status', to: 'in_progress' },
      {
        at: 1075,
        kind: 'message',
        from: 'support',
        name: SAO_PAULO,
        body:
          'Olá Ana,\n\nDesign recommendations for a header bidding setup are consulting ' +
          'services, which are outside the scope of technical support. We have forwarded your ' +
          'request to your local service team, who will contact you to organize a workshop.',
      },
      {
        at: 1074,
        kind: 'status',
        to: 'closed',
        reason: 'Forwarded to the local service team',
      },
    ],
    closeReason: 'out_of_scope',
  },
  {
    userId: 'user-3',
    createdAgo: 432,
    priority: 'medium',
    typeId: 'reporting',
    categoryId: 'reporting-scheduled-reports',
    subject: 'Scheduled report "Daily revenue by site" arrives with an empty CSV',
    description:
      'Impacted feature: reporting (scheduled reports).\n\n' +
      'Our daily scheduled report "Daily revenue by site" (time zone America/Sao_Paulo, ' +
      'dimensions Day and Site, metrics Impressions and Revenue) has arrived with a CSV ' +
      'containing only the header for the last 3 days. Running the saved report manually ' +
      'works. Last received file attached.',
    collaboratorIds: ['contact-globex-3'],
    files: [
      {
        id: 'att-daily-revenue-empty',
        name: 'daily-revenue-by-site.csv',
        contentType: 'text/csv',
        content: 'day,site,impressions,revenue_brl\n',
      },
    ],
    steps: [
      { at: 428, kind: 'status', to: 'in_progress' },
      {
        at: 427,
        kind: 'message',
        from: 'support',
        name: SAO_PAULO,
        body:
          'Olá Ana,\n\nThis is a known error since the last daylight saving change: ' +
          `${HELP}/kb-scheduled-report-empty-csv\n\nPlease open the schedule and save it ` +
          "again without changes; tomorrow's file will contain data.",
      },
      {
        at: 404,
        kind: 'message',
        from: 'customer',
        body: "Today's file has data again. Carla exported the missing days manually. Thanks.",
      },
      { at: 403, kind: 'status', to: 'resolved' },
      {
        at: 396,
        kind: 'survey',
        rating: 3,
        comment: 'The workaround worked, but we had to recover the missing days ourselves.',
      },
    ],
  },
  {
    userId: 'user-3',
    createdAgo: 5,
    priority: 'low',
    typeId: 'accounts-user-management',
    categoryId: 'accounts-user-management-api-account',
    subject: 'API account for our BI team (reporting only)',
    description:
      'Our BI team wants to load Maestro statistics into our data warehouse every night. ' +
      'Could you create an API account with the reports:read scope only? Carla Mendes will ' +
      'own the integration.',
    collaboratorIds: ['contact-globex-3'],
    steps: [],
  },
  {
    userId: 'user-3',
    createdAgo: 1440,
    priority: 'low',
    typeId: 'activation-mapping-requests',
    categoryId: 'activation-mapping-requests-audience-segment-mapping',
    subject: 'Mapeamento de 12 novos segmentos de audiência do nosso DMP',
    description:
      'Olá, precisamos mapear 12 novos segmentos de audiência enviados pelo nosso DMP para ' +
      'que possam ser usados na segmentação de inserções e deals. Os arquivos chegam por ' +
      'SFTP desde segunda-feira.',
    collaboratorIds: ['contact-globex-7'],
    steps: [
      { at: 1436, kind: 'status', to: 'in_progress' },
      {
        at: 1435,
        kind: 'message',
        from: 'support',
        name: SAO_PAULO,
        body:
          'Olá Ana,\n\nPode nos enviar a lista dos segmentos (ID e nome) em CSV? Assim que ' +
          'recebermos, o mapeamento leva cerca de dois dias úteis.',
      },
      { at: 1435, kind: 'status', to: 'waiting_for_customer' },
      {
        at: 1410,
        kind: 'message',
        from: 'customer',
        name: 'Mariana Lopes',
        body: 'Segue a lista dos segmentos.',
        files: [
          {
            id: 'att-dmp-segments',
            name: 'segmentos-dmp.csv',
            contentType: 'text/csv',
            content:
              'segment_id,name\n' +
              'gx-1001,Esportes - futebol\ngx-1002,Economia - investidores\n' +
              'gx-1003,Viagem - internacional\ngx-1004,Tecnologia - early adopters\n',
          },
        ],
      },
      { at: 1410, kind: 'status', to: 'in_progress' },
      {
        at: 1390,
        kind: 'message',
        from: 'customer',
        body:
          'Não é mais necessário: o projeto com o DMP foi adiado para o próximo ano. Podem ' +
          'encerrar o caso.',
      },
      { at: 1389, kind: 'status', to: 'closed' },
    ],
    closeReason: 'no_longer_an_issue',
  },
];

const sizeOf = (content: string): number => new TextEncoder().encode(content).length;

/** The seed cases, dated relative to `now`. */
export function seedCases(now: Date): SeedCase[] {
  const base = Math.floor(now.getTime() / 60_000) * 60_000;
  const ago = (hours: number): string => new Date(base - Math.round(hours * HOUR)).toISOString();

  const ordered = [...specs].sort((a, b) => b.createdAgo - a.createdAgo);
  return ordered.map((spec, index) => {
    const user = users.find((u) => u.id === spec.userId);
    if (!user) throw new Error(`Unknown seed user ${spec.userId}`);
    const number = String(FIRST_NUMBER + index).padStart(8, '0');
    const id = `case-${number}`;
    const createdAt = ago(spec.createdAgo);

    const history: CaseEvent[] = [];
    const attachments: SeedAttachment[] = [];
    const concerns: Concern[] = [];
    let survey: SurveyAnswer | undefined;
    let status: CaseStatus = 'new';
    // The priority is fixed once the case is saved; a change request does not change it.
    const priority: Priority = spec.priority;
    let previousAgo = spec.createdAgo;
    const eventId = (): string => `${id}-e${history.length + 1}`;

    const addFiles = (files: FileSpec[], at: string): string[] =>
      files.map((file) => {
        attachments.push({ ...file, createdAt: at });
        const attachment: Attachment = {
          id: file.id,
          name: file.name,
          size: sizeOf(file.content),
          contentType: file.contentType,
          createdAt: at,
          url: '',
        };
        history.push({ id: eventId(), at, kind: 'attachment_added', attachment });
        return file.id;
      });

    history.push({ id: eventId(), at: createdAt, kind: 'status_change', from: null, to: 'new' });
    if (spec.files) addFiles(spec.files, createdAt);

    for (const step of spec.steps) {
      if (step.at > previousAgo) throw new Error(`${id}: steps must be in chronological order`);
      previousAgo = step.at;
      const at = ago(step.at);
      switch (step.kind) {
        case 'message': {
          const attachmentIds = step.files ? addFiles(step.files, at) : undefined;
          const name = step.name ?? (step.from === 'customer' ? user.name : 'Support');
          history.push({
            id: eventId(),
            at,
            kind: 'message',
            author: { role: step.from, name },
            body: step.body,
            ...(attachmentIds ? { attachmentIds } : {}),
          });
          break;
        }
        case 'status':
          history.push({
            id: eventId(),
            at,
            kind: 'status_change',
            from: status,
            to: step.to,
            ...(step.reason ? { reason: step.reason } : {}),
          });
          status = step.to;
          break;
        case 'priority_request':
          history.push({
            id: eventId(),
            at,
            kind: 'priority_change_requested',
            from: priority,
            requested: step.requested,
            justification: step.justification,
          });
          break;
        case 'concern':
          concerns.push({
            id: `concern-${number}-${concerns.length + 1}`,
            category: step.category,
            phone: user.phone ?? '',
            description: step.description,
            createdAt: at,
          });
          history.push({ id: eventId(), at, kind: 'concern_raised', category: step.category });
          break;
        case 'survey':
          survey = {
            rating: step.rating,
            ...(step.comment ? { comment: step.comment } : {}),
            answeredAt: at,
          };
          history.push({ id: eventId(), at, kind: 'survey_answered', rating: step.rating });
          break;
      }
    }
    if ((status === 'closed') !== (spec.closeReason !== undefined)) {
      throw new Error(`${id}: a close reason is required exactly when the case is closed`);
    }

    return {
      organizationId: user.organization.id,
      createdByUserId: user.id,
      collaboratorIds: spec.collaboratorIds ?? [],
      attachments,
      case: {
        id,
        number,
        subject: spec.subject,
        status,
        priority,
        typeId: spec.typeId,
        categoryId: spec.categoryId,
        createdAt,
        updatedAt: history[history.length - 1]?.at ?? createdAt,
        description: spec.description,
        ...(spec.howToReproduce ? { howToReproduce: spec.howToReproduce } : {}),
        ...(spec.insertionId ? { insertionId: spec.insertionId } : {}),
        ...(spec.dealId ? { dealId: spec.dealId } : {}),
        ...(spec.campaignId ? { campaignId: spec.campaignId } : {}),
        ...(spec.domainUrl ? { domainUrl: spec.domainUrl } : {}),
        contact: {
          name: user.name,
          email: user.email,
          ...(user.phone ? { phone: user.phone } : {}),
        },
        ...(spec.technicalContact ? { technicalContact: spec.technicalContact } : {}),
        concerns,
        ...(survey ? { survey } : {}),
        ...(spec.closeReason ? { closeReason: spec.closeReason } : {}),
        history,
      },
    };
  });
}
