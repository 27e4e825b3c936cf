/**
 * Attachment rules shared by the client (checks before uploading) and the reference backend
 * (which enforces them): size limit, allowed media types, refused file name endings.
 */

export const DEFAULT_MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/** Media types accepted as attachments: screenshots, documents, reports, logs, archives, videos. */
export const ALLOWED_ATTACHMENT_TYPES: readonly string[] = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/csv',
  'application/json',
  'application/zip',
  'application/x-zip-compressed',
  'application/gzip',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'video/mp4',
  'video/webm',
];

/**
 * File name endings refused whatever type they claim: they could run, or render as a page.
 * Trailing dots and spaces count for nothing (Windows drops them when it saves `page.html.`).
 */
export const DANGEROUS_EXTENSIONS =
  /\.(exe|dll|bat|cmd|com|msi|sh|ps1|js|mjs|html?|xht|xhtml|shtml|mht|mhtml|xml|xsl|xslt|svgz?|hta|jar|scr|vbs)[.\s]*$/i;

const BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
  log: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  har: 'application/json',
  zip: 'application/zip',
  gz: 'application/gzip',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

/** The media type to send: the browser's, else one inferred from the name (browsers leave `.log`, `.har` empty). */
export function attachmentType(name: string, browserType: string): string {
  if (browserType && browserType !== 'application/octet-stream') return browserType.toLowerCase();
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? (browserType || 'application/octet-stream');
}

export type AttachmentRefusal = 'empty' | 'too-large' | 'type';

/** Why a file cannot be attached, or null when it can. */
export function refuseAttachment(
  file: { name: string; size: number; type: string },
  limits: { maxBytes?: number; allowedTypes?: readonly string[] } = {},
): AttachmentRefusal | null {
  if (file.size === 0) return 'empty';
  if (file.size > (limits.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES)) return 'too-large';
  const type = attachmentType(file.name, file.type);
  if (
    DANGEROUS_EXTENSIONS.test(file.name) ||
    !(limits.allowedTypes ?? ALLOWED_ATTACHMENT_TYPES).includes(type)
  ) {
    return 'type';
  }
  return null;
}
