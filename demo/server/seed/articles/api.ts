/** Technical API documentation: Maestro APIs, OpenRTB for demand partners, data ingestion. */
import type { Article } from '../../../../src/api/schemas.js';
import { defineSection, link } from './define.js';

export const apiArticles: Article[] = defineSection('api', [
  {
    id: 'kb-api-getting-started',
    title: 'Maestro API: getting started and authentication',
    summary:
      'Get credentials, request an OAuth 2.0 access token and make your first call to the ' +
      'Maestro API.',
    tags: ['api', 'authentication', 'oauth', 'getting-started'],
    updatedAt: '2026-02-10T09:00:00Z',
    body: `
      <p>The Maestro API is a REST API over HTTPS that returns JSON. It covers deal management,
      reporting tasks and forecasts. All calls are authenticated with an OAuth 2.0 bearer
      token.</p>
      <h2>Get a token</h2>
      <ol>
        <li>Ask your administrator for an API account (see
        ${link('kb-api-account-request', 'Request an API account')}).</li>
        <li>Exchange the client ID and secret for a token:
        <code>POST https://auth.maestro.example/oauth/token</code> with
        <code>grant_type=client_credentials</code>.</li>
        <li>Send the token in the <code>Authorization: Bearer &lt;token&gt;</code> header.</li>
      </ol>
      <h2>First call</h2>
      <p><code>GET https://api.maestro.example/v3/deals?limit=10</code> lists the first ten
      deals of your network. Tokens are valid for one hour.</p>`,
  },
  {
    id: 'kb-api-token-expired-401',
    title: '401 Unauthorized: renew your API access token',
    summary:
      'Why API calls suddenly return 401 and how to refresh tokens automatically in a ' +
      'long-running integration.',
    tags: ['api', 'authentication', '401', 'token'],
    updatedAt: '2026-04-22T11:45:00Z',
    body: `
      <p>A <code>401 Unauthorized</code> response with
      <code>"error": "invalid_token"</code> means the access token expired or was revoked.</p>
      <ul>
        <li>Tokens expire after 3600 seconds. Request a new one when
        <code>expires_in</code> is close to zero, or when you receive a 401.</li>
        <li>Rotating the client secret revokes every token issued with the old secret.</li>
        <li>A disabled API account returns <code>"error": "invalid_client"</code> when
        requesting a token.</li>
      </ul>
      <p>Do not request a new token for every call: the token endpoint is rate limited to 60
      requests per hour per client.</p>`,
  },
  {
    id: 'kb-api-account-request',
    title: 'Request an API account and credentials',
    summary:
      'How administrators create API accounts, choose their scopes and rotate client secrets ' +
      'safely.',
    tags: ['api', 'account', 'credentials', 'scopes'],
    updatedAt: '2026-03-17T10:20:00Z',
    body: `
      <p>API accounts are technical users. An administrator creates them under
      <strong>Settings &gt; API accounts</strong>.</p>
      <ol>
        <li>Click <strong>New API account</strong> and name it after the integration, for
        example <em>BI export</em>.</li>
        <li>Select scopes: <code>deals:read</code>, <code>deals:write</code>,
        <code>reports:read</code>, <code>forecast:read</code>.</li>
        <li>Copy the client secret immediately; it is shown once.</li>
      </ol>
      <p>To rotate a secret, create a second secret, deploy it, then delete the old one. If
      your organization has no administrator available, open a Low priority case of type
      <em>Accounts &amp; User Management</em>, category <em>API account</em>.</p>`,
  },
  {
    id: 'kb-api-rate-limits',
    title: 'API rate limits and 429 Too Many Requests',
    summary:
      'The request quotas of the Maestro API, the headers that report them and how to back ' +
      'off correctly.',
    tags: ['api', 'rate-limit', '429', 'quotas'],
    updatedAt: '2026-05-19T08:15:00Z',
    body: `
      <ul>
        <li>Deal management: 20 requests per second per network.</li>
        <li>Reporting tasks: 10 new tasks per minute, 50 running tasks at most.</li>
        <li>Forecast: 5 requests per second.</li>
      </ul>
      <p>Every response carries <code>RateLimit-Limit</code>, <code>RateLimit-Remaining</code>
      and <code>RateLimit-Reset</code>. When you receive <code>429 Too Many Requests</code>,
      wait for the number of seconds in <code>Retry-After</code> and retry with exponential
      backoff.</p>`,
  },
  {
    id: 'kb-api-deal-management',
    title: 'Deal management API: create and update deals',
    summary:
      'Create private marketplace, preferred and programmatic guaranteed deals with the API, ' +
      'then update floors, targeting and status.',
    tags: ['api', 'deals', 'programmatic', 'deal-management'],
    updatedAt: '2026-07-01T12:00:00Z',
    body: `
      <h2>Create a deal</h2>
      <p><code>POST /v3/deals</code> with a body such as:</p>
      <p><code>{"name": "Acme PMP Sports", "type": "private_auction", "floor": {"amount": 2.5,
      "currency": "EUR"}, "buyerSeatIds": ["seat-881"], "startDate": "2026-12-01"}</code></p>
      <p>The response contains the <code>dealId</code> to share with the buyer.</p>
      <h2>Update a deal</h2>
      <ul>
        <li><code>PATCH /v3/deals/{dealId}</code> updates only the fields you send.</li>
        <li>Send <code>If-Match</code> with the deal's <code>etag</code> to avoid overwriting a
        concurrent change; a mismatch returns <code>412</code>.</li>
        <li>Set <code>"status": "paused"</code> to stop delivery without archiving.</li>
      </ul>
      <p>Archived deals cannot be updated; see
      ${link('kb-api-deal-targeting-archived-500', 'this known error')}.</p>`,
  },
  {
    id: 'kb-api-deal-list-filters',
    title: 'Deal management API: list, filter and paginate deals',
    summary:
      'Use filters and cursor pagination to synchronize large numbers of deals without ' +
      'missing or duplicating records.',
    tags: ['api', 'deals', 'pagination', 'filters'],
    updatedAt: '2026-07-09T09:30:00Z',
    body: `
      <p><code>GET /v3/deals</code> returns at most 200 deals per page. Use the
      <code>nextCursor</code> of each page until it is <code>null</code>.</p>
      <ul>
        <li>Filter with <code>status=active,paused</code>, <code>type=guaranteed</code> or
        <code>buyerSeatId=seat-881</code>.</li>
        <li>Use <code>updatedSince=2026-11-01T00:00:00Z</code> for incremental
        synchronization.</li>
        <li>Sort with <code>sort=-updatedAt</code>.</li>
      </ul>
      <p>Cursors expire after 10 minutes; restart from the first page if you receive
      <code>400 cursor_expired</code>.</p>`,
  },
  {
    id: 'kb-api-deal-targeting-archived-500',
    title: 'Known error: 500 Internal Server Error when updating deal targeting',
    summary:
      'PATCH requests that change the targeting of a deal that has an archived line return ' +
      '500 instead of a validation error.',
    tags: ['api', 'deals', 'targeting', '500', 'known-error'],
    updatedAt: '2026-11-09T15:30:00Z',
    knownError: {
      status: 'fix_scheduled',
      since: '2026-10-21T10:00:00Z',
      workaround:
        'Remove the archived line from the deal with DELETE /v3/deals/{dealId}/lines/{lineId}, ' +
        'then send the PATCH again. Updates made in the Maestro UI are not affected.',
    },
    body: `
      <p>When a deal contains an archived line, <code>PATCH /v3/deals/{dealId}</code> with a
      <code>targeting</code> object returns <code>500 Internal Server Error</code>. The change is
      not applied.</p>
      <h2>Workaround</h2>
      <ol>
        <li>List the lines: <code>GET /v3/deals/{dealId}/lines?status=archived</code>.</li>
        <li>Delete each archived line:
        <code>DELETE /v3/deals/{dealId}/lines/{lineId}</code>.</li>
        <li>Send the targeting update again.</li>
      </ol>
      <p>The fix, which returns the update without touching archived lines, is scheduled for
      the next API release. Updates made in the Maestro UI work normally.</p>`,
  },
  {
    id: 'kb-api-reporting-tasks',
    title: 'Reporting API: create and poll report tasks',
    summary:
      'Reports are generated asynchronously: create a task, poll its status, then download ' +
      'the result.',
    tags: ['api', 'reporting', 'tasks', 'async'],
    updatedAt: '2026-06-16T10:00:00Z',
    body: `
      <ol>
        <li>Create the task: <code>POST /v3/reports/tasks</code> with the dimensions, metrics,
        date range and time zone. The response returns a <code>taskId</code>.</li>
        <li>Poll <code>GET /v3/reports/tasks/{taskId}</code> every 30 seconds. The status goes
        from <code>QUEUED</code> to <code>RUNNING</code>, then <code>SUCCEEDED</code> or
        <code>FAILED</code>.</li>
        <li>Download the result from the <code>resultUrl</code> (see
        ${link('kb-api-report-task-results', 'Download report task results')}).</li>
      </ol>
      <h2>Tips</h2>
      <ul>
        <li>Split long date ranges into monthly tasks.</li>
        <li>When you open a case about an API report, always give the task ID.</li>
      </ul>`,
  },
  {
    id: 'kb-api-report-task-failed',
    title: 'Known error: "Report Task ID … failed to load" for tasks over 90 days',
    summary:
      'Report tasks covering more than 90 days with an hourly breakdown end in FAILED and the ' +
      'result cannot be loaded.',
    tags: ['api', 'reporting', 'tasks', 'failed', 'known-error'],
    updatedAt: '2026-11-18T08:10:00Z',
    knownError: {
      status: 'investigating',
      since: '2026-11-04T06:00:00Z',
      workaround:
        'Split the request into tasks of at most 31 days each, or use the "day" time ' +
        'granularity instead of "hour", then merge the results.',
    },
    body: `
      <p>Reporting tasks with <code>"granularity": "hour"</code> and a date range longer than
      90 days end with <code>"status": "FAILED"</code> and
      <code>"error": "RESULT_UNAVAILABLE"</code>. In Instant Insights, the same report shows
      <em>Report Task ID … failed to load</em>.</p>
      <h2>Workaround</h2>
      <ul>
        <li>Create one task per month (31 days at most) and concatenate the CSV files.</li>
        <li>Or use <code>"granularity": "day"</code> if hourly detail is not needed.</li>
      </ul>
      <p>We are investigating a memory limit in the result export step. During the current
      reporting incident, tasks may also stay longer in <code>RUNNING</code>; check the
      <a href="https://status.example.com">status page</a>.</p>`,
  },
  {
    id: 'kb-api-report-task-results',
    title: 'Download report task results as CSV or JSON',
    summary:
      'Retrieve the result file of a finished report task, choose its format and handle ' +
      'large results.',
    tags: ['api', 'reporting', 'csv', 'download'],
    updatedAt: '2026-06-16T10:30:00Z',
    body: `
      <p>When a task is <code>SUCCEEDED</code>, its <code>resultUrl</code> points to a signed
      file valid for 24 hours.</p>
      <ul>
        <li>Choose the format at creation with <code>"format": "csv"</code> (default) or
        <code>"json"</code>.</li>
        <li>Results above 1 million rows are split into several files listed in
        <code>resultUrls</code>.</li>
        <li>CSV files are UTF-8, comma separated, with a header line.</li>
      </ul>
      <p>If the URL expired, call <code>GET /v3/reports/tasks/{taskId}</code> again to get a
      fresh one; results are kept for 7 days.</p>`,
  },
  {
    id: 'kb-openrtb-integration-guide',
    title: 'OpenRTB 2.6 integration guide for demand partners',
    summary:
      'Connect a DSP to Maestro: endpoints, supported OpenRTB objects, extensions and the ' +
      'certification steps.',
    tags: ['openrtb', 'dsp', 'integration', 'demand'],
    updatedAt: '2026-03-09T13:00:00Z',
    body: `
      <p>Maestro sends OpenRTB 2.6 bid requests over HTTP/1.1 or HTTP/2 with
      <code>Content-Type: application/json</code> and gzip compression.</p>
      <h2>Integration steps</h2>
      <ol>
        <li>Share your bidding endpoints per region (EU, US, APAC) and your expected QPS.</li>
        <li>Implement the required objects: <code>imp</code>, <code>site</code> or
        <code>app</code>, <code>device</code>, <code>user</code>, <code>regs</code>,
        <code>source.schain</code>.</li>
        <li>Return bids with <code>adomain</code>, <code>crid</code>, <code>w</code>/<code>h</code>
        and the markup or a <code>nurl</code>.</li>
        <li>Pass certification on the test environment, then ramp up traffic.</li>
      </ol>
      <p>See ${link('kb-openrtb-bid-rejections', 'bid rejection reasons')} and
      ${link('kb-openrtb-timeouts', 'timeouts')} for the most frequent integration issues.</p>`,
  },
  {
    id: 'kb-openrtb-bid-rejections',
    title: 'Why bids are rejected: OpenRTB loss reasons',
    summary:
      'The loss reason codes returned in lurl and in reporting, and how demand partners can ' +
      'fix the most common ones.',
    tags: ['openrtb', 'bids', 'rejection', 'dsp'],
    updatedAt: '2026-08-11T09:40:00Z',
    body: `
      <ul>
        <li><code>100</code> Bid below floor: compare <code>price</code> with
        <code>imp.bidfloor</code> and its currency.</li>
        <li><code>200</code> Creative filtered, advertiser blocked: the <code>adomain</code>
        matches a publisher block list.</li>
        <li><code>201</code> Creative filtered, size not allowed.</li>
        <li><code>203</code> Creative not approved: the creative is pending review.</li>
        <li><code>2</code> Invalid bid response: malformed JSON or missing
        <code>impid</code>.</li>
      </ul>
      <p>Loss reasons are sent in the <code>lurl</code> with the
      <code>${'${AUCTION_LOSS}'}</code> macro and appear in the bidder report.</p>`,
  },
  {
    id: 'kb-openrtb-schain',
    title: 'Supply chain object (schain) in bid requests',
    summary:
      'How Maestro fills source.schain, which nodes appear for direct and intermediary ' +
      'sellers, and how to validate it.',
    tags: ['openrtb', 'schain', 'supply-chain', 'sellers-json'],
    updatedAt: '2026-04-08T07:55:00Z',
    body: `
      <p>Every bid request contains <code>source.schain</code> with <code>complete=1</code>.
      The last node is always Maestro with the seller ID of the publisher.</p>
      <ul>
        <li>Direct publishers: a single node with <code>hp=1</code>.</li>
        <li>Inventory resold through a partner: the partner's node comes first.</li>
      </ul>
      <p>Validate each <code>sid</code> against our sellers.json. Publishers must declare
      Maestro in ${link('kb-ads-txt-sellers-json', 'ads.txt')}.</p>`,
  },
  {
    id: 'kb-openrtb-timeouts',
    title: 'Bid timeouts and latency requirements',
    summary:
      'The tmax values used in bid requests, how late responses are counted and how to reduce ' +
      'timeouts.',
    tags: ['openrtb', 'timeout', 'latency', 'dsp'],
    updatedAt: '2026-09-24T10:15:00Z',
    body: `
      <p>Bid requests carry <code>tmax</code> between 150 and 300 ms depending on the
      placement. Responses arriving after <code>tmax</code> are discarded and counted as
      timeouts.</p>
      <ol>
        <li>Bid from the region closest to the request endpoint.</li>
        <li>Keep connections alive; opening a TLS connection per request costs 50 to 100 ms.</li>
        <li>Answer <code>204 No Content</code> quickly when you do not bid.</li>
      </ol>
      <p>Bidders with a timeout rate above 10% for one hour are throttled automatically.</p>`,
  },
  {
    id: 'kb-audience-data-ingestion',
    title: 'Audience data ingestion: upload segments',
    summary:
      'Send first-party or third-party audience segments to Maestro by API or file drop and ' +
      'map them to targeting.',
    tags: ['audience', 'data', 'segments', 'ingestion'],
    updatedAt: '2026-05-05T11:00:00Z',
    body: `
      <h2>By API</h2>
      <p><code>POST /v3/audiences/{segmentId}/members</code> with up to 10,000 user identifiers
      per call. Supported identifiers: first-party ID, mobile advertising ID, hashed
      e-mail (SHA-256).</p>
      <h2>By file</h2>
      <ol>
        <li>Upload a gzip CSV file with the columns <code>id_type,id,segment_ids</code> to your
        SFTP folder.</li>
        <li>Files are processed every hour; a summary is written to
        <code>/reports/ingestion-&lt;date&gt;.log</code>.</li>
      </ol>
      <p>New segments must be mapped before they can be targeted. Send mapping requests as a
      case of type <em>Activation &amp; Mapping Requests</em>.</p>`,
  },
  {
    id: 'kb-contextual-data-ingestion',
    title: 'Contextual data ingestion: page signals and taxonomies',
    summary:
      'Provide contextual categories and keywords per URL so that buyers can target pages ' +
      'without user data.',
    tags: ['contextual', 'data', 'ingestion', 'taxonomy'],
    updatedAt: '2026-05-26T14:40:00Z',
    body: `
      <p>Contextual data links a page URL to categories of the IAB content taxonomy 3.0 and to
      custom keywords.</p>
      <ul>
        <li>Push signals with <code>PUT /v3/contextual/pages</code> and a list of
        <code>{"url", "categories", "keywords"}</code> objects.</li>
        <li>URLs are normalized: query strings and fragments are ignored.</li>
        <li>Signals are available for targeting about 15 minutes after ingestion.</li>
      </ul>
      <p>Contextual segments are passed to buyers in <code>site.content.cat</code> and in curated
      deals.</p>`,
  },
  {
    id: 'kb-api-forecast',
    title: 'Forecast API: run availability forecasts',
    summary:
      'Request availability forecasts from your own booking tool with the same engine as the ' +
      'Maestro UI.',
    tags: ['api', 'forecast', 'availability', 'booking'],
    updatedAt: '2026-08-25T08:00:00Z',
    body: `
      <p><code>POST /v3/forecasts</code> with placements, targeting, dates and optional
      capping. Small forecasts answer synchronously; larger ones return
      <code>202 Accepted</code> and a forecast ID to poll.</p>
      <ul>
        <li>Results contain <code>total</code>, <code>available</code> and
        <code>booked</code> impressions, plus the competing insertions.</li>
        <li>Targeting uses the same syntax as insertions.</li>
      </ul>
      <p>See ${link('kb-forecast-vs-delivery', 'Why actual delivery differs from the forecast')}
      before comparing forecasts with delivery.</p>`,
  },
  {
    id: 'kb-api-error-codes',
    title: 'Maestro API error codes reference',
    summary:
      'HTTP statuses and error codes returned by the Maestro API, what they mean and whether ' +
      'you should retry.',
    tags: ['api', 'errors', 'reference', 'http'],
    updatedAt: '2026-10-06T12:20:00Z',
    body: `
      <ul>
        <li><code>400 validation_failed</code>: the body does not match the schema; the
        <code>errors</code> array lists the fields. Do not retry.</li>
        <li><code>401 invalid_token</code>: renew the token, see
        ${link('kb-api-token-expired-401', '401 Unauthorized')}.</li>
        <li><code>403 insufficient_scope</code>: the API account lacks a scope.</li>
        <li><code>404 not_found</code>: wrong ID or the object belongs to another
        network.</li>
        <li><code>409 conflict</code> and <code>412 precondition_failed</code>: concurrent
        update; reload and retry.</li>
        <li><code>429 rate_limited</code>: back off, see
        ${link('kb-api-rate-limits', 'rate limits')}.</li>
        <li><code>5xx</code>: retry with backoff. Quote the <code>X-Request-Id</code> header in
        your case.</li>
      </ul>`,
  },
  {
    id: 'kb-api-sandbox',
    title: 'API sandbox and test environment',
    summary:
      'Test integrations against the sandbox without affecting live delivery, and know its ' +
      'limitations.',
    tags: ['api', 'sandbox', 'testing', 'integration'],
    updatedAt: '2026-01-27T10:00:00Z',
    body: `
      <p>The sandbox at <code>https://sandbox-api.maestro.example</code> mirrors the production
      API with separate credentials. Data is reset every Sunday.</p>
      <ul>
        <li>Report tasks return generated data, not your real statistics.</li>
        <li>Deals created in the sandbox never receive traffic.</li>
        <li>Rate limits are 10 times lower than in production.</li>
      </ul>
      <p>Test-environment integration issues are handled with priority Low.</p>`,
  },
]);
