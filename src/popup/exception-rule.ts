/**
 * "Not clutter": the `#@#` exception rule for a hidden block, made here from a fresh snapshot of
 * the page rather than in the content script, so that exceptionRule() (and what only it uses)
 * stays out of content.js, which runs on every page. The snapshot is the page's html as it is
 * now, with each hidden block still carrying its marker attribute and id.
 */
import { HIDDEN_ATTR } from '../core/hide';
import { exceptionRule } from '../core/rules';
import { hostOf } from '../core/sites';
import type { PageSnapshot } from '../shared/messages';
import { parseSnapshot } from './snapshot';

/** The exception rule for the block hidden under `id`, or null if the snapshot has no such block. */
export function exceptionRuleFor(snapshot: PageSnapshot, id: number): string | null {
  const doc = parseSnapshot(snapshot.html);
  const el = doc.querySelector(`[${HIDDEN_ATTR}="${id}"]`);
  // Rules name hosts without a port, as appliesTo() compares them.
  const host = hostOf(snapshot.url);
  return el && host ? exceptionRule(el, host) : null;
}
