/** Export and import of the settings file: the download and the checked read. */
import {
  MAX_SETTINGS_FILE_BYTES, parseSettingsFile, settingsFileTooLarge, type ParsedSettingsFile,
} from '../shared/settings';
import { firstBadRule } from './user-rules';

export const SETTINGS_FILE_NAME = 'quiet-reader-settings.json';
/** How long the download's object URL lives; Firefox reads it after the click returns. */
export const REVOKE_DELAY_MS = 1000;

/** Save `text` as a file through a Blob object URL and an <a download>; the URL is revoked afterwards. */
export function downloadText(doc: Document, fileName: string, text: string, type = 'application/json'): void {
  const view = doc.defaultView;
  if (view === null) throw new Error('no window to download from');
  const url = view.URL.createObjectURL(new view.Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}

/**
 * Read and check a chosen settings file: size first (without reading a huge file), then
 * `parseSettingsFile`, then every rule line through `parseRule` against `probe`.
 */
export async function readSettingsFile(file: Blob, probe: ParentNode): Promise<ParsedSettingsFile> {
  if (file.size > MAX_SETTINGS_FILE_BYTES) return { ok: false, error: settingsFileTooLarge(file.size) };
  const parsed = parseSettingsFile(await file.text());
  if (!parsed.ok) return parsed;
  const bad = firstBadRule(parsed.settings.rules, probe);
  return bad === null ? parsed : { ok: false, error: bad };
}
