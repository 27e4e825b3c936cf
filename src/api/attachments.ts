/**
 * Attachment rules shared by the client (checks before uploading) and the reference backend
 * (which enforces them): size limit, the allowlist of file name endings and media types, and how
 * a file name is cleaned.
 */

export const DEFAULT_MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/**
 * The allowlist: each file name ending that may be attached, with the media types a browser may
 * report for it (the first is the one sent when the browser reports none). Anything else is
 * refused, whatever it claims to be: a list of what is dangerous always has gaps (`.lnk`, `.vbe`,
 * `.xlsm`, `report.pdf;`…), a list of what is wanted has none.
 */
export const ATTACHMENT_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  png: ['image/png'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  gif: ['image/gif'],
  webp: ['image/webp'],
  pdf: ['application/pdf'],
  txt: ['text/plain'],
  log: ['text/plain'],
  // Windows with Excel installed reports CSV files as Excel sheets.
  csv: ['text/csv', 'application/vnd.ms-excel'],
  json: ['application/json'],
  har: ['application/json'],
  zip: ['application/zip', 'application/x-zip-compressed'],
  gz: ['application/gzip', 'application/x-gzip'],
  xls: ['application/vnd.ms-excel'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  doc: ['application/msword'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ppt: ['application/vnd.ms-powerpoint'],
  pptx: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  mp4: ['video/mp4'],
  webm: ['video/webm'],
};

/** Media types accepted as attachments: screenshots, documents, reports, logs, archives, videos. */
export const ALLOWED_ATTACHMENT_TYPES: readonly string[] = [
  ...new Set(Object.values(ATTACHMENT_EXTENSIONS).flat()),
];

/** The name endings of the allowlist, for messages and `accept` attributes: `.png, .jpg, …`. */
export const ALLOWED_EXTENSIONS: readonly string[] = Object.keys(ATTACHMENT_EXTENSIONS).map(
  (ext) => `.${ext}`,
);

/**
 * A file name as it may be stored and shown: no path, no control characters, no invisible
 * format characters (bidi overrides such as U+202E turn `gnp.exe` around, zero-width spaces split
 * an ending), no trailing dots or spaces (Windows drops them when it saves `page.html.`), at most
 * 255 characters: the stem is cut between code points, the ending kept. Empty when nothing is left.
 */
export function cleanFileName(name: string): string {
  const cleaned = name
    // Control characters go first: a line break must not hide a path from the next step.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f]|\p{Cf}/gu, '')
    .replace(/^.*[\\/]/, '')
    .replace(/[.\s]+$/, '')
    .trim();
  const chars = Array.from(cleaned);
  if (chars.length <= 255) return cleaned;
  // Too long: the stem is cut, the ending kept (`….pdf` stays a PDF).
  const ending = /\.[^.]{1,16}$/u.exec(cleaned)?.[0] ?? '';
  const kept = Array.from(ending).length;
  return chars.slice(0, 255 - kept).join('') + ending;
}

const extensionOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** The media type to send: the browser's, else one inferred from the name (browsers leave `.log`, `.har` empty). */
export function attachmentType(name: string, browserType: string): string {
  if (browserType && browserType !== 'application/octet-stream') return browserType.toLowerCase();
  return (
    ATTACHMENT_EXTENSIONS[extensionOf(name)]?.[0] ?? (browserType || 'application/octet-stream')
  );
}

/**
 * Whether a file named `name` (already cleaned) of media type `type` may be attached: its ending
 * is on the allowlist and `type` is one of that ending's types (and of `allowedTypes`, when a
 * backend narrows the list).
 */
export function isAllowedAttachment(
  name: string,
  type: string,
  allowedTypes: readonly string[] = ALLOWED_ATTACHMENT_TYPES,
): boolean {
  const types = Object.hasOwn(ATTACHMENT_EXTENSIONS, extensionOf(name))
    ? ATTACHMENT_EXTENSIONS[extensionOf(name)]!
    : [];
  return types.includes(type) && allowedTypes.includes(type);
}

export type AttachmentRefusal = 'empty' | 'too-large' | 'type';

/** Why a file cannot be attached, or null when it can. */
export function refuseAttachment(
  file: { name: string; size: number; type: string },
  limits: { maxBytes?: number; allowedTypes?: readonly string[] } = {},
): AttachmentRefusal | null {
  if (file.size === 0) return 'empty';
  if (file.size > (limits.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES)) return 'too-large';
  const name = cleanFileName(file.name);
  return isAllowedAttachment(name, attachmentType(name, file.type), limits.allowedTypes)
    ? null
    : 'type';
}
