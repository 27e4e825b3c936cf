/** Report documentation: Instant Insights, metrics and dimensions, discrepancies, known errors. */
import type { Article } from '../../../../src/api/schemas.js';
import { defineSection, link } from './define.js';

export const reportArticles: Article[] = defineSection('reports', [
  {
    id: 'kb-instant-insights-getting-started',
    title: 'Instant Insights: build your first report',
    summary:
      'Pick dimensions and metrics, filter, compare periods and save a report in Instant ' +
      'Insights.',
    tags: ['instant-insights', 'reports', 'getting-started', 'dashboard'],
    updatedAt: '2026-02-24T09:10:00Z',
    body: `
      <ol>
        <li>Open <strong>Reports &gt; Instant Insights</strong> and click <strong>New
        report</strong>.</li>
        <li>Drag dimensions (for example <em>Site</em>, <em>Deal</em>, <em>Day</em>) and metrics
        (<em>Impressions</em>, <em>Revenue</em>, <em>eCPM</em>) into the table.</li>
        <li>Add filters, choose the date range and the time zone.</li>
        <li>Click <strong>Save</strong> to reuse the report, or <strong>Schedule</strong> to
        receive it by e-mail.</li>
      </ol>
      <p>Instant Insights keeps hourly data for 90 days and daily data for 25 months. See the
      ${link('kb-report-metrics-glossary', 'metrics glossary')} for definitions.</p>`,
  },
  {
    id: 'kb-instant-insights-long-range-loading',
    title: 'Known error: Instant Insights report stuck on "Loading" for long date ranges',
    summary:
      'Reports with an hourly dimension over more than 31 days keep loading and finally show ' +
      '"failed to load".',
    tags: ['instant-insights', 'loading', 'timeout', 'known-error'],
    updatedAt: '2026-11-17T11:00:00Z',
    knownError: {
      status: 'investigating',
      since: '2026-11-06T09:00:00Z',
      workaround:
        'Remove the Hour dimension or reduce the date range to 31 days or less. For longer ' +
        'periods, export month by month or use the Reporting API with daily granularity.',
    },
    body: `
      <p>Instant Insights reports that combine the <em>Hour</em> dimension with a date range
      longer than 31 days stay on <em>Loading</em> for several minutes and then display
      <em>Report Task ID … failed to load</em>.</p>
      <h2>Workaround</h2>
      <ul>
        <li>Remove the <em>Hour</em> dimension, or</li>
        <li>reduce the date range to 31 days and export each month separately, or</li>
        <li>use the ${link('kb-api-reporting-tasks', 'Reporting API')} with daily
        granularity.</li>
      </ul>
      <p>This problem is related to the current reporting delays shown on the
      <a href="https://status.example.com">status page</a>. It is being investigated.</p>`,
  },
  {
    id: 'kb-report-metrics-glossary',
    title: 'Report metrics glossary',
    summary:
      'Definitions of impressions, viewable impressions, clicks, revenue, eCPM, fill rate and ' +
      'the other metrics available in reports.',
    tags: ['metrics', 'glossary', 'reports', 'definitions'],
    updatedAt: '2026-03-30T08:00:00Z',
    body: `
      <ul>
        <li><strong>Ad requests</strong>: ad calls received for a placement.</li>
        <li><strong>Impressions</strong>: ads rendered, counted when the creative starts to
        load (begin-to-render).</li>
        <li><strong>Viewable impressions</strong>: impressions meeting the MRC viewability
        standard.</li>
        <li><strong>Fill rate</strong>: impressions divided by ad requests.</li>
        <li><strong>Revenue</strong>: publisher revenue net of platform fees, in the network
        currency.</li>
        <li><strong>eCPM</strong>: revenue per thousand impressions.</li>
        <li><strong>Clicks</strong> and <strong>CTR</strong>: clicks filtered for invalid
        traffic, and clicks divided by impressions.</li>
      </ul>
      <p>Dimensions are described in
      ${link('kb-report-dimensions', 'Report dimensions reference')}.</p>`,
  },
  {
    id: 'kb-report-dimensions',
    title: 'Report dimensions reference',
    summary:
      'Which dimensions exist in reports, which combinations are allowed and how long each ' +
      'one is retained.',
    tags: ['dimensions', 'reports', 'reference', 'retention'],
    updatedAt: '2026-03-30T08:30:00Z',
    body: `
      <ul>
        <li><strong>Time</strong>: hour, day, week, month.</li>
        <li><strong>Inventory</strong>: site, page, format, placement, app bundle.</li>
        <li><strong>Demand</strong>: advertiser, campaign, insertion, deal, buyer seat,
        DSP.</li>
        <li><strong>Audience and context</strong>: country, device type, browser, OS, audience
        segment.</li>
      </ul>
      <p>Some combinations are restricted to keep reports fast: <em>Hour</em> cannot be
      combined with <em>Audience segment</em>, and <em>Page</em> is only available for the
      last 31 days.</p>`,
  },
  {
    id: 'kb-counting-discrepancies',
    title: 'Investigate counting discrepancies with a third-party ad server',
    summary:
      'Why impressions differ between Maestro and an advertiser ad server, what gap is normal ' +
      'and what to send to support.',
    tags: ['discrepancies', 'impressions', 'third-party', 'reports'],
    updatedAt: '2026-09-09T10:45:00Z',
    body: `
      <p>A discrepancy of up to 10% between two ad servers is considered normal. It comes from
      different counting methods and from events lost between the two systems.</p>
      <h2>Typical causes</h2>
      <ul>
        <li>Counting point: begin-to-render in Maestro versus viewable or on-load in the other
        system.</li>
        <li>Time zone of the reports.</li>
        <li>Invalid traffic filtering applied on one side only.</li>
        <li>A third-party tracker blocked by the browser or by consent.</li>
      </ul>
      <h2>What to send</h2>
      <ol>
        <li>Both reports for the same period, time zone and insertion or deal, broken down by
        day.</li>
        <li>The tracking tag used by the third party.</li>
      </ol>
      <p>Attach the third-party report as a CSV file when you create the case.</p>`,
  },
  {
    id: 'kb-reporting-data-freshness',
    title: 'Reporting data freshness and expected delays',
    summary:
      'How soon statistics appear in Instant Insights and the Reporting API, and when a delay ' +
      'is worth a support case.',
    tags: ['reports', 'delay', 'freshness', 'latency'],
    updatedAt: '2026-10-27T13:35:00Z',
    body: `
      <ul>
        <li>Hourly data is normally available 45 minutes after the end of the hour.</li>
        <li>Daily data is final at 06:00 UTC the next day.</li>
        <li>Revenue from some DSPs is adjusted up to 72 hours later (see
        ${link('kb-report-data-restatement', 'data restatement')}).</li>
      </ul>
      <p>If data is more than 3 hours late, check the
      <a href="https://status.example.com">status page</a>. Reporting delays are handled as
      Medium cases; delivery itself is not affected.</p>`,
  },
  {
    id: 'kb-scheduled-reports',
    title: 'Schedule recurring reports by e-mail',
    summary:
      'Send a saved report every day, week or month to colleagues as a CSV or Excel ' +
      'attachment.',
    tags: ['scheduled', 'reports', 'email', 'csv'],
    updatedAt: '2026-04-02T15:15:00Z',
    body: `
      <ol>
        <li>Open a saved report in Instant Insights and click <strong>Schedule</strong>.</li>
        <li>Choose the frequency, the sending time and the time zone.</li>
        <li>Add recipients. External addresses must be allowed by an administrator.</li>
        <li>Choose the file format: CSV, Excel or a link only.</li>
      </ol>
      <p>Files larger than 10 MB are sent as a download link valid for 7 days. A report that
      fails three times in a row is paused and its owner is notified.</p>`,
  },
  {
    id: 'kb-scheduled-report-empty-csv',
    title: 'Known error: scheduled report e-mailed with an empty CSV file',
    summary:
      'Daily scheduled reports in a time zone that observed a daylight saving change can be ' +
      'sent with headers only.',
    tags: ['scheduled', 'reports', 'csv', 'empty', 'known-error'],
    updatedAt: '2026-11-13T09:40:00Z',
    knownError: {
      status: 'fix_scheduled',
      since: '2026-10-26T06:00:00Z',
      workaround:
        'Open the schedule and save it again without changes; the next run uses the corrected ' +
        'time window. To get the missing data, run the saved report manually for the same ' +
        'day and export it.',
    },
    body: `
      <p>Since the daylight saving change of late October, some daily scheduled reports whose
      time zone observes daylight saving time are sent with a CSV file that only contains the
      header line. The schedule still computes its window with the previous UTC offset.</p>
      <h2>Workaround</h2>
      <ol>
        <li>Open <strong>Reports &gt; Schedules</strong> and edit the schedule.</li>
        <li>Click <strong>Save</strong> without changing anything.</li>
        <li>For missed days, run the saved report manually and export it.</li>
      </ol>
      <p>A fix that recomputes every schedule's window on offset changes is scheduled.</p>`,
  },
  {
    id: 'kb-report-time-zones',
    title: 'Time zones in reports',
    summary:
      'Which time zone each report uses by default, how to change it and why day totals ' +
      'differ between time zones.',
    tags: ['timezone', 'reports', 'utc', 'discrepancies'],
    updatedAt: '2026-02-12T12:00:00Z',
    body: `
      <p>Reports use the time zone of your network by default. You can choose another time zone
      per report; the Reporting API expects an IANA name such as
      <code>America/New_York</code>.</p>
      <ul>
        <li>Day totals differ between time zones because the day boundaries differ.</li>
        <li>Always compare reports in the same time zone, especially when investigating
        ${link('kb-counting-discrepancies', 'discrepancies')}.</li>
        <li>On days with a daylight saving change, the day has 23 or 25 hours.</li>
      </ul>`,
  },
  {
    id: 'kb-report-currency',
    title: 'Revenue and currency conversion in reports',
    summary:
      'How revenue in foreign currencies is converted, which exchange rate is used and how to ' +
      'report in another currency.',
    tags: ['revenue', 'currency', 'reports', 'exchange-rate'],
    updatedAt: '2026-06-29T10:50:00Z',
    body: `
      <p>Bids in another currency are converted to the network currency at the exchange rate of
      the auction day (daily reference rate published at 16:00 CET).</p>
      <ul>
        <li>Choose <em>Report currency</em> to display revenue in EUR, USD, GBP or BRL.
        Conversion uses the rate of each day, so totals can differ slightly from a conversion
        of the monthly total.</li>
        <li>Invoices use the network currency.</li>
      </ul>`,
  },
  {
    id: 'kb-viewability-metrics',
    title: 'Viewability metrics and measurement',
    summary:
      'How viewable impressions are measured for display and video, and why viewability can be ' +
      'unmeasured.',
    tags: ['viewability', 'metrics', 'mrc', 'video'],
    updatedAt: '2026-07-27T09:30:00Z',
    body: `
      <ul>
        <li>Display: at least 50% of pixels in view for one continuous second (30% for
        formats of 242,500 pixels or more).</li>
        <li>Video: at least 50% of pixels in view for two continuous seconds.</li>
        <li><strong>Measurable impressions</strong>: impressions where the measurement script
        could run. Viewability rate is viewable divided by measurable.</li>
      </ul>
      <p>Unmeasured impressions usually come from cross-domain iframes without the measurement
      SDK or from in-app SDKs older than 6.2.</p>`,
  },
  {
    id: 'kb-deal-performance-reporting',
    title: 'Report on deal performance: bid requests, bids and wins',
    summary:
      'Follow the funnel of a deal from bid requests to impressions to understand low ' +
      'delivery or low win rates.',
    tags: ['deals', 'reports', 'programmatic', 'win-rate'],
    updatedAt: '2026-10-02T09:00:00Z',
    body: `
      <p>Add the <em>Deal</em> dimension and these metrics in Instant Insights:</p>
      <ol>
        <li><code>Bid requests</code>: requests sent to the buyer with the deal ID.</li>
        <li><code>Bids</code> and <code>Bid rate</code>: how often the buyer answered.</li>
        <li><code>Filtered bids</code>: bids discarded, with the reason.</li>
        <li><code>Won impressions</code> and <code>Win rate</code>.</li>
      </ol>
      <p>Zero bid requests means the deal targeting matches no traffic. Requests without bids
      mean the buyer has not activated the deal. See
      ${link('kb-deal-no-delivery', 'Deal not delivering')} for the full checklist.</p>`,
  },
  {
    id: 'kb-transparency-report',
    title: 'Transparency report: contents and common issues',
    summary:
      'What the monthly transparency report lists about buyers, fees and domains, and how to ' +
      'report a wrong entry.',
    tags: ['transparency', 'reports', 'fees', 'buyers'],
    updatedAt: '2026-05-21T08:20:00Z',
    body: `
      <p>The transparency report is available on the 5th of each month under
      <strong>Reports &gt; Transparency</strong>. It lists, per buyer and DSP, the gross spend,
      the platform fee and the net revenue, and the domains and apps where ads were served.</p>
      <ul>
        <li>Buyers without a public name appear as <em>Undisclosed buyer</em>.</li>
        <li>Amounts are final and may differ slightly from daily reports because of
        ${link('kb-report-data-restatement', 'restatements')}.</li>
      </ul>
      <p>Transparency report issues are handled as Low priority cases.</p>`,
  },
  {
    id: 'kb-report-export-limits',
    title: 'Export limits: rows, date ranges and file size',
    summary:
      'The maximum number of rows and the date ranges you can export from Instant Insights, ' +
      'and how to work around them.',
    tags: ['export', 'limits', 'reports', 'csv'],
    updatedAt: '2026-08-31T11:10:00Z',
    body: `
      <ul>
        <li>Instant Insights displays up to 10,000 rows and exports up to 500,000 rows.</li>
        <li>Hourly data can be exported for 31 days at a time.</li>
        <li>Excel exports are limited to 1,048,576 rows by the format.</li>
      </ul>
      <p>For larger exports, use the ${link('kb-api-reporting-tasks', 'Reporting API')}, which
      splits large results into several files.</p>`,
  },
  {
    id: 'kb-video-metrics',
    title: 'Video metrics: quartiles, completion rate and VAST errors',
    summary: 'Understand video starts, quartiles, completion rate and VAST error codes in reports.',
    tags: ['video', 'metrics', 'vast', 'completion'],
    updatedAt: '2026-07-13T14:00:00Z',
    body: `
      <ul>
        <li><strong>Video starts</strong>: the first frame was played.</li>
        <li><strong>First quartile, midpoint, third quartile, complete</strong>: progress
        events sent by the player.</li>
        <li><strong>Completion rate</strong>: completes divided by starts.</li>
        <li><strong>VAST errors</strong>: broken down by code, for example <code>303</code> (no
        ad in wrapper) or <code>402</code> (media file timeout).</li>
      </ul>
      <p>A high rate of error <code>402</code> usually means the media file is too heavy for the
      connection; ask the advertiser for a lighter rendition.</p>`,
  },
  {
    id: 'kb-bid-landscape-report',
    title: 'Bid landscape and win rate reporting',
    summary:
      'Analyze the distribution of bids per placement to set floors and understand auction ' +
      'competition.',
    tags: ['bids', 'floor', 'yield', 'reports'],
    updatedAt: '2026-09-15T09:55:00Z',
    body: `
      <p>The bid landscape report shows, per placement and day, how many bids fell into each
      price bucket, and the winning price.</p>
      <ul>
        <li>Compare the median bid with your floor: a floor above the 80th percentile removes
        most of the demand.</li>
        <li>Watch the number of bidders per auction; fewer than 3 usually means low
        competition.</li>
      </ul>
      <p>Use it together with ${link('kb-floor-prices', 'price rules')} to test floor
      changes.</p>`,
  },
  {
    id: 'kb-audience-segment-reporting',
    title: 'Audience segment reporting',
    summary:
      'Measure the reach and revenue of audience segments and check that ingested segments ' +
      'match traffic.',
    tags: ['audience', 'segments', 'reports', 'reach'],
    updatedAt: '2026-06-08T13:25:00Z',
    body: `
      <p>Add the <em>Audience segment</em> dimension to see impressions, unique users and
      revenue per segment.</p>
      <ul>
        <li>A segment with members but no impressions is probably not mapped yet.</li>
        <li>Match rate: users of the segment seen on your inventory in the last 30 days,
        divided by segment members.</li>
      </ul>
      <p>See ${link('kb-audience-data-ingestion', 'Audience data ingestion')} to upload or
      refresh segments.</p>`,
  },
  {
    id: 'kb-report-data-restatement',
    title: "Why yesterday's numbers changed: data restatement",
    summary:
      'Statistics can be adjusted after the day closes because of invalid traffic filtering ' +
      'and DSP revenue reconciliation.',
    tags: ['reports', 'restatement', 'revenue', 'ivt'],
    updatedAt: '2026-10-19T10:05:00Z',
    body: `
      <ul>
        <li>Invalid traffic detected after the fact is removed within 48 hours.</li>
        <li>Revenue of some DSPs is reconciled with their billing data within 72 hours.</li>
        <li>Month-end figures are frozen on the 3rd of the next month.</li>
      </ul>
      <p>Statistical inconsistencies that persist after 72 hours can be reported as Medium
      cases. Give the report parameters and the two versions of the figures.</p>`,
  },
]);
