/** Platform documentation: setup guides, troubleshooting and known errors of Maestro. */
import type { Article } from '../../../../src/api/schemas.js';
import { defineSection, link } from './define.js';

export const platformArticles: Article[] = defineSection('platform', [
  {
    id: 'kb-deal-no-delivery',
    title: 'Deal not delivering: troubleshooting checklist',
    summary:
      'Work through the most common reasons a live deal receives bids but serves no impressions, ' +
      'from buyer seat settings to floors and targeting.',
    tags: ['deals', 'delivery', 'programmatic', 'troubleshooting'],
    updatedAt: '2026-10-02T09:15:00Z',
    body: `
      <p>A deal that shows no delivery in Maestro usually falls into one of three situations:
      the buyer does not bid, the buyer bids below the floor, or the bids are filtered before
      the auction. Go through the checks below before opening a case.</p>
      <h2>1. Check the deal status and dates</h2>
      <ul>
        <li>Open <strong>Programmatic &gt; Deals</strong> and confirm the deal is
        <strong>Active</strong>, not <em>Paused</em> or <em>Pending buyer approval</em>.</li>
        <li>Verify the start and end dates in the time zone of your network.</li>
      </ul>
      <h2>2. Check whether the buyer is bidding</h2>
      <p>In ${link('kb-deal-performance-reporting', 'deal reporting')}, compare
      <code>Bid requests</code>, <code>Bids</code> and <code>Won impressions</code> for the last
      24 hours. If bid requests are sent but no bids come back, the buyer must activate the
      deal ID in their DSP. Share the deal ID and the seat ID with them.</p>
      <h2>3. Check floors and filtering</h2>
      <ol>
        <li>Compare the deal floor with the average bid price. Bids below the floor are
        discarded.</li>
        <li>Check the <code>Filtered bids</code> column and its reason breakdown (creative not
        approved, advertiser blocked, currency mismatch).</li>
        <li>Make sure the deal targeting matches inventory that actually receives traffic.</li>
      </ol>
      <p>If the deal was delivering and stopped after a floor change, see
      ${link('kb-deal-no-delivery-after-floor-update', 'this known error')}. When you contact
      support, quote the deal ID in the subject, for example
      <em>Deal ID 12333 — no delivery for last 24 hours</em>.</p>`,
  },
  {
    id: 'kb-deal-no-delivery-after-floor-update',
    title: 'Known error: deal shows no delivery after a floor price update',
    summary:
      'Since the October release, editing the floor of a live private deal in a currency other ' +
      'than the network currency can stop delivery until the deal is saved again.',
    tags: ['deals', 'delivery', 'floor', 'currency', 'known-error'],
    updatedAt: '2026-11-12T14:00:00Z',
    knownError: {
      status: 'investigating',
      since: '2026-10-28T08:00:00Z',
      workaround:
        'Open the deal, set the floor currency to the network currency, save, then set it back ' +
        'to the original currency and save again. Delivery resumes within 15 minutes.',
    },
    body: `
      <p>After the floor of a live private deal is edited and the floor currency differs from
      the network currency (for example a EUR floor on a USD network), the deal can stop
      receiving bids. Reporting shows bid requests dropping to zero for that deal ID.</p>
      <h2>Who is affected</h2>
      <ul>
        <li>Private marketplace and preferred deals edited in the Maestro UI.</li>
        <li>Deals updated through the Deal management API are <strong>not</strong>
        affected.</li>
      </ul>
      <h2>Workaround</h2>
      <ol>
        <li>Open the deal in <strong>Programmatic &gt; Deals</strong>.</li>
        <li>Set the floor currency to your network currency and click <strong>Save</strong>.</li>
        <li>Set the floor currency back to the original currency and save again.</li>
      </ol>
      <p>Delivery normally resumes within 15 minutes. Our engineering team is investigating
      the root cause; this article will be updated when a fix is scheduled.</p>`,
  },
  {
    id: 'kb-deals-page-access-denied',
    title: 'Known error: "Cannot access the Deals page" after a role change',
    summary:
      'Users whose role was changed recently may see an access-denied message on the Deals ' +
      'page because their session keeps the old permissions.',
    tags: ['deals', 'access', 'permissions', 'roles', 'known-error'],
    updatedAt: '2026-11-16T10:30:00Z',
    knownError: {
      status: 'fix_scheduled',
      since: '2026-11-03T09:00:00Z',
      workaround:
        'Sign out of Maestro, clear the site data for the Maestro domain, and sign in again. ' +
        'If the page is still blocked, ask your administrator to remove and re-assign the ' +
        '"Deal manager" role.',
    },
    body: `
      <p>When an administrator changes the role of a user, the permission cache of the user's
      open session is not always refreshed. The user then sees <em>You don't have access to
      this page</em> when opening <strong>Programmatic &gt; Deals</strong>, although the new
      role includes the <code>deals:read</code> permission.</p>
      <h2>Workaround</h2>
      <ol>
        <li>Sign out of Maestro from the avatar menu.</li>
        <li>Clear the cookies and site data of the Maestro domain in your browser.</li>
        <li>Sign in again.</li>
        <li>If the page is still blocked, ask an administrator to remove the
        <strong>Deal manager</strong> role, save, and assign it again.</li>
      </ol>
      <h2>Fix</h2>
      <p>A fix that invalidates sessions on every role change is scheduled for the next
      platform release. See
      ${link('kb-user-roles-permissions', 'Manage users, roles and permissions')} for the
      permissions each role grants.</p>`,
  },
  {
    id: 'kb-insertion-not-delivering',
    title: 'Live insertion is not delivering',
    summary:
      'A step-by-step diagnosis for insertions that are active but serve no impressions: ' +
      'status, dates, targeting, creatives and competing insertions.',
    tags: ['insertion', 'delivery', 'troubleshooting', 'ad-serving'],
    updatedAt: '2026-09-18T08:40:00Z',
    body: `
      <p>An insertion only serves when every condition of its setup is met for an incoming ad
      call. Use the <strong>Delivery diagnostics</strong> panel of the insertion to see which
      condition blocks it.</p>
      <h2>Checks</h2>
      <ol>
        <li><strong>Status and dates</strong>: the insertion and its campaign must be active and
        within their flight dates.</li>
        <li><strong>Creatives</strong>: at least one creative must be approved and match the
        format and size of the placements.</li>
        <li><strong>Targeting</strong>: test the targeting with the <em>Simulate ad call</em>
        tool using a real page URL.</li>
        <li><strong>Competition</strong>: an insertion with a higher priority or a sponsorship
        may take all the traffic. See ${link('kb-delivery-rules', 'delivery rules')}.</li>
        <li><strong>Capping</strong>: a strict frequency cap can leave no eligible users.</li>
      </ol>
      <p>If many insertions on several sites stop at the same time, check the
      <a href="https://status.example.com">status page</a> before opening a case.</p>`,
  },
  {
    id: 'kb-insertion-underdelivery',
    title: 'Insertion failing to reach its expected target',
    summary:
      'Why an insertion under-delivers against its booked volume and how to recover delivery ' +
      'before the end of the flight.',
    tags: ['insertion', 'pacing', 'underdelivery', 'forecast'],
    updatedAt: '2026-08-27T13:05:00Z',
    body: `
      <p>Under-delivery means the insertion serves, but not enough to reach its objective by
      its end date. The <strong>Pacing</strong> chart of the insertion shows the expected and
      actual curves.</p>
      <h2>Common causes</h2>
      <ul>
        <li>The booked volume was larger than the available inventory. Compare with a fresh
        ${link('kb-inventory-forecast', 'inventory forecast')}.</li>
        <li>Targeting was narrowed after booking (new key-values, fewer sites).</li>
        <li>Competing insertions with a higher priority were added on the same placements.</li>
        <li>A frequency cap limits the reachable audience.</li>
      </ul>
      <h2>What you can do</h2>
      <ol>
        <li>Switch pacing from <em>Even</em> to <em>As fast as possible</em> for the remaining
        days.</li>
        <li>Widen the targeting or add placements.</li>
        <li>Relax the frequency cap, for example from 1 per day to 3 per day.</li>
      </ol>`,
  },
  {
    id: 'kb-delivery-rules',
    title: 'How delivery rules and insertion priorities decide which ad serves',
    summary:
      'Understand the order in which Maestro evaluates sponsorships, guaranteed insertions, ' +
      'deals and the open auction for each ad call.',
    tags: ['delivery', 'rules', 'priority', 'insertion', 'auction'],
    updatedAt: '2026-06-11T07:50:00Z',
    body: `
      <p>For every ad call, Maestro builds the list of eligible insertions and deals, then
      applies the delivery rules of your network in this order:</p>
      <ol>
        <li><strong>Sponsorships</strong> (priority 1) always win when eligible.</li>
        <li><strong>Guaranteed insertions</strong> are ranked by priority, then by how far they
        are behind their pacing.</li>
        <li><strong>Programmatic guaranteed deals</strong> compete with guaranteed insertions
        of the same priority.</li>
        <li><strong>Private deals and the open auction</strong> compete on price, unless a
        delivery rule gives a deal precedence.</li>
      </ol>
      <h2>Delivery rules</h2>
      <p>Delivery rules are configured under <strong>Settings &gt; Delivery rules</strong>. A rule
      can, for example, let a private deal compete with guaranteed insertions when its bid
      exceeds a given eCPM. Changes apply within 10 minutes.</p>
      <p>To understand why a specific insertion did not serve, use the <em>Simulate ad call</em>
      tool described in
      ${link('kb-insertion-not-delivering', 'Live insertion is not delivering')}.</p>`,
  },
  {
    id: 'kb-capping-pacing',
    title: 'Frequency capping and pacing settings explained',
    summary:
      'Configure how often a user sees an insertion and how evenly its volume is spread over ' +
      'the flight.',
    tags: ['capping', 'pacing', 'insertion', 'frequency'],
    updatedAt: '2026-05-06T12:00:00Z',
    body: `
      <h2>Frequency capping</h2>
      <p>A cap limits the impressions per user for a period: per session, per hour, per day,
      or over the whole flight. Caps rely on a first-party identifier; traffic without an
      identifier is either served without capping or excluded, depending on the
      <code>Uncapped traffic</code> setting.</p>
      <h2>Pacing</h2>
      <ul>
        <li><strong>Even</strong>: spreads the volume uniformly over the remaining days.</li>
        <li><strong>Front-loaded</strong>: delivers about 20% faster at the beginning.</li>
        <li><strong>As fast as possible</strong>: serves on every eligible ad call.</li>
      </ul>
      <p>Combining a strict cap with even pacing on a small audience is the most common reason
      for ${link('kb-insertion-underdelivery', 'under-delivery')}.</p>`,
  },
  {
    id: 'kb-targeting-misconfigurations',
    title: 'Common targeting misconfigurations: geo, device and key-values',
    summary:
      'The targeting mistakes we see most often in support cases, and how to test targeting ' +
      'before an insertion goes live.',
    tags: ['targeting', 'geo', 'key-values', 'insertion'],
    updatedAt: '2026-07-21T15:20:00Z',
    body: `
      <ul>
        <li><strong>Key-value typos</strong>: targeting is case-sensitive.
        <code>section=Sport</code> does not match <code>section=sport</code>.</li>
        <li><strong>AND instead of OR</strong>: two key-values on separate lines are combined
        with AND. Put alternatives on the same line.</li>
        <li><strong>Geo from IP only</strong>: city targeting relies on the IP address; VPN and
        corporate proxies move users to another city.</li>
        <li><strong>Device type</strong>: tablets are a separate device type, not part of
        <em>Mobile</em>.</li>
      </ul>
      <h2>Test before going live</h2>
      <p>Use <strong>Simulate ad call</strong> in the insertion, paste a page URL and the
      key-values of the tag, and check which criteria fail.</p>`,
  },
  {
    id: 'kb-creative-templates',
    title: 'Create and manage creative templates',
    summary:
      'Build reusable templates for native and rich media creatives, define their variables ' +
      'and share them across advertisers.',
    tags: ['creative', 'templates', 'native', 'rich-media'],
    updatedAt: '2026-04-14T10:10:00Z',
    body: `
      <p>Creative templates turn an HTML/JavaScript skeleton into a form that campaign managers
      fill in: headline, image, click URL, colors. They live under
      <strong>Creatives &gt; Templates</strong>.</p>
      <h2>Create a template</h2>
      <ol>
        <li>Click <strong>New template</strong> and choose the format (native, display, rich
        media).</li>
        <li>Paste the markup and declare variables with the <code>[%VariableName%]</code>
        syntax.</li>
        <li>Set each variable's type (text, image, URL, color) and whether it is required.</li>
        <li>Use <strong>Preview</strong> to render the template with sample values.</li>
      </ol>
      <h2>Good practices</h2>
      <ul>
        <li>Load scripts over HTTPS only.</li>
        <li>Use the click macro <code>[sas_click]</code> so clicks are counted.</li>
        <li>Version templates instead of editing a template used by live insertions.</li>
      </ul>`,
  },
  {
    id: 'kb-creative-template-preview-blank',
    title: 'Known error: creative template preview is blank in Safari',
    summary:
      'The preview pane of native creative templates stays empty in Safari 18 while the ' +
      'creative renders correctly on live pages.',
    tags: ['creative', 'templates', 'preview', 'safari', 'known-error'],
    updatedAt: '2026-10-20T16:45:00Z',
    knownError: {
      status: 'investigating',
      since: '2026-10-09T12:00:00Z',
      workaround:
        'Preview the template in Chrome, Edge or Firefox, or use "Open preview in new tab", ' +
        'which is not affected. Live delivery is not impacted.',
    },
    body: `
      <p>In Safari 18 and later, the preview pane of <strong>Creatives &gt; Templates</strong>
      shows a blank frame for native templates that load external fonts. The browser console
      reports a blocked frame because of a storage partitioning rule.</p>
      <h2>Impact</h2>
      <p>Only the preview in the Maestro UI is affected. Creatives built from the template
      render normally on websites and in apps.</p>
      <h2>Workaround</h2>
      <ul>
        <li>Use Chrome, Edge or Firefox to preview templates, or</li>
        <li>click <strong>Open preview in new tab</strong>, which renders the creative outside
        the frame.</li>
      </ul>`,
  },
  {
    id: 'kb-ad-format-specifications',
    title: 'Ad format specifications: display, video and native',
    summary:
      'Sizes, file weights, accepted file types and technical requirements for every ' +
      'standard ad format.',
    tags: ['formats', 'specifications', 'video', 'native', 'display'],
    updatedAt: '2026-03-03T09:00:00Z',
    body: `
      <h2>Display</h2>
      <ul>
        <li>Standard sizes: 300x250, 728x90, 320x50, 300x600, 970x250.</li>
        <li>Initial load up to 150 KB, polite load up to 1 MB.</li>
        <li>All assets must be served over HTTPS.</li>
      </ul>
      <h2>Video</h2>
      <ul>
        <li>VAST 2.0 to 4.2 and VPAID 2.0 (desktop only).</li>
        <li>MP4 (H.264) with at least a 720p rendition; 16:9 or 9:16.</li>
        <li>Maximum duration depends on the placement: 15, 20 or 30 seconds.</li>
      </ul>
      <h2>Native</h2>
      <p>Native ads use the OpenRTB Native 1.2 asset model: title (max 90 characters), main
      image (1200x627), icon, description and call to action. See
      ${link('kb-creative-templates', 'creative templates')} to control how they render.</p>`,
  },
  {
    id: 'kb-interstitial-rich-media',
    title: 'Set up interstitial and rich media formats',
    summary:
      'Configure interstitials, parallax and expandable formats, including close buttons and ' +
      'capping rules.',
    tags: ['formats', 'interstitial', 'rich-media', 'mobile'],
    updatedAt: '2026-02-19T11:30:00Z',
    body: `
      <p>Rich media formats are delivered through a placement with a matching format. Create
      the format once under <strong>Inventory &gt; Formats</strong>, then reuse it.</p>
      <ol>
        <li>Choose the format type: interstitial, parallax, expandable or sticky footer.</li>
        <li>For interstitials, keep the close button visible after at most 5 seconds.</li>
        <li>Cap interstitials to 1 per user per 30 minutes to comply with better ads
        standards.</li>
      </ol>
      <p>On apps, interstitials require the in-app SDK; see
      ${link('kb-sdk-in-app-integration', 'Integrate the in-app SDK')}.</p>`,
  },
  {
    id: 'kb-site-tagging',
    title: 'Tag your website: standard and OnePage tags',
    summary:
      'Choose between the standard and OnePage tags, place them in the page and pass ' +
      'key-values for targeting.',
    tags: ['tagging', 'website', 'onepage', 'setup'],
    updatedAt: '2026-01-22T08:00:00Z',
    body: `
      <p>Each placement on a page is identified by a site ID, a page ID and a format ID. Tags are
      generated under <strong>Inventory &gt; Sites &gt; Generate tags</strong>.</p>
      <h2>Standard or OnePage</h2>
      <ul>
        <li><strong>Standard</strong>: one ad call per placement; simplest to debug.</li>
        <li><strong>OnePage</strong>: one ad call for all placements of the page; required for
        roadblocks and competitive exclusion.</li>
      </ul>
      <h2>Passing key-values</h2>
      <p>Add targeting as a string, for example <code>target: 'section=news;lang=en'</code>.
      Avoid personal data in key-values.</p>
      <p>If no ad call leaves the page after tagging, see
      ${link('kb-tagging-no-ad-calls', 'No ad calls after tagging a page')}.</p>`,
  },
  {
    id: 'kb-tagging-no-ad-calls',
    title: 'No ad calls after tagging a page',
    summary:
      'Use the browser developer tools to find out why a tagged page sends no ad call or ' +
      'receives empty responses.',
    tags: ['tagging', 'ad-calls', 'devtools', 'troubleshooting'],
    updatedAt: '2026-09-03T14:25:00Z',
    body: `
      <ol>
        <li>Open Chrome Developer Tools, tab <strong>Network</strong>, and filter on
        <code>call</code>. Reload the page.</li>
        <li>No request at all: the tag script failed to load. Check the <strong>Console</strong>
        for blocked scripts (ad blocker, Content Security Policy, consent management
        platform waiting for consent).</li>
        <li>A request with an empty response: the placement IDs are wrong or no insertion is
        eligible. Compare site, page and format IDs with Maestro.</li>
        <li>A request with HTTP 4xx: the site is not active or the domain is not declared.</li>
      </ol>
      <p>When you open a case, attach a screenshot of the console and of the network request,
      and give the page URL in the <em>Domain/URL</em> field.</p>`,
  },
  {
    id: 'kb-sdk-in-app-integration',
    title: 'Integrate the in-app SDK on Android and iOS',
    summary:
      'Add the SDK to your app, initialize it with your site ID and load banners, ' +
      'interstitials and rewarded video.',
    tags: ['sdk', 'in-app', 'android', 'ios', 'mobile'],
    updatedAt: '2026-07-08T09:45:00Z',
    body: `
      <h2>Install</h2>
      <ul>
        <li>Android: add <code>implementation 'com.example.maestro:sdk:7.5.0'</code> to your
        Gradle file.</li>
        <li>iOS: add <code>pod 'MaestroSDK', '~&gt; 7.5'</code> or the Swift package.</li>
      </ul>
      <h2>Initialize</h2>
      <p>Call <code>Maestro.configure(siteId:)</code> once at launch, before loading any ad.
      Pass the consent string of your CMP; the SDK reads IAB TCF and GPP values from standard
      storage automatically.</p>
      <h2>Load ads</h2>
      <ol>
        <li>Create a banner, interstitial or rewarded view with a placement (site, page,
        format).</li>
        <li>Call <code>load()</code> and show the ad in the success callback.</li>
        <li>Log failures: the error code identifies the cause (no fill, timeout, invalid
        placement).</li>
      </ol>
      <p>Always indicate the SDK version in support cases. See
      ${link('kb-sdk-supported-versions', 'supported SDK versions')}.</p>`,
  },
  {
    id: 'kb-sdk-supported-versions',
    title: 'Supported in-app SDK versions and upgrade policy',
    summary:
      'Which SDK versions are supported, how long they stay supported and what changes when ' +
      'you upgrade.',
    tags: ['sdk', 'versions', 'upgrade', 'in-app'],
    updatedAt: '2026-11-02T10:00:00Z',
    body: `
      <p>We support the current major version and the previous one. A major version stays
      supported for at least 18 months after the next major release.</p>
      <ul>
        <li><strong>7.x</strong>: current, recommended 7.5.0.</li>
        <li><strong>6.x</strong>: supported until June 2027; security fixes only.</li>
        <li><strong>5.x and earlier</strong>: unsupported environment. Cases about these
        versions are outside the support scope.</li>
      </ul>
      <h2>Upgrading from 6.x</h2>
      <p>Version 7 replaces delegate callbacks with async/await on iOS and coroutines on
      Android. Rewarded video callbacks now return the reward amount.</p>`,
  },
  {
    id: 'kb-sdk-ios-consent-missing',
    title: 'Known error: iOS SDK 7.4 does not forward the consent string in bid requests',
    summary:
      'On iOS, SDK versions 7.4.0 to 7.4.2 can send bid requests without the TCF consent ' +
      'string, which lowers demand from consent-dependent buyers.',
    tags: ['sdk', 'ios', 'consent', 'gdpr', 'known-error'],
    updatedAt: '2026-11-10T09:20:00Z',
    knownError: {
      status: 'fix_scheduled',
      since: '2026-10-14T07:30:00Z',
      workaround:
        'Pass the consent string explicitly with Maestro.setConsentString(_:) after your CMP ' +
        'returns, or upgrade to SDK 7.5.0, which contains the fix for new installations.',
    },
    body: `
      <p>When the CMP stores the TCF string after the SDK is initialized, SDK 7.4.x on iOS
      keeps the empty value read at launch. Bid requests are then sent with
      <code>user.ext.consent</code> missing and <code>regs.ext.gdpr=1</code>, and many buyers
      do not bid.</p>
      <h2>Workaround</h2>
      <ol>
        <li>In the CMP completion handler, call
        <code>Maestro.setConsentString(tcString)</code>.</li>
        <li>Or upgrade to 7.5.0. Version 7.5.1, scheduled for release, also fixes apps that
        restore consent from a backup.</li>
      </ol>
      <p>Android is not affected.</p>`,
  },
  {
    id: 'kb-user-roles-permissions',
    title: 'Manage users, roles and permissions',
    summary:
      'Invite users, assign roles such as Deal manager or Report viewer, and restrict access ' +
      'to advertisers or sites.',
    tags: ['users', 'roles', 'permissions', 'access'],
    updatedAt: '2026-05-28T13:10:00Z',
    body: `
      <p>Administrators manage users under <strong>Settings &gt; Users</strong>.</p>
      <h2>Invite a user</h2>
      <ol>
        <li>Click <strong>Invite user</strong> and enter the work e-mail address.</li>
        <li>Choose one or more roles.</li>
        <li>Optionally restrict the user to some advertisers, agencies or sites.</li>
      </ol>
      <h2>Built-in roles</h2>
      <ul>
        <li><strong>Administrator</strong>: everything, including users and billing.</li>
        <li><strong>Deal manager</strong>: create and edit deals, read reports.</li>
        <li><strong>Campaign manager</strong>: campaigns, insertions and creatives.</li>
        <li><strong>Report viewer</strong>: Instant Insights and scheduled reports only.</li>
      </ul>
      <p>Role changes take effect at the next sign-in. If a page stays blocked, see
      ${link('kb-deals-page-access-denied', 'this known error')}. User access requests for
      your organization can be sent to support with the priority Low.</p>`,
  },
  {
    id: 'kb-sso-sign-in',
    title: 'Sign in with single sign-on (SSO)',
    summary:
      'Connect Maestro to your identity provider with SAML 2.0 or OpenID Connect and enforce ' +
      'SSO for your organization.',
    tags: ['sso', 'saml', 'login', 'security'],
    updatedAt: '2026-03-25T08:35:00Z',
    body: `
      <p>SSO is configured by an administrator under <strong>Settings &gt; Security &gt; Single
      sign-on</strong>.</p>
      <ol>
        <li>Download the Maestro service provider metadata.</li>
        <li>Create an application in your identity provider and upload the metadata.</li>
        <li>Map the <code>email</code> attribute; users are matched by e-mail address.</li>
        <li>Test with one user before enabling <strong>Enforce SSO</strong>.</li>
      </ol>
      <p>If sign-in loops back to the login page, check that the clock of the identity provider
      is synchronized: assertions older than 5 minutes are rejected.</p>`,
  },
  {
    id: 'kb-reset-password-2fa',
    title: 'Reset your password or two-factor authentication',
    summary:
      'Recover access to your Maestro account when you forget your password or lose your ' +
      'authenticator device.',
    tags: ['password', '2fa', 'login', 'account'],
    updatedAt: '2026-02-05T15:00:00Z',
    body: `
      <h2>Forgotten password</h2>
      <p>Click <strong>Forgot password?</strong> on the sign-in page. The reset link is valid
      for 30 minutes. Check your spam folder if the e-mail does not arrive.</p>
      <h2>Lost authenticator</h2>
      <ol>
        <li>Use one of the recovery codes you saved when enabling two-factor
        authentication.</li>
        <li>If you have none, ask an administrator of your organization to reset your second
        factor under <strong>Settings &gt; Users</strong>.</li>
      </ol>
      <p>If your organization uses SSO, passwords are managed by your identity provider.</p>`,
  },
  {
    id: 'kb-campaign-setup',
    title: 'Set up a campaign and its insertions',
    summary:
      'Create an advertiser campaign, add insertions with targeting and creatives, and check ' +
      'everything before going live.',
    tags: ['campaign', 'insertion', 'setup', 'creative'],
    updatedAt: '2026-04-30T09:00:00Z',
    body: `
      <ol>
        <li>Under <strong>Campaigns</strong>, click <strong>New campaign</strong>, choose the
        advertiser and the agency, and set the flight dates.</li>
        <li>Add an insertion: choose its type (guaranteed, sponsorship, house), priority,
        volume and pacing.</li>
        <li>Select placements and define targeting. Use the availability check to confirm
        the volume can be delivered.</li>
        <li>Upload creatives or build them from ${link('kb-creative-templates', 'templates')}.
        </li>
        <li>Review the <strong>Pre-flight checklist</strong> and activate.</li>
      </ol>
      <p>Insertions usually start serving within 10 minutes of activation.</p>`,
  },
  {
    id: 'kb-programmatic-deal-types',
    title: 'Programmatic deal types: PMP, preferred and programmatic guaranteed',
    summary:
      'Compare private marketplace, preferred and programmatic guaranteed deals and choose ' +
      'the right one for a buyer.',
    tags: ['programmatic', 'deals', 'pmp', 'guaranteed'],
    updatedAt: '2026-06-24T11:15:00Z',
    body: `
      <ul>
        <li><strong>Private marketplace (PMP)</strong>: an auction open to a list of buyers
        with a floor price. No volume commitment.</li>
        <li><strong>Preferred deal</strong>: one buyer gets first look at a fixed price, before
        the auction. No volume commitment.</li>
        <li><strong>Programmatic guaranteed</strong>: fixed price and reserved volume, delivered
        like a guaranteed insertion.</li>
      </ul>
      <p>All deal types are identified by a deal ID that the buyer activates in their DSP.
      Deals can be created in the UI or with the
      ${link('kb-api-deal-management', 'Deal management API')}.</p>`,
  },
  {
    id: 'kb-programmatic-guaranteed-setup',
    title: 'Set up a programmatic guaranteed deal',
    summary:
      'Book volume for one buyer, link creatives approved in the DSP and monitor pacing of a ' +
      'programmatic guaranteed deal.',
    tags: ['programmatic', 'guaranteed', 'deals', 'pacing'],
    updatedAt: '2026-08-05T10:40:00Z',
    body: `
      <ol>
        <li>Create the deal with type <strong>Programmatic guaranteed</strong>, the buyer seat,
        the fixed CPM and the booked impressions.</li>
        <li>Set the priority relative to your guaranteed insertions.</li>
        <li>Ask the buyer to activate the deal ID and to bid on every request: a programmatic
        guaranteed deal only delivers when the buyer bids.</li>
        <li>Monitor the <code>Bid rate</code> in deal reporting. A bid rate below 80% means the
        buyer filters requests (frequency cap, brand safety, creative size).</li>
      </ol>
      <p>See ${link('kb-deal-no-delivery', 'Deal not delivering')} if the deal stays at
      zero.</p>`,
  },
  {
    id: 'kb-floor-prices',
    title: 'Floor prices and price rules',
    summary:
      'Set floor prices per site, format, country or buyer, and understand how they interact ' +
      'with deal floors.',
    tags: ['floor', 'pricing', 'yield', 'programmatic'],
    updatedAt: '2026-07-15T12:30:00Z',
    body: `
      <p>Price rules set the minimum CPM accepted in the open auction. They are evaluated from
      the most specific to the most general: buyer, then format and country, then site, then
      network default.</p>
      <ul>
        <li>Floors are expressed in the network currency unless a rule sets another currency.</li>
        <li>Deal floors override price rules for the deal.</li>
        <li>Dynamic floors adjust the floor per request from the bid history; enable them per
        site.</li>
      </ul>
      <p>Raising floors improves the average CPM but can lower fill rate. Compare both in
      ${link('kb-bid-landscape-report', 'bid landscape reporting')} before and after a
      change.</p>`,
  },
  {
    id: 'kb-rtb-creative-display',
    title: 'RTB creatives not displaying correctly',
    summary:
      'Diagnose programmatic creatives that render blank, cropped or outside their slot, and ' +
      'block a faulty creative quickly.',
    tags: ['rtb', 'creative', 'display', 'programmatic'],
    updatedAt: '2026-09-29T08:55:00Z',
    body: `
      <p>Programmatic creatives are supplied by the buyer; Maestro only renders the markup
      returned in the bid. Most display problems come from the creative itself.</p>
      <h2>Collect the evidence</h2>
      <ol>
        <li>Take a screenshot of the faulty ad and note the time and page URL.</li>
        <li>In the developer tools, find the ad iframe and copy the creative ID
        (<code>data-crid</code>) and the buyer seat.</li>
      </ol>
      <h2>Block the creative</h2>
      <p>Under <strong>Programmatic &gt; Creative review</strong>, search the creative ID and
      click <strong>Block</strong>. The block applies within 5 minutes.</p>
      <p>RTB creative display issues are handled with priority Medium. Attach the screenshot
      and creative ID to your case.</p>`,
  },
  {
    id: 'kb-ad-requests-drop',
    title: 'Sudden drop in ad requests: what to check',
    summary:
      'A checklist for a substantial decrease in ad requests or delivery performance on one ' +
      'site or app.',
    tags: ['ad-requests', 'traffic', 'troubleshooting', 'delivery'],
    updatedAt: '2026-10-12T07:10:00Z',
    body: `
      <ol>
        <li>Compare page views in your own analytics with ad requests in Instant Insights. If
        both dropped, the traffic itself dropped.</li>
        <li>Check recent releases of the site or app: a removed tag, a new consent banner or a
        lazy-loading change often explains the drop.</li>
        <li>Look at the breakdown by browser and device: a drop limited to one browser points
        to a consent or cookie issue.</li>
        <li>Check the <a href="https://status.example.com">status page</a> for ongoing
        incidents.</li>
      </ol>
      <p>A substantial decrease affecting a specific implementation is a Critical case. Give
      the site or app ID, the time the drop started and a sample page URL.</p>`,
  },
  {
    id: 'kb-inventory-forecast',
    title: 'Run an inventory forecast',
    summary:
      'Estimate the available impressions for a targeting and period before booking an ' +
      'insertion or a programmatic guaranteed deal.',
    tags: ['forecast', 'inventory', 'availability', 'booking'],
    updatedAt: '2026-06-02T09:25:00Z',
    body: `
      <p>Open <strong>Forecast &gt; New forecast</strong>, choose the placements, the targeting
      and the period, and run it. Results show total, available and booked impressions.</p>
      <ul>
        <li>Forecasts use the last 8 weeks of traffic and the seasonality of the same period
        last year.</li>
        <li>Available impressions take into account insertions with a higher or equal
        priority.</li>
        <li>Key-values that were never seen in ad calls return zero available impressions.
        </li>
      </ul>
      <p>Forecasts can also be run with the ${link('kb-api-forecast', 'Forecast API')}.</p>`,
  },
  {
    id: 'kb-forecast-vs-delivery',
    title: 'Why actual delivery differs from the forecast',
    summary:
      'The usual reasons for a gap between forecast availability and actual delivery, and ' +
      'what a normal margin of error looks like.',
    tags: ['forecast', 'discrepancy', 'delivery', 'inventory'],
    updatedAt: '2026-08-18T14:50:00Z',
    body: `
      <p>A forecast is an estimate. A gap of up to 10% over a month is within the normal
      margin of error. Larger gaps are usually caused by:</p>
      <ul>
        <li>insertions booked after the forecast was run on the same inventory;</li>
        <li>traffic changes (site redesign, seasonality, news events);</li>
        <li>frequency caps, which forecasts only approximate;</li>
        <li>targeting on key-values with low or irregular volume.</li>
      </ul>
      <p>Re-run the forecast with the exact targeting of the insertion and compare. If the
      difference is still larger than 20%, open a case with both forecast IDs.</p>`,
  },
  {
    id: 'kb-ads-txt-sellers-json',
    title: 'ads.txt, app-ads.txt and sellers.json',
    summary:
      'Declare Maestro as an authorized seller of your inventory so buyers keep bidding on ' +
      'your sites and apps.',
    tags: ['ads-txt', 'sellers-json', 'supply-chain', 'programmatic'],
    updatedAt: '2026-01-30T10:05:00Z',
    body: `
      <p>Buyers check that the seller in a bid request is authorized by the publisher. Missing
      lines are a frequent cause of low bid rates.</p>
      <ol>
        <li>Copy your lines from <strong>Settings &gt; ads.txt</strong>. They look like
        <code>maestro.example, 1234, DIRECT, 0a1b2c3d4e</code>.</li>
        <li>Add them to <code>/ads.txt</code> at the root of every domain, or to
        <code>app-ads.txt</code> on the developer website of your apps.</li>
        <li>Make sure the seller ID is listed in our sellers.json with your legal name.</li>
      </ol>
      <p>Crawlers refresh files every 24 hours; allow a day before checking bid rates.</p>`,
  },
  {
    id: 'kb-block-lists',
    title: 'Advertiser, domain and category block lists',
    summary:
      'Prevent specific advertisers, landing page domains or IAB categories from serving on ' +
      'your inventory.',
    tags: ['brand-safety', 'block-list', 'advertisers', 'categories'],
    updatedAt: '2026-05-13T16:20:00Z',
    body: `
      <p>Block lists apply to programmatic demand and are managed under <strong>Programmatic
      &gt; Brand safety</strong>.</p>
      <ul>
        <li><strong>Advertiser domains</strong>: matched against the <code>adomain</code> of
        each bid.</li>
        <li><strong>Categories</strong>: IAB content taxonomy 2.2 categories declared by the
        buyer.</li>
        <li><strong>Creative attributes</strong>: for example auto-play audio or pop-ups.</li>
      </ul>
      <p>Block lists can be set for the whole network or per site. Bids filtered by a block
      list appear as <em>Filtered: blocked advertiser</em> in deal reporting.</p>`,
  },
  {
    id: 'kb-client-portal-overview',
    title: 'Client portal: find help and contact support',
    summary:
      'What the client portal offers: documentation, known errors, case management, service ' +
      'status and the business hours of support.',
    tags: ['support', 'portal', 'cases', 'help'],
    updatedAt: '2026-11-05T09:00:00Z',
    body: `
      <p>The client portal is the single entry point to the documentation, your support cases
      and the service status. Sign in with your Maestro credentials.</p>
      <h2>Before creating a case</h2>
      <ul>
        <li>Search the documentation and the known errors: the workaround may already be
        published.</li>
        <li>Check the <a href="https://status.example.com">status page</a> for ongoing
        incidents.</li>
        <li>Requests such as consulting or custom code belong to your local service team.</li>
      </ul>
      <h2>Create and follow cases</h2>
      <p>Use <strong>Contact support</strong>, choose a priority (see
      ${link('kb-choose-case-priority', 'Choose the right case priority')}), write a
      meaningful subject and add your collaborators. Quote the 8-digit case number in every
      communication.</p>`,
  },
  {
    id: 'kb-choose-case-priority',
    title: 'Choose the right case priority',
    summary:
      'How Blocker, Critical, Medium and Low map to business impact, with examples, and how to ' +
      'ask for a priority change.',
    tags: ['support', 'priority', 'blocker', 'sla'],
    updatedAt: '2026-11-05T09:05:00Z',
    body: `
      <ul>
        <li><strong>Blocker</strong>: platform-wide or large-scale outage with no workaround,
        such as the management platform or the API being unavailable. Requires a technical
        contact who stays available.</li>
        <li><strong>Critical</strong>: a specific functionality is impaired, for example a live
        insertion or deal not delivering.</li>
        <li><strong>Medium</strong>: limited impact that does not prevent delivery, for example
        reporting discrepancies or delays.</li>
        <li><strong>Low</strong>: questions, access requests, configuration assistance.</li>
      </ul>
      <p>The priority cannot be changed once the case is saved. To ask for a change, reopen the
      case or reply with a justification; support reviews the request.</p>`,
  },
]);
