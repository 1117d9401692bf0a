/** What the popup says when the content script gave up on a page past a budget (core/budget.ts). */
import type { GiveUp } from '../core/budget';
import { strings } from './strings';

export function gaveUpMessage(why: GiveUp, locale?: string | string[]): string {
  const number = new Intl.NumberFormat(locale);
  const [measured, limit] = [number.format(why.measured), number.format(why.limit)];
  return why.reason === 'elements' ? strings.gaveUpElements(measured, limit) : strings.gaveUpTime(measured, limit);
}
