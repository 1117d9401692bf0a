/** Runtime checks for answers from the content script: a message is data from another context. */
import type { GiveUp } from '../core/budget';
import { CLUTTER_KINDS, type HiddenItem } from '../core/types';
import type { PageSnapshot, PageState } from '../shared/messages';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHiddenItem(value: unknown): value is HiddenItem {
  return (
    isRecord(value) &&
    typeof value.id === 'number' &&
    typeof value.text === 'string' &&
    (CLUTTER_KINDS as readonly unknown[]).includes(value.kind)
  );
}

function isGiveUp(value: unknown): value is GiveUp {
  return (
    isRecord(value) &&
    (value.reason === 'elements' || value.reason === 'time') &&
    typeof value.measured === 'number' &&
    typeof value.limit === 'number'
  );
}

export function isPageState(value: unknown): value is PageState {
  if (!isRecord(value)) return false;
  const timings = value.timings;
  return (
    typeof value.url === 'string' &&
    (value.site === null || typeof value.site === 'string') &&
    typeof value.isArticle === 'boolean' &&
    Array.isArray(value.reasons) &&
    value.reasons.every((reason) => typeof reason === 'string') &&
    typeof value.enabled === 'boolean' &&
    Array.isArray(value.hidden) &&
    value.hidden.every(isHiddenItem) &&
    isRecord(timings) &&
    typeof timings.detect === 'number' &&
    typeof timings.classifyHide === 'number' &&
    typeof timings.cleanRuns === 'number' &&
    (value.gaveUp === null || isGiveUp(value.gaveUp)) &&
    (value.error === null || typeof value.error === 'string')
  );
}

export function isPageSnapshot(value: unknown): value is PageSnapshot {
  return isRecord(value) && typeof value.url === 'string' && typeof value.html === 'string';
}

/** The `tab` query parameter as a tab id: undefined when absent, null when present but invalid. */
export function tabIdFromQuery(search: string): number | null | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null) return undefined;
  const id = Number(raw);
  return raw.trim() !== '' && Number.isInteger(id) && id >= 0 ? id : null;
}
