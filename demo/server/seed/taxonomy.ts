/**
 * Priorities, Blocker rules, case types and categories, close reasons, concern categories and the
 * support scope, worded after the product's "Submit and manage support cases" documentation.
 */
import type { CaseCategory, CaseType, Taxonomy } from '../../../src/api/schemas.js';

/** A case type whose category ids are prefixed with the type id, so they are unique globally. */
function caseType(
  id: string,
  label: string,
  categories: [slug: string, label: string][],
): CaseType {
  return {
    id,
    label,
    categories: categories.map(([slug, categoryLabel]): CaseCategory => ({
      id: `${id}-${slug}`,
      label: categoryLabel,
    })),
  };
}

export const taxonomy: Taxonomy = {
  priorities: [
    {
      id: 'blocker',
      label: 'Blocker',
      description:
        'A platform-wide or large-scale service outage that prevents the use of essential ' +
        'Service functionalities and for which no reasonable workaround is available. It ' +
        'generates significant revenue loss that cannot be mitigated. For the avoidance of ' +
        'doubt, incidents affecting a single campaign, insertion, deal, user account or ' +
        'isolated functionality shall not normally be classified as Blocker incidents.',
      examples: [
        'Management platform unavailable',
        'API unavailable',
        'Widespread interruption of ad serving affecting multiple insertions, deals, websites, ' +
          'applications or services',
        'Failure of ad calls to return responses across a substantial portion of the Service',
        'Infrastructure incidents causing widespread delivery interruption',
      ],
    },
    {
      id: 'critical',
      label: 'Critical',
      description:
        'An incident affecting a specific Service functionality that materially impairs normal ' +
        'operations and requires prompt remediation, but does not constitute a Blocker incident. ' +
        'It has an ongoing impact on a specific functionality and causes a limited revenue loss.',
      examples: [
        'Live insertion/deal not delivering',
        'Tagging issue preventing delivery',
        'Malfunction of a delivery feature requiring a live insertion/deal to be paused',
        'Substantial decrease in ad requests or delivery performance affecting a specific ' +
          'implementation',
        'Reporting or API data unavailable or materially inaccurate',
      ],
    },
    {
      id: 'medium',
      label: 'Medium',
      description:
        'An incident affecting a non-critical Service functionality or having limited ' +
        'operational impact that does not directly prevent ad delivery. It has no direct impact ' +
        'on revenue, because the issue occurred in the past or affects a non-critical ' +
        'functionality.',
      examples: [
        'Insertion failing to reach expected target',
        'Delivery issues not requiring the insertion or deal to be taken offline',
        'RTB creative display issues',
        'Reporting discrepancies',
        'Reporting delays',
        'Statistical inconsistencies requiring investigation',
      ],
    },
    {
      id: 'low',
      label: 'Low',
      description:
        'An incident with minimal operational impact, an available workaround, or a request for ' +
        'information, guidance, configuration, or assistance. It has no impact on business ' +
        'capabilities, or an effective workaround exists.',
      examples: [
        'Minor UI/usability issues',
        'Documentation questions',
        'Transparency report issues',
        'User access requests',
        'Setup/configuration assistance',
        'Test-environment integration issues',
        'Custom integration support requests',
      ],
    },
  ],

  blockerPolicy: [
    'The Blocker priority is reserved for severe incidents seriously impacting the levels of ' +
      "quality and service for multiple or all of Equativ's customers, such as a platform-wide " +
      'or large-scale service outage.',
    "Typically, the root cause is a major outage in Equativ's IT infrastructure.",
    'Incidents affecting a single campaign, insertion, deal, user account or isolated ' +
      'functionality are not normally classified as Blocker incidents.',
    'A Blocker case requires a technical contact who is continuously available for direct ' +
      'communication between technical teams, expert knowledge exchange and resolution testing.',
    'If you are unable to provide such a contact, Equativ might lower the incident priority.',
    'Conversely, Equativ may raise the case priority to Blocker if the investigation shows it ' +
      'is justified.',
  ],

  caseTypes: [
    caseType('accounts-user-management', 'Accounts & User Management', [
      ['user-management', 'User management'],
      ['roles-permissions', 'Roles & permissions'],
      ['login-sso', 'Login & single sign-on'],
      ['api-account', 'API account'],
      ['organization-settings', 'Organization settings'],
    ]),
    caseType('activation-mapping-requests', 'Activation & Mapping Requests', [
      ['audience-segment-mapping', 'Audience segment mapping'],
      ['contextual-data-mapping', 'Contextual data mapping'],
      ['buyer-seat-mapping', 'Buyer seat mapping'],
      ['deal-activation', 'Deal activation'],
      ['data-provider-onboarding', 'Data provider onboarding'],
    ]),
    caseType('activation-module', 'Activation Module', [
      ['audience-activation', 'Audience activation'],
      ['curated-packages', 'Curated packages'],
      ['segment-sharing', 'Segment sharing'],
      ['activation-reporting', 'Activation reporting'],
    ]),
    caseType('setup-configuration', 'Setup & Configuration', [
      ['sites-apps', 'Sites & apps'],
      ['tagging', 'Tagging'],
      ['sdk-in-app', 'In-app SDK'],
      ['ad-formats', 'Ad formats'],
      ['creative-templates', 'Creative Templates'],
      ['floor-prices', 'Floor prices & price rules'],
    ]),
    caseType('insertion-setup', 'Insertion setup', [
      ['delivery-rules', 'Delivery rules'],
      ['targeting', 'Targeting'],
      ['creatives', 'Creatives'],
      ['capping-pacing', 'Capping & pacing'],
      ['ad-serving-delivery', 'Ad serving & delivery'],
    ]),
    caseType('reporting', 'Reporting', [
      ['instant-insights', 'Instant Insights'],
      ['reporting-api', 'Reporting API'],
      ['scheduled-reports', 'Scheduled reports'],
      ['counting-discrepancies', 'Counting discrepancies'],
      ['metrics-dimensions', 'Metrics & dimensions'],
    ]),
    caseType('forecast', 'Forecast', [
      ['inventory-forecast', 'Inventory forecast'],
      ['forecast-discrepancies', 'Forecast discrepancies'],
      ['forecast-api', 'Forecast API'],
    ]),
    caseType('programmatic', 'Programmatic', [
      ['deals', 'Deals'],
      ['deal-management-api', 'Deal management API'],
      ['openrtb-integration', 'OpenRTB integration'],
      ['rtb-creative-display', 'RTB creative display'],
      ['transparency-report', 'Transparency report'],
    ]),
    caseType('customer-request', 'Customer request', [
      ['documentation-question', 'Documentation question'],
      ['information-request', 'Information request'],
      ['feature-request', 'Feature request'],
      ['test-environment', 'Test environment'],
      ['custom-integration', 'Custom integration'],
    ]),
  ],

  closeReasons: [
    {
      id: 'resolution_reached',
      label: 'Resolution reached',
      description: 'You and the support specialist agree that a resolution has been reached.',
    },
    {
      id: 'not_caused_by_product',
      label: 'Issue not caused by an Equativ solution',
      description:
        "The case conclusion is that the issue wasn't caused by a solution provided by Equativ.",
    },
    {
      id: 'out_of_scope',
      label: 'Outside the support scope',
      description:
        "The case falls outside Equativ's support scope. For example, consulting service " +
        'requests should be addressed to the local service team instead.',
    },
    {
      id: 'no_longer_an_issue',
      label: 'No longer an issue',
      description: 'You indicate that the case is no longer an issue.',
    },
    {
      id: 'working_as_designed',
      label: 'Working as designed',
      description: 'The case is identified as working as designed.',
    },
  ],

  concernCategories: [
    {
      id: 'lack_of_reply',
      label: 'Lack of Reply/Attention',
      description: "The case hasn't received any reply from the Technical Support team.",
    },
    {
      id: 'lack_of_resolution',
      label: 'Lack of Resolution',
      description:
        'Unsatisfactory solution provided. The case has an unclear, incorrect, or unacceptable ' +
        'resolution.',
    },
    {
      id: 'repetitive_tasks',
      label: 'Repetitive Tasks',
      description: 'Too many tasks or actions to be implemented regarding this case.',
    },
    {
      id: 'unclear_resolution',
      label: 'Unclear Resolution',
      description: 'The resolution provided lacks clarity.',
    },
    {
      id: 'wrong_reply',
      label: 'Wrong Reply',
      description: "The response doesn't address the actual issue.",
    },
    {
      id: 'other',
      label: 'Other',
      description: 'Any other reason for the concern.',
    },
  ],

  outOfScope: [
    "Any solution that isn't provided by Equativ.",
    "Any of Equativ's solutions that aren't used according to the product documentation.",
    "Any modifications to Equativ's solutions.",
    "Any code that isn't part of Equativ's solutions, including custom code provided by " +
      "Equativ's service teams, you, or any third party.",
    'Problems associated with products running on any unsupported environment.',
    'Consulting services.',
  ],
};
