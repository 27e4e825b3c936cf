/**
 * The type every element sets on its host instead of inheriting it from the page: a page's rule
 * for the host element (`* { line-height: 1 }`, Bootstrap's body) beats a :host rule unless it is
 * !important. A plain string, so the button (no Lit) and the Lit elements (tokens.ts, through
 * unsafeCSS) share it. `direction` is left to inherit: a right-to-left page flows in.
 */
export const HOST_TYPE = /* css */ `
    font-size: medium !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-weight: normal !important;
    font-stretch: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
`;
